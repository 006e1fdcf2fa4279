/// The first batch of open-competition (揭榜挂帅) scenarios for the new towns: a total and its
/// categories. The article does not say which scenario falls in which category.
public struct ScenarioBatch: Cited, Hashable, Sendable, Codable {
    public var total: Int
    public var totalStated: String
    public var categories: [Localized]
    /// Id of the article in `sources.yaml`.
    public var source: String
    /// The fragment of the article that states this record, copied exactly.
    public var quote: String
    public var note: Localized?

    public init(total: Int, totalStated: String, categories: [Localized], source: String, quote: String,
                note: Localized? = nil) {
        self.total = total
        self.totalStated = totalStated
        self.categories = categories
        self.source = source
        self.quote = quote
        self.note = note
    }
}
