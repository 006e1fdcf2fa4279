extension CityEvent {
    init?(reading r: RecordReader) {
        let id = r.id()
        let date = r.string("date")
        if let date, ISODate.parse(date) == nil {
            r.fail("date", "\"\(date)\" is not a date; expected YYYY-MM-DD or YYYY-MM, a day that exists, "
                + "a year from \(ISODate.plausibleYears.lowerBound) to \(ISODate.plausibleYears.upperBound)")
        }
        let dateStated = r.string("date_stated")
        let name = r.localized("name")
        let place = r.localized("place", required: false)
        let district = r.reference("district", to: .district)
        let summary = r.localized("summary", required: false)
        let provenance = r.provenance()
        let note = r.localized("note", required: false)
        if let date, let dateStated, !r.failedFields.contains("date") {
            if let contradiction = FigureConsistency.eventDate(date, stated: dateStated, path: r.path) {
                r.report(contradiction)
            } else if let contradiction = FigureConsistency.year(
                ISODate.parse(date)?.year, field: "date", path: r.path, writtenIn: [("quote", provenance?.quote)]) {
                r.report(contradiction)
            }
        }
        guard let id, let date, let dateStated, let name, let provenance else { return nil }
        self.init(id: id, date: date, dateStated: dateStated, name: name, place: place, district: district,
                  summary: summary, source: provenance.source, quote: provenance.quote, note: note)
    }
}
