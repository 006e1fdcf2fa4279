extension Event {
    init?(reading r: RecordReader) {
        let id = r.id()
        let date = r.string("date")
        if let date, !ISODate.isValid(date) && !ISODate.isValidMonth(date) {
            r.fail("date", "\"\(date)\" is not a date; expected YYYY-MM-DD or YYYY-MM")
        }
        let dateStated = r.string("date_stated")
        let name = r.localized("name")
        let place = r.localized("place", required: false)
        let district = r.reference("district", to: .district)
        let summary = r.localized("summary", required: false)
        let provenance = r.provenance()
        let note = r.localized("note", required: false)
        guard let id, let date, let dateStated, let name, let provenance else { return nil }
        self.init(id: id, date: date, dateStated: dateStated, name: name, place: place, district: district,
                  summary: summary, source: provenance.source, quote: provenance.quote, note: note)
    }
}
