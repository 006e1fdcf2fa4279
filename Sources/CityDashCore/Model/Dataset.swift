/// Everything loaded from one data directory: the single model every view and export reads.
public struct Dataset: Sendable, Equatable {
    public var sources: [Source] = []
    public var districts: [District] = []
    public var areas: [Area] = []
    public var metrics: [Metric] = []
    public var newTowns: [NewTown] = []
    public var scenarioBatch: ScenarioBatch?
    public var zones: [DemoZone] = []
    public var actions: [IndustryAction] = []
    public var projects: [Project] = []
    /// Sorted by date.
    public var events: [Event] = []

    public init() {}

    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
    public func district(_ id: String) -> District? { districts.first { $0.id == id } }
    public func metric(_ id: String) -> Metric? { metrics.first { $0.id == id } }
    public func metrics(_ ids: [String]) -> [Metric] { ids.compactMap { metric($0) } }
}
