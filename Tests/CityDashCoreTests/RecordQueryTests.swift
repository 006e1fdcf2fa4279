@testable import CityDashCore
import Foundation
import CityDashTestBridge
import Testing

/// `RecordQuery`: filters and sorts mean the same for every kind of record, and `Exporter`
/// writes exactly the rows the query lists, in its order.
@Suite("Record query: filter and sort")
struct RecordQueryTests {
    func metrics(_ query: RecordQuery, _ data: Dataset) -> [Metric] {
        query.metricPositions(in: data).map { data.metrics[$0] }
    }

    @Test("each filter keeps exactly the figures that have its value")
    func filters() throws {
        let data = try TestSupport.bundledDataset()
        for category in Category.allCases {
            let kept = metrics(RecordQuery(filter: RecordFilter(category: category)), data)
            #expect(kept.map(\.id) == data.metrics.filter { $0.category == category }.map(\.id), "\(category)")
        }
        let targets = metrics(RecordQuery(filter: RecordFilter(status: .target)), data)
        #expect(!targets.isEmpty && targets.allSatisfy { $0.kind == .target })
        #expect(targets.count + metrics(RecordQuery(filter: RecordFilter(status: .actual)), data).count == data.metrics.count)
        let in2021 = metrics(RecordQuery(filter: RecordFilter(year: 2021)), data)
        #expect(!in2021.isEmpty && in2021.allSatisfy { ($0.year ?? $0.targetYear) == 2021 })
        let s004 = RecordQuery(filter: RecordFilter(source: "s004"))
        #expect(metrics(s004, data).map(\.id) == data.metrics.filter { $0.source == "s004" }.map(\.id))
        #expect(s004.actionPositions(in: data).map { data.actions[$0].id } == data.actions.filter { $0.source == "s004" }.map(\.id))
        // A figure-only filter leaves no record of another kind; a year keeps events of that year.
        let industry = RecordQuery(filter: RecordFilter(category: .industry))
        #expect(industry.newTownPositions(in: data).isEmpty && industry.eventPositions(in: data).isEmpty)
        let events2021 = RecordQuery(filter: RecordFilter(year: 2021)).eventPositions(in: data).map { data.events[$0] }
        #expect(!events2021.isEmpty && events2021.allSatisfy { $0.date.hasPrefix("2021") })
        // Filters combine with the district and the search.
        let combined = metrics(RecordQuery(district: .district("yangpu"), search: "亿",
                                           filter: RecordFilter(status: .target)), data)
        #expect(combined.allSatisfy { $0.district == "yangpu" && $0.kind == .target && SearchText.of($0).contains("亿") })
    }

    @Test("a search narrowed from a shorter one finds exactly what a fresh search finds")
    func narrowedSearch() throws {
        let data = try TestSupport.bundledDataset()
        let index = SearchIndex(data)
        for (short, long) in [("数", "数字"), ("g", "gdp"), ("4", "4.32"), ("亿", "万亿"), ("华", "华为"), ("字", "数字化"),
                              ("n", "nothing-like-this")] {
            let (a, b) = (SearchText.fold(needle: short), SearchText.fold(needle: long))
            let narrowed = index.matches(b, narrowing: index.matches(a))
            let fresh = index.matches(b)
            #expect(narrowed == fresh, "\(short) → \(long)")
            #expect(fresh.metrics == data.metrics.indices.filter { SearchText.matches(SearchText.of(data.metrics[$0]), long) })
            // The articles are in the index too: the same as folding each one's text afresh.
            #expect(fresh.sources == data.sources.indices.filter { SearchText.matches(SearchText.of(data.sources[$0]), long) })
            let query = RecordQuery(search: long)
            #expect(query.sourcePositions(in: data, index: index, matches: fresh) == query.sourcePositions(in: data))
        }
        #expect(!index.matches(SearchText.fold(needle: "数字")).sources.isEmpty, "a needle every article has")
        // A needle that does not contain the last one is searched afresh, not narrowed.
        let afresh = index.matches("gdp", narrowing: index.matches("数字"))
        #expect(afresh == index.matches("gdp") && !afresh.metrics.isEmpty)
    }

    @Test("grouping by category keeps each sort within its group and groups in declared order")
    func groupingByCategory() throws {
        let data = try TestSupport.bundledDataset()
        for sort in RecordSort.allCases {
            let sorted = RecordQuery(sort: sort).metricPositions(in: data)
            let grouped = RecordQuery(sort: sort, grouping: .category).metricPositions(in: data)
            // The same figures, now category by category, each category in the sort's order.
            #expect(grouped.sorted() == sorted.sorted())
            let order = grouped.map { Category.allCases.firstIndex(of: data.metrics[$0].category) ?? -1 }
            #expect(order == order.sorted(), "\(sort)")
            for category in Category.allCases {
                #expect(grouped.filter { data.metrics[$0].category == category }
                    == sorted.filter { data.metrics[$0].category == category }, "\(sort) \(category)")
            }
            // One run a category, counting its figures.
            let runs = CategoryRun.runs(grouped, in: data.metrics)
            #expect(runs.map(\.category) == Category.allCases.filter { c in data.metrics.contains { $0.category == c } })
            #expect(runs.reduce(0) { $0 + $1.count } == data.metrics.count)
        }
        // Without a category in the data's first figures, source order is not grouped.
        #expect(RecordQuery().metricPositions(in: data) == Array(data.metrics.indices))
        #expect(CategoryRun.runs(Array(data.metrics.indices), in: data.metrics).count > Category.allCases.count)
    }

    @Test("sort by value groups figures by unit, largest first; by year oldest first; by name A-Z")
    func sorts() throws {
        let data = try TestSupport.bundledDataset()
        let byValue = metrics(RecordQuery(sort: .value), data)
        #expect(byValue.count == data.metrics.count)
        var seenUnits: [MetricUnit] = []
        for (a, b) in zip(byValue, byValue.dropFirst()) {
            if a.unit == b.unit {
                #expect(a.normalized.doubleValue >= b.normalized.doubleValue, "\(a.id) before \(b.id)")
            } else {
                #expect(!seenUnits.contains(b.unit), "unit \(b.unit) split in two runs")
                seenUnits.append(a.unit)
            }
        }
        let gdp = try #require(byValue.firstIndex { $0.id == "city-gdp-2021" })
        let yuan = byValue.filter { $0.unit == .yuan }
        #expect(yuan.first?.normalized.doubleValue ?? 0 >= byValue[gdp].normalized.doubleValue)
        let byYear = metrics(RecordQuery(sort: .year), data).map { $0.year ?? $0.targetYear ?? Int.max }
        #expect(byYear == byYear.sorted())
        let byName = metrics(RecordQuery(sort: .name), data).map { $0.name.en.lowercased() }
        #expect(byName == byName.sorted())
        let actionNames = RecordQuery(sort: .name).actionPositions(in: data).map { data.actions[$0].name.en.lowercased() }
        #expect(actionNames == actionNames.sorted())
        #expect(RecordQuery(sort: .source).metricPositions(in: data) == Array(data.metrics.indices))
    }

    @Test("the index and a scan give the same rows for every filter and sort")
    func indexedEqualsScanned() throws {
        let data = try TestSupport.bundledDataset()
        let index = SearchIndex(data)
        for sort in RecordSort.allCases {
            for filter in [RecordFilter(), RecordFilter(status: .actual), RecordFilter(year: 2022, source: "s003")] {
                for search in ["", "数字", "４．３２"] {
                    let query = RecordQuery(district: .district("pudong"), search: search, filter: filter, sort: sort)
                    #expect(query.metricPositions(in: data, index: index) == query.metricPositions(in: data))
                    #expect(query.eventPositions(in: data, index: index) == query.eventPositions(in: data))
                }
            }
        }
    }

    @Test("export writes the query's rows in its order")
    func exportFollowsTheQuery() throws {
        let data = try TestSupport.bundledDataset()
        let query = RecordQuery(search: "亿", filter: RecordFilter(status: .actual), sort: .value)
        let json = try Exporter(dataset: data, query: query).export(.metrics, as: .json)
        let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        let ids = try #require(rows).compactMap { $0["id"] as? String }
        #expect(!ids.isEmpty)
        #expect(ids == query.metricPositions(in: data).map { data.metrics[$0].id })
        let csv = try Exporter(dataset: data, query: query).export(.metrics, as: .csv)
        let csvIDs = csv.split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(csvIDs == ids)
    }
}
