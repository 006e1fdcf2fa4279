import CityDashCore
@testable import CityDashUI
import Testing

/// Every panel uses a big screen: at most a quarter of its body rows show nothing (blank, or
/// only frame lines) at 120x40, 200x60 and 300x80, in both languages. Panels whose lists are
/// short draw cards, charts, the map or a time axis there instead of a list over empty rows.
@Suite struct ScreenFillTests {
    static let sizes = [(120, 40), (200, 60), (300, 80)]

    @Test("no panel leaves more than a quarter of its body blank on a big screen",
          arguments: PanelID.allCases.filter { $0 != .district })
    func panelFillsTheScreen(_ panel: PanelID) {
        for (width, height) in Self.sizes {
            for language in Language.allCases {
                let state = Fixture.state(width: width, height: height, panel: panel, language: language)
                let rows = BodyFill.blankRows(state)
                #expect(rows.blank * 4 <= rows.total,
                        "\(panel) \(width)x\(height) \(language): \(rows.blank)/\(rows.total) body rows blank")
            }
        }
    }

    @Test("the measure sees an empty area: a frame around nothing counts as blank")
    func frameAroundNothingIsBlank() {
        var state = Fixture.state(width: 120, height: 40, panel: .towns)
        state.search = "no record says this"
        state.refreshItemCache()
        let rows = BodyFill.blankRows(state)
        #expect(rows.blank * 4 > rows.total, "\(rows.blank)/\(rows.total)")
    }

    @Test("on a big screen a click on a card selects it, a second opens it", arguments: [PanelID.towns, .zones, .sources])
    func clickOnCard(_ panel: PanelID) throws {
        var state = Fixture.state(width: 200, height: 60, panel: panel)
        #expect(PanelBoard.draws(state))
        let board = try #require(panel == .towns ? TownsPanel.board(state) : panel == .zones ? ZonesPanel.board(state)
                                                                                     : SourcesPanel.board(state))
        let rect = board.geometry(in: DashboardLayout(for: state).body).cards[2]
        AppReducer.reduce(&state, .click(x: rect.x + 3, y: rect.y + 2))
        #expect(state.selectedIndex == 2)
        AppReducer.reduce(&state, .click(x: rect.x + 3, y: rect.y + 2))
        #expect(state.overlay != .none || panel == .sources, "\(state.overlay)")
    }

    @Test("on a big screen a click on an action under its group selects that action")
    func clickOnGroupedAction() {
        var state = Fixture.state(width: 200, height: 60, panel: .actions)
        let list = ActionsPanel.list(state)
        let g = ActionsPanel.geometry(state, rows: list.rows.count, in: DashboardLayout(for: state).body)
        // Row 0 is the first group's heading, rows 1-2 its actions, 3 blank, 4 the next heading, 5 an action.
        AppReducer.reduce(&state, .click(x: g.list.x + 4, y: g.list.y + 1 + 5))
        #expect(state.selectedIndex == 2)
        AppReducer.reduce(&state, .click(x: g.list.x + 4, y: g.list.y + 1 + 4))
        #expect(state.selectedIndex == 2, "a heading selects nothing")
    }

    @Test("a long list (a generated data set) keeps the scrolling list instead of cards")
    func longListsKeepTheList() {
        var state = Fixture.state(width: 200, height: 60, panel: .zones)
        #expect(PanelBoard.draws(state))
        var dataset = Fixture.dataset
        while dataset.zones.count <= PanelBoard.shortList { dataset.zones += Fixture.dataset.zones }
        state.dataset = dataset
        state.refreshItemCache()
        #expect(!PanelBoard.draws(state))
    }
}
