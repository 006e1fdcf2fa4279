/// A city-level demonstration zone (市级示范区) of the digital transformation.
public struct DemoZone: Cited, Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: Localized
    public var district: String
    /// Id of the special area it lies in, if the data names one.
    public var area: String?
    public var focus: Localized
    public var highlights: [Localized]
    /// Ids of its figures in `metrics.yaml`.
    public var metrics: [String]
    /// Id of the article in `sources.yaml`.
    public var source: String
    /// The fragment of the article that states this record, copied exactly.
    public var quote: String

    public init(id: String, name: Localized, district: String, area: String?, focus: Localized,
                highlights: [Localized], metrics: [String], source: String, quote: String) {
        self.id = id
        self.name = name
        self.district = district
        self.area = area
        self.focus = focus
        self.highlights = highlights
        self.metrics = metrics
        self.source = source
        self.quote = quote
    }
}
