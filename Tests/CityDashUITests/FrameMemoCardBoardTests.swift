import CityDashCore
@testable import CityDashUI
import Testing

/// The towns and zones boards remember their cards and map unlit and light the selection over
/// them (`CardBoard`): after every key a remembered frame is the frame drawn from nothing, and
/// only the board's own region is drawn again.
extension FrameMemoTests {
    static let boardSizes = [(120, 36), (200, 60), (300, 80)]

    /// A board state in Chinese, English or ASCII (variant 0, 1, 2).
    static func board(_ panel: PanelID, width: Int, height: Int, variant: Int) -> AppState {
        var state = Fixture.state(width: width, height: height, panel: panel, language: variant == 1 ? .en : .zh)
        state.asciiOnly = variant == 2
        state.refreshItemCache()
        return state
    }

    @Test("a key moving between cards redraws the board as a fresh frame does", arguments: [PanelID.towns, .zones])
    func aKeyBetweenCardsRedrawsTheSelection(_ panel: PanelID) throws {
        for (width, height) in Self.boardSizes {
            for variant in 0..<3 {
                var state = Self.board(panel, width: width, height: height, variant: variant)
                let name = "\(panel) \(width)x\(height) variant \(variant)"
                #expect(PanelBoard.draws(state), "\(name): not a board")
                var before = DashboardView.render(state)
                let count = state.items.count
                // Down through every card, then back up: each card lit once from each side.
                for key in Array(repeating: Key.down, count: count - 1) + Array(repeating: Key.up, count: count - 1) {
                    let litBefore = try Self.litDistrict(state)
                    Fixture.press([key], &state)
                    // The detail, and the lit tile when the district changes (on a board with a map).
                    let expected = 1 + (try Self.litDistrict(state) != litBefore && Self.hasMap(state) ? 1 : 0)
                    let misses = state.frameMemo.misses
                    let remembered = DashboardView.render(state)
                    let redrawn = state.frameMemo.misses - misses
                    state.frameMemo.removeAll()
                    let fresh = DashboardView.render(state)
                    let moved = fresh != before
                    let same = remembered == fresh
                    #expect(moved, "\(name) card \(state.selectedIndex): the key shows nothing")
                    #expect(same, "\(name) card \(state.selectedIndex): \(Self.firstDifference(remembered, fresh))")
                    #expect(redrawn == expected,
                            "\(name) card \(state.selectedIndex): \(redrawn) regions drawn again, not \(expected) (cards and map copied)")
                    try Self.expectLit(state, fresh, name)
                    before = fresh
                }
            }
        }
    }

    static func cardBoard(_ state: AppState) throws -> CardBoard {
        try #require(state.panel == .towns ? TownsPanel.board(state) : ZonesPanel.board(state))
    }

    static func litDistrict(_ state: AppState) throws -> String? { try cardBoard(state).district }

    static func hasMap(_ state: AppState) -> Bool {
        (try? cardBoard(state).geometry(in: DashboardLayout(for: state).body).map.isEmpty == false) ?? false
    }

    /// The selected card's title carries the marker and its district's tile is lit.
    static func expectLit(_ state: AppState, _ frame: Buffer, _ name: String) throws {
        let board = try Self.cardBoard(state)
        let g = board.geometry(in: DashboardLayout(for: state).body)
        let marker = state.asciiOnly ? ">" : "▶"
        for (card, rect) in zip(board.cards, g.cards) {
            let title = (rect.x..<rect.maxX).map { frame[$0, rect.y].symbol }.joined()
            #expect(title.contains(marker + " ") == (card.item == state.selectedIndex), "\(name): card \(card.item) \(title)")
        }
        guard !g.map.isEmpty else { return }
        let lit = (g.map.y..<g.map.maxY).contains { y in (g.map.x..<g.map.maxX).contains { frame[$0, y].role == .mapActive } }
        #expect(lit, "\(name) card \(state.selectedIndex): no district lit on the map")
    }

    /// The same town selected before and after the district filter: only the detail's
    /// city-wide part (the first batch of scenarios) tells the two frames apart.
    @Test("the towns board's detail follows the district filter when the selected town stays")
    func theDetailFollowsTheDistrictFilter() throws {
        var state = Self.board(.towns, width: 200, height: 60, variant: 0)
        let nanhui = try #require(state.items.firstIndex(of: .town("nanhui")))
        state.selection[.towns] = nanhui
        let (remembered, fresh, before) = Self.frames(state) { state in
            state.district = .district("pudong")
            state.refreshItemCache()
            state.selection[.towns] = state.items.firstIndex(of: .town("nanhui"))
        }
        let changed = fresh != before
        let same = remembered == fresh
        #expect(changed)
        #expect(same, "\(Self.firstDifference(remembered, fresh))")
    }

    @Test("a board's cards and map follow a search, a district, a size and a language", arguments: [PanelID.towns, .zones])
    func aBoardFollowsWhatItIsDrawnFrom(_ panel: PanelID) {
        let changes: [(String, (inout AppState) -> Void)] = [
            ("search", { $0.search = "数字孪生"; $0.refreshItemCache() }),
            ("district", { $0.district = .district("pudong"); $0.refreshItemCache() }),
            ("wider", { $0.terminalWidth = 300; $0.terminalHeight = 80 }),
            ("narrower", { $0.terminalWidth = 120; $0.terminalHeight = 36 }),
            ("taller", { $0.terminalHeight = 70 }),
            ("English", { $0.language = .en }),
            ("ASCII", { $0.asciiOnly = true }),
        ]
        for (name, change) in changes {
            var state = Self.board(panel, width: 200, height: 60, variant: 0)
            // Not the first card: the selection's district lit, a card other than the first marked.
            Fixture.press([.down], &state)
            let (remembered, fresh, before) = Self.frames(state, after: change)
            let changed = fresh != before
            let same = remembered == fresh
            #expect(changed, "\(panel) \(name): the change does not show, so this case tests nothing")
            #expect(same, "\(panel) \(name): \(Self.firstDifference(remembered, fresh))")
        }
    }
}
