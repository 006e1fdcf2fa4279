/// The JSON document written by `export --kind all`: every record of the (filtered) dataset.
public struct FullExport: Codable, Equatable, Sendable {
    public var sources: [Source]
    public var districts: [District]
    public var areas: [Area]
    public var metrics: [MetricRecord]
    public var newTowns: [NewTown]
    public var scenarioBatch: ScenarioBatch?
    public var demoZones: [DemoZone]
    public var actions: [IndustryAction]
    public var projects: [Project]
    public var events: [CityEvent]
}
