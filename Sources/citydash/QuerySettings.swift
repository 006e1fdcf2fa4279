import ArgumentParser
import CityDashCore

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
