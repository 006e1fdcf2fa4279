extension Source {
    init?(reading r: RecordReader) {
        let id = r.id()
        let file = r.string("file")
        let outlet = r.localized("outlet", required: false)
        let title = r.localized("title")
        let date = r.string("date", required: false)
        if let date, !ISODate.isValid(date) {
            r.fail("date", "\"\(date)\" is not a date; expected YYYY-MM-DD, a day that exists, a year from "
                + "\(ISODate.plausibleYears.lowerBound) to \(ISODate.plausibleYears.upperBound)")
        }
        let dateNote = r.localized("date_note", required: false)
        let author = r.localized("author", required: false)
        let note = r.localized("note", required: false)
        guard let id, let file, let title else { return nil }
        self.init(id: id, file: file, outlet: outlet, title: title, date: date, dateNote: dateNote, author: author,
                  note: note)
    }
}
