import CityDashCore
@testable import CityDashUI
import Testing

/// Key sequences land in the expected state: panel, selection, district, search, language.
@Suite struct ReducerTests {
    @Test func numberKeysTabAndArrowsSwitchPanels() {
        var state = Fixture.state()
        Fixture.press([.character("3")], &state)
        #expect(state.panel == .zones)
        Fixture.press([.tab, .tab], &state)
        #expect(state.panel == .projects)
        Fixture.press([.tab], &state)
        #expect(state.panel == .sources)
        Fixture.press([.tab], &state)
        #expect(state.panel == .overview)
        Fixture.press([.backTab], &state)
        #expect(state.panel == .sources)
        // ←→ switch panels, except on the projects panel, where they move along its time axis.
        Fixture.press([.right, .left], &state)
        #expect(state.panel == .sources)
        Fixture.press([.right], &state)
        #expect(state.panel == .overview)
        Fixture.press([.character("9")], &state)
        #expect(state.panel == .overview)
    }

    @Test func selectionMovesStaysInBoundsAndIsRememberedPerPanel() {
        var state = Fixture.state(panel: .zones)
        Fixture.press([.down, .character("j"), .down], &state)
        #expect(state.selectedIndex == 3)
        Fixture.press([.up, .character("k")], &state)
        #expect(state.selectedIndex == 1)
        Fixture.press([.end], &state)
        #expect(state.selectedIndex == Fixture.dataset.zones.count - 1)
        Fixture.press([.down, .down], &state)
        #expect(state.selectedIndex == Fixture.dataset.zones.count - 1)
        Fixture.press([.home, .up], &state)
        #expect(state.selectedIndex == 0)
        Fixture.press([.end, .character("1"), .character("3")], &state)
        #expect(state.selectedIndex == Fixture.dataset.zones.count - 1)
    }

    @Test func pageKeysMoveByTheVisibleRowsAndScrollFollows() {
        var state = Fixture.state(width: 80, height: 24)
        let rows = DashboardLayout(width: 80, height: 24, panel: .overview).listRows
        Fixture.press([.pageDown], &state)
        #expect(state.selectedIndex == rows)
        #expect(state.scroll[.overview] == 1)
        Fixture.press([.pageDown, .pageUp], &state)
        #expect(state.selectedIndex == rows)
        Fixture.press([.end], &state)
        #expect(state.selectedIndex == Fixture.dataset.metrics.count - 1)
        #expect(state.scroll[.overview] == Fixture.dataset.metrics.count - rows)
    }

    @Test func enterOpensTheSelectedItemAndEscReturns() {
        var state = Fixture.state(panel: .towns)
        Fixture.press([.down, .enter], &state)
        #expect(state.overlay == .detail(.town(Fixture.dataset.newTowns[1].id), scroll: 0))
        // The details fit on the screen: there is nothing to scroll (InputLimitTests scroll long ones).
        Fixture.press([.down, .down], &state)
        #expect(state.overlay == .detail(.town(Fixture.dataset.newTowns[1].id), scroll: 0))
        Fixture.press([.escape], &state)
        #expect(state.overlay == .none)
        #expect(state.selectedIndex == 1)
    }

    @Test func districtPickerFiltersByTypingAndSelects() {
        var state = Fixture.state()
        Fixture.press([.character("d")], &state)
        guard case .districtPicker = state.overlay else {
            Issue.record("picker not open")
            return
        }
        Fixture.type("杨浦", &state)
        Fixture.press([.enter], &state)
        #expect(state.district == .district("yangpu"))
        #expect(state.overlay == .none)
        #expect(state.panel == .district, "choosing a district from the overview opens its page")
        #expect(state.items(for: .overview).allSatisfy { item in
            guard case .metric(let id) = item else { return false }
            return Fixture.dataset.metric(id)?.district == "yangpu"
        })
        Fixture.press([.character("d"), .home, .enter], &state)
        #expect(state.district == .all)
        let effects = Fixture.press([.character("d"), .character("x"), .character("y"), .character("z"),
                                     .character("q"), .escape], &state)
        #expect(state.district == .all)
        #expect(!effects.quit)
    }

    @Test func bracketsStepThroughDistrictsAndWrap() {
        var state = Fixture.state()
        Fixture.press([.character("]")], &state)
        #expect(state.district == .district(Fixture.dataset.districts[0].id))
        Fixture.press([.character("["), .character("[")], &state)
        #expect(state.district == .district(Fixture.dataset.districts.last?.id ?? ""))
        Fixture.press([.character("]")], &state)
        #expect(state.district == .all)
    }

    @Test func searchNarrowsEveryPanelAndEscClears() {
        var state = Fixture.state(language: .en)
        Fixture.press([.character("/")], &state)
        Fixture.type("5G", &state)
        #expect(state.isEditingSearch)
        #expect(!state.items.isEmpty)
        #expect(state.items.count < Fixture.dataset.metrics.count)
        // While typing, letters are text, not commands.
        #expect(!Fixture.type("q", &state).quit)
        #expect(state.search == "5Gq")
        Fixture.press([.backspace, .enter], &state)
        #expect(!state.isEditingSearch)
        #expect(state.search == "5G")
        Fixture.press([.character("5")], &state)
        #expect(state.panel == .projects)
        // Every listed project or event says 5G somewhere in its text (name, parties, quote, ...).
        #expect(!state.items.isEmpty)
        #expect(state.items.allSatisfy { item in
            switch item {
            case .project(let id): Fixture.dataset.project(id).map { SearchText.of($0).contains("5G") } ?? false
            case .event(let id): Fixture.dataset.event(id).map { SearchText.of($0).contains("5G") } ?? false
            default: false
            }
        })
        Fixture.press([.escape], &state)
        #expect(state.search.isEmpty)
    }

    @Test func languageThemeHelpAndQuit() {
        var state = Fixture.state()
        Fixture.press([.character("l")], &state)
        #expect(state.language == .en)
        Fixture.press([.character("t"), .character("t")], &state)
        #expect(state.theme == .contrast)
        Fixture.press([.character("?")], &state)
        #expect(state.overlay == .help(scroll: 0))
        #expect(!Fixture.press([.character("q")], &state).quit)
        #expect(state.overlay == .none)
        #expect(Fixture.press([.character("q")], &state).quit)
        var other = Fixture.state()
        #expect(Fixture.press([.control("c")], &other).quit)
    }

    @Test func resizeKeepsTheSelectionVisible() {
        var state = Fixture.state(width: 200, height: 60)
        Fixture.press([.end], &state)
        AppReducer.reduce(&state, .resize(width: 80, height: 24))
        let rows = DashboardLayout(width: 80, height: 24, panel: .overview).listRows
        let scroll = state.scroll[.overview] ?? 0
        #expect(state.selectedIndex >= scroll && state.selectedIndex < scroll + rows)
    }

    @Test func clicksSelectTabsAndRows() {
        // The compact list (bigger screens draw zones as cards: `ScreenFillTests`).
        var state = Fixture.state(width: 80, height: 24, panel: .zones)
        let layout = DashboardLayout(width: 80, height: 24, panel: .zones)
        AppReducer.reduce(&state, .click(x: layout.list.x + 2, y: layout.list.y + 2))
        #expect(state.selectedIndex == 2)
        AppReducer.reduce(&state, .click(x: layout.list.x + 2, y: layout.list.y + 2))
        #expect(state.overlay == .detail(.zone(Fixture.dataset.zones[2].id), scroll: 0))
        Fixture.press([.escape], &state)
        AppReducer.reduce(&state, .click(x: 2, y: layout.tabs.y))
        #expect(state.panel == .overview)
    }

    @Test func reloadKeepsPanelAndSelectionOnTheSameRecord() {
        var state = Fixture.state(panel: .zones)
        Fixture.press([.down, .down], &state)
        let selected = state.selectedItem
        var changed = Fixture.dataset
        changed.zones.removeFirst()
        AppReducer.reduce(&state, .dataReloaded(changed))
        #expect(state.panel == .zones)
        #expect(state.selectedItem == selected)
        #expect(state.selectedIndex == 1)
    }

    @Test func rejectedDataKeepsTheOldDataAndShowsAWarning() {
        var state = Fixture.state()
        let warning = Diagnostic(file: "metrics.yaml", line: 3, column: 5, message: "metrics[0].value: bad")
        AppReducer.reduce(&state, .dataRejected([warning]))
        #expect(state.dataset == Fixture.dataset)
        let status = DashboardView.render(state).lines[23]
        #expect(status.contains("metrics.yaml:3"))
        AppReducer.reduce(&state, .dataReloaded(Fixture.dataset))
        #expect(state.dataWarnings.isEmpty)
    }

    @Test func helpScreenListsEveryBinding() {
        let help = HelpOverlay.lines(.en)
        #expect(help.count == KeyMap.bindings.count)
        for binding in KeyMap.bindings {
            #expect(help.contains { $0.contains(binding.help.en) })
            for key in binding.keys {
                #expect(KeyMap.action(for: key) != nil, "\(key) is listed in help but dispatches nothing")
            }
        }
    }
}
