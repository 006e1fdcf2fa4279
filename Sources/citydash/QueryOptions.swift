import ArgumentParser
import CityDashCore

extension Category: ArgumentEnum {}
extension MetricKind: ArgumentEnum {}
extension RecordSort: ArgumentEnum {}
extension RecordGrouping: ArgumentEnum {}

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
