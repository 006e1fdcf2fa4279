extension IndustryAction {
    init?(reading r: RecordReader) {
        let id = r.id()
        let name = r.localized("name")
        let group = r.localized("group", required: false)
        let summary = r.localized("summary", required: false)
        let district = r.reference("district", to: .district)
        let metrics = r.references("metrics", to: .metric)
        let provenance = r.provenance()
        let note = r.localized("note", required: false)
        guard let id, let name, let provenance else { return nil }
        self.init(id: id, name: name, group: group, summary: summary, district: district, metrics: metrics,
                  source: provenance.source, quote: provenance.quote, note: note)
    }
}
