import ArgumentParser
import CityDashCore

extension Category: ExpressibleByArgument {}
extension MetricKind: ExpressibleByArgument {}
extension RecordSort: ExpressibleByArgument {}
extension RecordGrouping: ExpressibleByArgument {}

/// Which records and in which order: the same options, with the same meaning, on the dashboard,
/// `render` and `export` (they all build one `RecordQuery`), for ArgumentParser.
struct QueryOptions: ParsableArguments {
    @Option(help: "Only figures of this category: \(Category.allCases.map { $0.rawValue }.joined(separator: ", ")).")
    var category: Category?

    @Option(help: "Only actual or only target figures: actual, target.")
    var status: MetricKind?

    @Option(help: ArgumentHelp("Only figures of this year (target year for targets) and events of this year.",
                               valueName: "year"))
    var year: Int?

    @Option(help: ArgumentHelp("Only records stated by this article (its id in sources.yaml, e.g. s004).",
                               valueName: "id"))
    var source: String?

    @Option(help: ArgumentHelp("Only records whose text contains this (as / searches).", valueName: "text"))
    var search: String?

    @Option(help: "Order: \(RecordSort.allCases.map { $0.rawValue }.joined(separator: ", ")).")
    var sort: RecordSort = .source

    @Option(help: "Grouping of figures: none, or category (each category together, sorted within; as g does).")
    var group: RecordGrouping = .none

    var settings: QuerySettings {
        QuerySettings(category: category, status: status, year: year, source: source, search: search, sort: sort,
                      group: group)
    }
}

/// The query options as plain values (see `CommandSettings`).
struct QuerySettings {
    var category: Category?
    var status: MetricKind?
    var year: Int?
    var source: String?
    var search: String?
    var sort: RecordSort = .source
    var group: RecordGrouping = .none

    /// The query these options describe, or exit 64 naming the valid values when the source or
    /// year is one the data does not have.
    func query(dataset: Dataset, district: DistrictFilter) throws -> RecordQuery {
        if let source, dataset.source(source) == nil {
            let valid = dataset.sources.map(\.id).joined(separator: ", ")
            Console.error("citydash: unknown --source '\(source)'; valid: \(valid)")
            throw ExitStatus.usage
        }
        let years = RecordQuery.years(in: dataset)
        if let year, !years.contains(year) {
            Console.error("citydash: no record has --year \(year); valid: \(years.map(String.init).joined(separator: ", "))")
            throw ExitStatus.usage
        }
        return RecordQuery(district: district, search: search ?? "",
                           filter: RecordFilter(category: category, status: status, year: year, source: source),
                           sort: sort, grouping: group)
    }
}
