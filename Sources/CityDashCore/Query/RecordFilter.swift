/// What a list keeps besides the district and the search: figures of one category, actual or
/// target figures, one year, the records of one article. The dashboard's lists, `render` and
/// `export` all apply the same filter (through `RecordQuery`).
///
/// Category and status are properties of figures only: with either set, no record of another
/// kind passes. The year is a figure's `year` (or target year), an event's date; towns, zones,
/// actions and projects have none and do not pass a year filter. The source applies to all.
public struct RecordFilter: Hashable, Sendable {
    public var category: Category?
    /// Actual or target figures.
    public var status: MetricKind?
    public var year: Int?
    /// Id of an article in `sources.yaml`: only the records it states.
    public var source: String?

    public init(category: Category? = nil, status: MetricKind? = nil, year: Int? = nil, source: String? = nil) {
        self.category = category
        self.status = status
        self.year = year
        self.source = source
    }

    /// True when the filter keeps every record.
    public var isEmpty: Bool { category == nil && status == nil && year == nil && source == nil }

    /// True when a filter that only figures can pass is set.
    var needsFigures: Bool { category != nil || status != nil }

    public func admits(_ metric: Metric) -> Bool {
        if let category, metric.category != category { return false }
        if let status, metric.kind != status { return false }
        if let year, (metric.year ?? metric.targetYear) != year { return false }
        return source.map { $0 == metric.source } ?? true
    }

    public func admits(_ event: CityEvent) -> Bool {
        if needsFigures { return false }
        if let year, !event.date.hasPrefix(String(year)) { return false }
        return source.map { $0 == event.source } ?? true
    }

    /// Towns, zones, actions and projects: only the source applies; a figure-only filter or a
    /// year excludes them.
    public func admits(_ record: some Cited) -> Bool {
        if needsFigures || year != nil { return false }
        return source.map { $0 == record.source } ?? true
    }
}
