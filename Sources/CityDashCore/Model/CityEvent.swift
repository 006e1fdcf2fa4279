/// A dated event of the chronicle (大事记: a forum, meeting or launch) on the timeline, as
/// events.yaml holds it; named apart from the dashboard's `AppEvent`.
public struct CityEvent: Cited, Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// ISO date, or `YYYY-MM` when the article gives only a month.
    public var date: String
    /// The date as the article writes it, e.g. 4月15日上午.
    public var dateStated: String
    public var name: Localized
    public var place: Localized?
    public var district: String?
    public var summary: Localized?
    /// Id of the article in `sources.yaml`.
    public var source: String
    /// The fragment of the article that states this record, copied exactly.
    public var quote: String
    public var note: Localized?

    public init(id: String, date: String, dateStated: String, name: Localized, place: Localized?,
                district: String?, summary: Localized?, source: String, quote: String, note: Localized?) {
        self.id = id
        self.date = date
        self.dateStated = dateStated
        self.name = name
        self.place = place
        self.district = district
        self.summary = summary
        self.source = source
        self.quote = quote
        self.note = note
    }
}
