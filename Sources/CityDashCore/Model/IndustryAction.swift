/// A special action or programme for the digital economy (专项行动, 一业一策, 5G+工业互联网, ...).
public struct IndustryAction: Cited, Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: Localized
    public var group: Localized?
    public var summary: Localized?
    public var district: String?
    public var metrics: [String]
    /// Id of the article in `sources.yaml`.
    public var source: String
    /// The fragment of the article that states this record, copied exactly.
    public var quote: String
    public var note: Localized?

    public init(id: String, name: Localized, group: Localized?, summary: Localized?, district: String?,
                metrics: [String], source: String, quote: String, note: Localized?) {
        self.id = id
        self.name = name
        self.group = group
        self.summary = summary
        self.district = district
        self.metrics = metrics
        self.source = source
        self.quote = quote
        self.note = note
    }
}
