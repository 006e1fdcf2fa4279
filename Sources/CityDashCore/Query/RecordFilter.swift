/// What a list keeps besides the district and the search: the records one article states.
/// The dashboard's lists, `render` and `export` all apply the same filter.
public struct RecordFilter: Hashable, Sendable {
    /// Id of an article in `sources.yaml`: only the records it states.
    public var source: String?

    public init(source: String? = nil) {
        self.source = source
    }

    /// True when the filter keeps every record.
    public var isEmpty: Bool { source == nil }

    /// True when `record` passes the filter.
    public func admits(_ record: some Cited) -> Bool {
        source.map { $0 == record.source } ?? true
    }
}
