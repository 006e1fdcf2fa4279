/// One of the five new towns (五个新城) and the digital-transformation scenarios named for it.
public struct NewTown: Cited, Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: Localized
    public var district: String
    /// Its stated positioning, e.g. 未来出行城市.
    public var positioning: Localized
    /// The number of scenarios, only where the article states one.
    public var scenarioCount: Int?
    /// How the article states that count, e.g. 七大场景.
    public var scenarioCountStated: String?
    public var scenarios: [Localized]
    /// Id of the article in `sources.yaml`.
    public var source: String
    /// The fragment of the article that states this record, copied exactly.
    public var quote: String

    public init(id: String, name: Localized, district: String, positioning: Localized, scenarioCount: Int?,
                scenarioCountStated: String?, scenarios: [Localized], source: String, quote: String) {
        self.id = id
        self.name = name
        self.district = district
        self.positioning = positioning
        self.scenarioCount = scenarioCount
        self.scenarioCountStated = scenarioCountStated
        self.scenarios = scenarios
        self.source = source
        self.quote = quote
    }
}
