extension DemoZone {
    init?(reading r: RecordReader) {
        let id = r.id()
        let name = r.localized("name")
        let district = r.reference("district", to: .district, required: true)
        let area = r.reference("area", to: .area)
        let focus = r.localized("focus")
        let highlights = r.localizedList("highlights")
        let metrics = r.references("metrics", to: .metric)
        let provenance = r.provenance()
        guard let id, let name, let district, let focus, let provenance else { return nil }
        self.init(id: id, name: name, district: district, area: area, focus: focus, highlights: highlights,
                  metrics: metrics, source: provenance.source, quote: provenance.quote)
    }
}
