/// The one definition of "which records, in which order" for every list: district, search,
/// filter and sort. The dashboard's panels, `render` and `export` all ask it, so the same options
/// give the same rows everywhere.
///
/// It answers with positions in the dataset's arrays (records are never copied: a metric has a
/// dozen strings to retain). With a `SearchIndex` a search compares pre-folded texts; a
/// district's metrics come from the dataset's index. Either way the answer is the same as
/// filtering every record.
public struct RecordQuery: Hashable, Sendable {
    public var district: DistrictFilter
    public var search: String
    public var filter: RecordFilter
    public var sort: RecordSort
    /// Figures by category (sorted within each group); other records are not grouped.
    public var grouping: RecordGrouping

    public init(district: DistrictFilter = .all, search: String = "", filter: RecordFilter = RecordFilter(),
                sort: RecordSort = .source, grouping: RecordGrouping = .none) {
        self.district = district
        self.search = search
        self.filter = filter
        self.sort = sort
        self.grouping = grouping
    }

    public func metricPositions(in dataset: Dataset, index: SearchIndex? = nil,
                                matches: SearchIndex.Matches? = nil) -> [Int] {
        let sorted = sortedMetricPositions(in: dataset, index: index, matches: matches)
        guard grouping == .category else { return sorted }
        // A stable bucket pass: each category keeps the sort order, categories in declared order.
        var buckets = [[Int]](repeating: [], count: Category.allCases.count)
        let metrics = dataset.metrics
        for position in sorted {
            buckets[Category.allCases.firstIndex(of: metrics[position].category) ?? 0].append(position)
        }
        return buckets.flatMap { $0 }
    }

    func sortedMetricPositions(in dataset: Dataset, index: SearchIndex?, matches: SearchIndex.Matches?) -> [Int] {
        let districtPositions = district.districtID.map { dataset.metricPositions(inDistrict: $0) }
        let positions = select(dataset.metrics, index?.metrics, matched(matches)?.metrics, positions: districtPositions,
                               { district.admits($0.district) },
                               SearchText.of, filter.admits)
        switch sort {
        case .source: return positions
        case .value:
            let metrics = dataset.metrics
            return positions.sorted { a, b in
                let (x, y) = (metrics[a], metrics[b])
                if x.unit != y.unit { return x.unit.rawValue < y.unit.rawValue }
                let (u, v) = (x.normalized.doubleValue, y.normalized.doubleValue)
                return u != v ? u > v : a < b
            }
        case .year:
            let metrics = dataset.metrics
            return positions.sorted { a, b in
                let (x, y) = (metrics[a].year ?? metrics[a].targetYear ?? Int.max,
                              metrics[b].year ?? metrics[b].targetYear ?? Int.max)
                return x != y ? x < y : a < b
            }
        case .name: return byName(positions, dataset.metrics)
        }
    }

    public func newTownPositions(in dataset: Dataset, index: SearchIndex? = nil,
                         matches: SearchIndex.Matches? = nil) -> [Int] {
        ordered(select(dataset.newTowns, index?.newTowns, matched(matches)?.newTowns, positions: nil, { district.admits($0.district) },
                       SearchText.of, filter.admits),
                dataset.newTowns)
    }

    public func zonePositions(in dataset: Dataset, index: SearchIndex? = nil,
                         matches: SearchIndex.Matches? = nil) -> [Int] {
        ordered(select(dataset.zones, index?.zones, matched(matches)?.zones, positions: nil, { district.admits($0.district) },
                       SearchText.of, filter.admits),
                dataset.zones)
    }

    public func actionPositions(in dataset: Dataset, index: SearchIndex? = nil,
                         matches: SearchIndex.Matches? = nil) -> [Int] {
        ordered(select(dataset.actions, index?.actions, matched(matches)?.actions, positions: nil, { district.admits($0.district) },
                       SearchText.of, filter.admits),
                dataset.actions)
    }

    public func projectPositions(in dataset: Dataset, index: SearchIndex? = nil,
                         matches: SearchIndex.Matches? = nil) -> [Int] {
        ordered(select(dataset.projects, index?.projects, matched(matches)?.projects, positions: nil, { district.admits($0.district) },
                       SearchText.of, filter.admits),
                dataset.projects)
    }

    public func eventPositions(in dataset: Dataset, index: SearchIndex? = nil,
                         matches: SearchIndex.Matches? = nil) -> [Int] {
        let positions = select(dataset.events, index?.events, matched(matches)?.events, positions: nil, { district.admits($0.district) },
                       SearchText.of, filter.admits)
        switch sort {
        case .source, .value: return positions
        case .year:
            let events = dataset.events
            return positions.sorted { events[$0].date != events[$1].date ? events[$0].date < events[$1].date : $0 < $1 }
        case .name: return byName(positions, dataset.events)
        }
    }

    /// Articles matching the search (and the source filter, if any), in file order.
    public func sourcePositions(in dataset: Dataset, index: SearchIndex? = nil,
                                matches: SearchIndex.Matches? = nil) -> [Int] {
        select(dataset.sources, index?.sources, matched(matches)?.sources, positions: nil, { _ in true },
               SearchText.of, { source in filter.source.map { $0 == source.id } ?? true })
    }

    /// The years a year filter can choose: every figure's year or target year and every
    /// event's year, ascending.
    public static func years(in dataset: Dataset) -> [Int] {
        var years = Set<Int>()
        for metric in dataset.metrics {
            if let year = metric.year ?? metric.targetYear { years.insert(year) }
        }
        for event in dataset.events {
            if let year = Int(event.date.prefix(4)) { years.insert(year) }
        }
        return years.sorted()
    }

    // MARK: Selection and order

    /// `matches` when they were made for this query's search.
    func matched(_ matches: SearchIndex.Matches?) -> SearchIndex.Matches? {
        guard let matches, matches.needle == SearchText.fold(needle: search) else { return nil }
        return matches
    }

    /// The positions of `records` that pass the district filter, the search and `admits`.
    /// `found`: the search's matches among them, when already known (`SearchIndex.Matches`).
    /// `districtPositions`: the records the district admits, when an index already knows them.
    func select<T>(_ records: [T], _ texts: SearchIndex.Names?, _ found: [Int]?, positions districtPositions: [Int]?,
                   _ inDistrict: (T) -> Bool, _ textOf: (T) -> String, _ admits: (T) -> Bool) -> [Int] {
        let needle = SearchText.fold(needle: search)
        if !needle.isEmpty, let texts, texts.count == records.count {
            // Search first: it leaves few records, and hands them over in list order.
            let matching = found ?? texts.positions(matching: needle)
            if district == .all && filter.isEmpty { return matching }
            return matching.filter { inDistrict(records[$0]) && admits(records[$0]) }
        }
        if needle.isEmpty, districtPositions == nil, district == .all, filter.isEmpty {
            return Array(records.indices)
        }
        var out: [Int] = []
        for position in districtPositions ?? Array(records.indices) {
            if districtPositions == nil, !inDistrict(records[position]) { continue }
            if !admits(records[position]) { continue }
            if !needle.isEmpty, !SearchText.fold(textOf(records[position])).containsExactly(needle) { continue }
            out.append(position)
        }
        return out
    }

    /// Towns, zones, actions and projects: sorted by name when asked, else in source order
    /// (they have no value or year).
    func ordered<T: Named>(_ positions: [Int], _ records: [T]) -> [Int] {
        sort == .name ? byName(positions, records) : positions
    }

    func byName<T: Named>(_ positions: [Int], _ records: [T]) -> [Int] {
        let keyed = positions.map { (key: records[$0].name.en.lowercased(), position: $0) }
        return keyed.sorted { $0.key != $1.key ? $0.key < $1.key : $0.position < $1.position }.map(\.position)
    }

}

/// A record with a name in both languages, for sorting by name.
public protocol Named {
    var name: Localized { get }
}

extension Metric: Named {}
extension NewTown: Named {}
extension DemoZone: Named {}
extension IndustryAction: Named {}
extension Project: Named {}
extension CityEvent: Named {}
