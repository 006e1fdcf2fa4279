import CityDashCore
@testable import CityDashUI
import Testing

/// Input that could cost without bound is bounded: the search query, the district picker's
/// query, and scrolling the detail and help views past their content.
@Suite struct InputLimitTests {
    /// 100,000 characters, as a paste of 100 KB would arrive: one key event each.
    static let paste: [Key] = {
        let characters = Array("上海5g数字化Digital")
        return (0..<100_000).map { .character(characters[$0 % characters.count]) }
    }()

    @Test("a 100,000-character paste leaves a 64-character query and the lists for exactly that query")
    func pasteIsBounded() {
        var state = Fixture.state(panel: .overview)
        Fixture.press([.character("/")], &state)
        let keys = Self.paste
        let elapsed = ContinuousClock().measure {
            for key in keys { AppReducer.reduce(&state, .key(key)) }
        }
        // Reported, not asserted (timing belongs in benchmarks): `swift test --filter InputLimitTests`.
        print("InputLimitTests: 100,000 pasted key events took \(elapsed)")
        let expected = String(Self.paste.prefix(AppReducer.searchLimit).map { key -> Character in
            if case .character(let c) = key { return c }
            return " "
        })
        #expect(state.search == expected)
        #expect(state.search.unicodeScalars.count == AppReducer.searchLimit)
        #expect(AppReducer.searchIsFull(state))
        for panel in PanelID.allCases {
            #expect(state.items(for: panel) == PanelItems.items(panel, dataset: state.dataset, district: .all,
                                                                 search: expected))
        }
        // Backspace makes room again, and the next character is taken.
        Fixture.press([.backspace, .character("x")], &state)
        #expect(state.search == String(expected.dropLast()) + "x")
    }

    @Test("a short search still finds what it should")
    func shortSearchUnchanged() {
        var state = Fixture.state(panel: .overview)
        Fixture.press([.character("/")], &state)
        Fixture.type("gdp", &state)
        #expect(state.search == "gdp")
        #expect(!state.items.isEmpty)
        #expect(state.items == PanelItems.items(.overview, dataset: state.dataset, district: .all, search: "gdp"))
        #expect(!AppReducer.searchIsFull(state))
    }

    @Test("the status bar says when the search is as long as it can be, even when the query is wider than the screen")
    func fullSearchIsShown() {
        for language in Language.allCases {
            for text in ["a", "数"] {
                var state = Fixture.state(width: 80, height: 24, language: language)
                Fixture.press([.character("/")], &state)
                Fixture.type(String(repeating: text, count: 100), &state)
                let statusLine = DashboardView.render(state).lines.last ?? ""
                #expect(statusLine.contains(language == .zh ? "(上限64字符)" : "(max 64)"), "\(statusLine)")
            }
        }
    }

    @Test("the district picker's query is bounded the same way")
    func pickerQueryIsBounded() {
        var state = Fixture.state()
        Fixture.press([.character("d")], &state)
        Fixture.press(Array(Self.paste.prefix(5_000)), &state)
        guard case .districtPicker(let picker) = state.overlay else {
            Issue.record("the picker closed: \(state.overlay)")
            return
        }
        #expect(picker.query.unicodeScalars.count == AppReducer.searchLimit)
    }

    /// The bundled data with a first demonstration zone whose details are longer than a screen.
    static let longDetailData: Dataset = {
        var dataset = Fixture.dataset
        dataset.zones[0].highlights = (1...30).map { Localized(zh: "要点\($0)", en: "Highlight \($0)") }
        return dataset
    }()

    /// The rows the detail or help view shows, for comparing what one key changed on screen.
    static func body(_ state: AppState) -> [String] {
        let lines = DashboardView.render(state).lines
        return Array(lines.dropFirst(2).dropLast())
    }

    @Test("detail scrolling stops at the end of the content: after many Downs, one Up moves up",
          arguments: [PanelID.zones, .towns, .overview])
    func detailScrollIsClamped(_ panel: PanelID) {
        var state = AppState(dataset: Self.longDetailData, width: 80, height: 24)
        state.panel = panel
        Fixture.press([.enter], &state)
        guard case .detail(let item, _) = state.overlay else {
            Issue.record("no detail view opened")
            return
        }
        let limit = AppReducer.detailScrollLimit(item, state)
        Fixture.press(Array(repeating: .down, count: 500), &state)
        #expect(state.overlay == .detail(item, scroll: limit))
        let bottom = Self.body(state)
        Fixture.press([.pageDown, .character("j")], &state)
        #expect(state.overlay == .detail(item, scroll: limit))
        Fixture.press([.up], &state)
        #expect(state.overlay == .detail(item, scroll: max(0, limit - 1)))
        if limit > 0 {
            #expect(Self.body(state) != bottom, "one Up after scrolling far down did not move the text")
        }
        Fixture.press([.end], &state)
        #expect(state.overlay == .detail(item, scroll: limit))
        Fixture.press([.home], &state)
        #expect(state.overlay == .detail(item, scroll: 0))
    }

    @Test("the long detail view at 80x24 is longer than the screen, so the clamp is exercised")
    func someDetailScrolls() {
        var state = AppState(dataset: Self.longDetailData, width: 80, height: 24)
        state.panel = .zones
        Fixture.press([.enter], &state)
        guard case .detail(let item, _) = state.overlay else { return }
        #expect(AppReducer.detailScrollLimit(item, state) > 0)
    }

    @Test("the limit is what the detail view draws: scrolled to it, the last row is on screen and the row count shows it")
    func detailLimitMatchesDrawing() {
        var state = AppState(dataset: Self.longDetailData, width: 80, height: 24)
        state.panel = .zones
        Fixture.press([.enter], &state)
        guard case .detail(let item, _) = state.overlay else { return }
        let limit = AppReducer.detailScrollLimit(item, state)
        Fixture.press(Array(repeating: .down, count: limit), &state)
        let atLimit = Self.body(state)
        Fixture.press([.down], &state)
        #expect(Self.body(state) == atLimit)
        Fixture.press([.up], &state)
        #expect(Self.body(state) != atLimit)
    }

    @Test("help scrolling stops at the end of the help text")
    func helpScrollIsClamped() {
        var state = Fixture.state(width: 80, height: 24, language: .en)
        Fixture.press([.character("?")], &state)
        let limit = AppReducer.helpScrollLimit(state)
        Fixture.press(Array(repeating: .down, count: 300), &state)
        #expect(state.overlay == .help(scroll: limit))
        Fixture.press([.up], &state)
        #expect(state.overlay == .help(scroll: max(0, limit - 1)))
    }

    @Test func clampedScrollNeverLeavesItsRange() {
        #expect(AppReducer.clampedScroll(5, by: 1, limit: 5) == 5)
        #expect(AppReducer.clampedScroll(500, by: -1, limit: 5) == 4)
        #expect(AppReducer.clampedScroll(0, by: -1, limit: 5) == 0)
        #expect(AppReducer.clampedScroll(2, by: Int.max, limit: 5) == 5)
        #expect(AppReducer.clampedScroll(2, by: -Int.max, limit: 5) == 0)
        #expect(AppReducer.clampedScroll(3, by: 1, limit: 0) == 0)
    }
}
