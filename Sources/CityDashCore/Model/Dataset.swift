/// Everything loaded from one data directory: the single model every view and export reads.
///
/// Lookups by id and the metrics of a district use indexes that are rebuilt whenever a list is
/// replaced or changed, so they cost the same for five articles or a hundred thousand figures.
/// The indexes are derived data: two datasets are equal when their records are.
public struct Dataset: Sendable, Equatable {
    public var sources: [Source] = [] { didSet { index.sources = IDIndex(sources) } }
    public var districts: [District] = [] { didSet { index.districts = IDIndex(districts) } }
    public var areas: [Area] = []
    public var metrics: [Metric] = [] {
        didSet { index.metrics = MetricIndex(metrics, ids: index.presetMetricIDs.take()) }
    }
    public var newTowns: [NewTown] = [] { didSet { index.newTowns = IDIndex(newTowns, district: { $0.district }) } }
    public var scenarioBatch: ScenarioBatch?
    public var zones: [DemoZone] = [] { didSet { index.zones = IDIndex(zones, district: { $0.district }) } }
    public var actions: [IndustryAction] = [] { didSet { index.actions = IDIndex(actions, district: { $0.district }) } }
    public var projects: [Project] = [] { didSet { index.projects = IDIndex(projects, district: { $0.district }) } }
    /// Sorted by date.
    public var events: [CityEvent] = [] { didSet { index.events = IDIndex(events, district: { $0.district }) } }

    private var index = Indexes()

    public init() {}

    public func source(_ id: String) -> Source? { index.sources.first(id, in: sources) }
    public func district(_ id: String) -> District? { index.districts.first(id, in: districts) }
    public func metric(_ id: String) -> Metric? { index.metrics.ids.first(id, in: metrics) }
    public func metrics(_ ids: [String]) -> [Metric] { ids.compactMap { metric($0) } }
    public func newTown(_ id: String) -> NewTown? { index.newTowns.first(id, in: newTowns) }
    public func zone(_ id: String) -> DemoZone? { index.zones.first(id, in: zones) }
    public func action(_ id: String) -> IndustryAction? { index.actions.first(id, in: actions) }
    public func project(_ id: String) -> Project? { index.projects.first(id, in: projects) }
    public func event(_ id: String) -> CityEvent? { index.events.first(id, in: events) }

    /// Sets the metrics together with the table of their ids that the loader built while reading
    /// them (the first position of each id, as `MetricIndex` would build it), so loading a large
    /// set does not hash every id twice (4.9 M instructions for 10,000 metrics).
    mutating func setMetrics(_ metrics: [Metric], ids: IDTable) {
        index.presetMetricIDs = ids
        self.metrics = metrics
    }

    /// Whether a metric has the id, without copying the metric (for the loader's reference checks).
    var metricLookup: (String) -> Bool {
        let (ids, metrics) = (index.metrics.ids, metrics)
        return { ids.contains($0, in: metrics) }
    }

    /// Positions in `metrics` of the metrics whose `district` is `id`, ascending.
    public func metricPositions(inDistrict id: String) -> [Int] {
        index.metrics.byDistrict[id] ?? []
    }

    /// Positions in `metrics` of the metrics whose `subject` is `id`, ascending.
    public func metricPositions(about id: String) -> [Int] {
        index.metrics.bySubject[id] ?? []
    }

    /// How many records of every kind each district has, from the indexes (no scan of the
    /// records): the map and the picker show these counts on every frame.
    public var recordCountsByDistrict: [String: Int] {
        var counts = index.metrics.byDistrict.mapValues(\.count)
        for kind in [index.newTowns, index.zones, index.actions, index.projects, index.events] {
            counts.merge(kind.districtCounts, uniquingKeysWith: +)
        }
        return counts
    }

    /// The metrics whose `subject` is `id` (a town, zone, action or project), in list order.
    public func metrics(about id: String) -> [Metric] {
        (index.metrics.bySubject[id] ?? []).map { metrics[$0] }
    }

    public static func == (lhs: Dataset, rhs: Dataset) -> Bool {
        lhs.sources == rhs.sources && lhs.districts == rhs.districts && lhs.areas == rhs.areas
            && lhs.metrics == rhs.metrics && lhs.newTowns == rhs.newTowns && lhs.scenarioBatch == rhs.scenarioBatch
            && lhs.zones == rhs.zones && lhs.actions == rhs.actions && lhs.projects == rhs.projects
            && lhs.events == rhs.events
    }
}

extension Dataset {
    struct Indexes: Sendable {
        var sources = IDIndex()
        var districts = IDIndex()
        var metrics = MetricIndex()
        /// The id table of the metrics being set by `setMetrics`, taken by `metrics`' observer.
        var presetMetricIDs: IDTable?
        var newTowns = IDIndex()
        var zones = IDIndex()
        var actions = IDIndex()
        var projects = IDIndex()
        var events = IDIndex()
    }

    /// Position of the first record with each id.
    struct IDIndex: Sendable {
        private var positions = IDTable()
        /// How many of the records are in each district (when made with `district:`).
        var districtCounts: [String: Int] = [:]

        init() {}

        init<T: Identifiable>(_ records: [T], district: (T) -> String?) where T.ID == String {
            self.init(records)
            for record in records {
                if let id = district(record) { districtCounts[id, default: 0] += 1 }
            }
        }

        init<T: Identifiable>(_ records: [T]) where T.ID == String {
            positions = IDTable(records)
        }

        init(positions: IDTable) {
            self.positions = positions
        }

        func first<T: Identifiable>(_ id: String, in records: [T]) -> T? where T.ID == String {
            positions.position(of: id, in: records).map { records[$0] }
        }

        func contains<T: Identifiable>(_ id: String, in records: [T]) -> Bool where T.ID == String {
            positions.position(of: id, in: records) != nil
        }
    }

    struct MetricIndex: Sendable {
        var ids = IDIndex()
        var byDistrict: [String: [Int]] = [:]
        var bySubject: [String: [Int]] = [:]

        init() {}

        /// `ids`, when given, must be the first position of each id among `metrics`.
        init(_ metrics: [Metric], ids table: IDTable? = nil) {
            ids = table.map { IDIndex(positions: $0) } ?? IDIndex(metrics)
            // By index, not `for metric in metrics`: that copied every metric, retaining and
            // releasing each of its fields (5 M instructions for 10,000 metrics).
            for position in metrics.indices {
                if let district = metrics[position].district { byDistrict[district, default: []].append(position) }
                if let subject = metrics[position].subject { bySubject[subject, default: []].append(position) }
            }
        }
    }
}
