import CityDashCore
@testable import CityDashUI
import Testing

/// The sources panel: every article with its record count; Enter lists its records on every
/// panel; `s` goes from any record to its article.
@Suite("Sources panel")
struct SourcesPanelTests {
    @Test("the panel lists every article, counting the records each states")
    func listsArticlesWithCounts() {
        var state = Fixture.state(panel: .sources)
        AppReducer.reduce(&state, .tick(now: 0))
        let data = Fixture.dataset
        #expect(state.items == data.sources.map { .source($0.id) })
        let counts = DatasetQuery(data).countsBySource()
        for source in data.sources {
            let expected = data.metrics.filter { $0.source == source.id }.count
                + data.newTowns.filter { $0.source == source.id }.count
                + data.zones.filter { $0.source == source.id }.count
                + data.actions.filter { $0.source == source.id }.count
                + data.projects.filter { $0.source == source.id }.count
                + data.events.filter { $0.source == source.id }.count
            #expect(counts[source.id] == expected, "\(source.id)")
        }
        #expect(counts.values.reduce(0, +) == DatasetQuery(data).totalCount)
        let screen = DashboardView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("\(counts["s004"] ?? -1)"))
    }

    @Test("Enter on an article keeps only its records on every panel; Esc clears the filter")
    func enterListsRecords() throws {
        var state = Fixture.state(panel: .sources)
        let row = try #require(state.items.firstIndex(of: .source("s003")))
        state.selection[.sources] = row
        Fixture.press([.enter], &state)
        #expect(state.panel == .overview)
        #expect(state.filter.source == "s003")
        #expect(state.notice != nil)
        let data = Fixture.dataset
        #expect(state.items(for: .overview) == data.metrics.filter { $0.source == "s003" }.map { .metric($0.id) })
        #expect(state.items(for: .towns) == data.newTowns.filter { $0.source == "s003" }.map { .town($0.id) })
        #expect(state.items(for: .zones) == data.zones.filter { $0.source == "s003" }.map { .zone($0.id) })
        #expect(!state.items(for: .overview).isEmpty)
        // The notice first; after the next key the status line names the filter.
        #expect((DashboardView.render(state).lines.last ?? "").contains("只显示《"))
        Fixture.press([.down], &state)
        let status = DashboardView.render(state).lines.last ?? ""
        #expect(status.contains("s003"), "\(status)")
        // A search narrows the filtered list further; Esc clears the search first, then the filter.
        Fixture.press([.character("/")], &state)
        Fixture.type("zz-none", &state)
        Fixture.press([.enter, .escape], &state)
        #expect(state.search.isEmpty && state.filter.source == "s003")
        Fixture.press([.escape], &state)
        #expect(state.filter.isEmpty)
        #expect(state.items(for: .overview).count == data.metrics.count)
    }

    @Test("s jumps from a record, or from its detail, to its article")
    func sJumpsToTheArticle() throws {
        var state = Fixture.state()
        let first = try #require(state.selectedItem)
        guard case .metric(let id) = first else { Issue.record("overview lists metrics"); return }
        let source = try #require(Fixture.dataset.metric(id)?.source)
        Fixture.press([.enter], &state)
        #expect(state.overlay == .detail(first, scroll: 0))
        Fixture.press([.character("s")], &state)
        #expect(state.panel == .sources)
        #expect(state.overlay == .none)
        #expect(state.selectedItem == .source(source))
        // From a list row of another panel too.
        Fixture.press([.character("4"), .down, .character("s")], &state)
        let action = try #require(Fixture.dataset.actions.dropFirst().first)
        #expect(state.selectedItem == .source(action.source))
    }

    @Test("the key table offers s and a number for every panel, and help lists them")
    func keysInTheKeyTable() {
        #expect(KeyMap.action(for: .character("s")) == .showSource)
        #expect(KeyMap.action(for: .character("6")) == .showPanel(.sources))
        var state = Fixture.state(width: 120, height: 60)
        Fixture.press([.character("?")], &state)
        let screen = DashboardView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("1-6"))
        #expect(screen.contains("跳到该记录的出处文章"))
    }
}
