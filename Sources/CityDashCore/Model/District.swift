/// One of Shanghai's sixteen districts: the unit every panel can be filtered by.
public struct District: Hashable, Sendable, Codable, Identifiable {
    /// Stable ASCII id in pinyin, e.g. `yangpu`.
    public var id: String
    /// Full name, e.g. 杨浦区 / Yangpu District.
    public var name: Localized
    /// Short name, e.g. 杨浦 / Yangpu.
    public var short: Localized

    public init(id: String, name: Localized, short: Localized) {
        self.id = id
        self.name = name
        self.short = short
    }
}
