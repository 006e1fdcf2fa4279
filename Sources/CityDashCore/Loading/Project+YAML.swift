extension Project {
    init?(reading r: RecordReader) {
        let id = r.id()
        let kind = r.enumeration("kind", ProjectKind.self)
        let name = r.localized("name")
        let parties = r.localizedList("parties")
        let district = r.reference("district", to: .district)
        let summary = r.localized("summary", required: false)
        let metrics = r.references("metrics", to: .metric)
        let provenance = r.provenance()
        let note = r.localized("note", required: false)
        guard let id, let kind, let name, let provenance else { return nil }
        self.init(id: id, kind: kind, name: name, parties: parties, district: district, summary: summary,
                  metrics: metrics, source: provenance.source, quote: provenance.quote, note: note)
    }
}
