import CityDashCore
@testable import CityDashUI
import Testing

/// The sort and filter keys (`o`, `c`, `v`, `y`, Esc): reducer sequences, each landing on the
/// rows `RecordQuery` gives for the same settings.
@Suite("Sort and filter keys")
struct SortFilterKeysTests {
    @Test("o cycles source → value → year → name → source, each list in the query's order")
    func sortCycles() {
        var state = Fixture.state()
        for expected in [RecordSort.value, .year, .name, .source] {
            Fixture.press([.character("o")], &state)
            #expect(state.sort == expected)
            #expect(state.notice == UIText.sortNotice(expected))
            let query = RecordQuery(sort: expected)
            #expect(state.items(for: .overview)
                == query.metricPositions(in: state.dataset).map { .metric(state.dataset.metrics[$0].id) })
        }
    }

    @Test("c, v and y cycle their filter through every value and back to none")
    func filtersCycle() {
        var state = Fixture.state()
        var seen: [Category] = []
        for _ in Category.allCases {
            Fixture.press([.character("c")], &state)
            if let category = state.filter.category { seen.append(category) }
            #expect(state.items(for: .overview).allSatisfy { item in
                guard case .metric(let id) = item else { return false }
                return state.dataset.metric(id)?.category == state.filter.category
            })
        }
        #expect(seen == Category.allCases)
        Fixture.press([.character("c")], &state)
        #expect(state.filter.category == nil)

        Fixture.press([.character("v")], &state)
        #expect(state.filter.status == .actual)
        Fixture.press([.character("v")], &state)
        #expect(state.filter.status == .target)
        let targets = state.items(for: .overview).count
        #expect(targets > 0 && targets < state.dataset.metrics.count)
        Fixture.press([.character("y")], &state)
        #expect(state.filter.year == RecordQuery.years(in: state.dataset).first)
        #expect(state.notice?.en.contains("target") == true)
        // Esc clears the filters (after any search), and the whole list is back.
        Fixture.press([.escape], &state)
        #expect(state.filter.isEmpty)
        #expect(state.items(for: .overview).count == state.dataset.metrics.count)
    }

    @Test("the status line names the active filter and sort")
    func statusLine() {
        var state = Fixture.state(width: 120, height: 30, language: .en)
        Fixture.press([.character("v"), .character("v"), .character("o"), .down], &state)
        let status = DashboardView.render(state).lines.last ?? ""
        #expect(status.contains("Filter: target"), "\(status)")
        #expect(status.contains("Sort: value"), "\(status)")
    }
}
