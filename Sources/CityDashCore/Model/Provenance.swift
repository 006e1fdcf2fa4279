/// Where a record's facts come from: an article id from `sources.yaml` and the fragment of it
/// that states them, copied exactly.
public struct Provenance: Hashable, Sendable, Codable {
    public var source: String
    public var quote: String

    public init(source: String, quote: String) {
        self.source = source
        self.quote = quote
    }
}
