/// Read-only questions about a dataset that views and exports ask: what is in a district,
/// which records match a search, how many items each district has.
public struct DatasetQuery: Sendable {
    public let dataset: Dataset

    public init(_ dataset: Dataset) {
        self.dataset = dataset
    }

    public func metrics(in filter: DistrictFilter) -> [Metric] {
        guard let district = filter.districtID else { return dataset.metrics }
        return dataset.metricPositions(inDistrict: district).map { dataset.metrics[$0] }
    }

    public func newTowns(in filter: DistrictFilter) -> [NewTown] {
        dataset.newTowns.filter { filter.admits($0.district) }
    }

    public func zones(in filter: DistrictFilter) -> [DemoZone] {
        dataset.zones.filter { filter.admits($0.district) }
    }

    public func actions(in filter: DistrictFilter) -> [IndustryAction] {
        dataset.actions.filter { filter.admits($0.district) }
    }

    public func projects(in filter: DistrictFilter) -> [Project] {
        dataset.projects.filter { filter.admits($0.district) }
    }

    public func events(in filter: DistrictFilter) -> [CityEvent] {
        dataset.events.filter { filter.admits($0.district) }
    }

    /// How many records (of every kind) each district has, for the district picker and map.
    /// Read from the dataset's indexes, so a frame that shows the counts costs the same for a
    /// hundred thousand figures as for a hundred.
    public func countsByDistrict() -> [String: Int] {
        dataset.recordCountsByDistrict
    }

    /// How many records (of every kind) each article states, by source id.
    public func countsBySource() -> [String: Int] {
        var counts: [String: Int] = [:]
        for metric in dataset.metrics { counts[metric.source, default: 0] += 1 }
        let others: [String] = dataset.newTowns.map(\.source) + dataset.zones.map(\.source)
            + dataset.actions.map(\.source) + dataset.projects.map(\.source) + dataset.events.map(\.source)
        for source in others { counts[source, default: 0] += 1 }
        return counts
    }

    /// Total records of every kind, the count shown next to 全市 / All.
    public var totalCount: Int {
        dataset.metrics.count + dataset.newTowns.count + dataset.zones.count + dataset.actions.count
            + dataset.projects.count + dataset.events.count
    }
}
