extension District {
    init?(reading r: RecordReader) {
        let id = r.id()
        let name = r.localized("name")
        let short = r.localized("short")
        guard let id, let name, let short else { return nil }
        self.init(id: id, name: name, short: short)
    }
}

extension Area {
    init?(reading r: RecordReader) {
        let id = r.id()
        let name = r.localized("name")
        let district = r.reference("district", to: .district, required: true)
        guard let id, let name, let district else { return nil }
        self.init(id: id, name: name, district: district)
    }
}
