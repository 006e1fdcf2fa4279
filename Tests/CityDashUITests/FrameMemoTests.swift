import CityDashCore
@testable import CityDashUI
import Testing

/// Frames reuse the regions of the frames before them (`FrameMemo`): a remembered frame must be
/// the frame drawn from nothing, after any change of data, filter, language, selection or size.
@Suite struct FrameMemoTests {
    /// Renders `state` (filling its memo), applies `change`, and returns the frame drawn with
    /// the memo and the frame drawn without it, and the frame before the change.
    static func frames(_ state: AppState, after change: (inout AppState) -> Void)
        -> (remembered: Buffer, fresh: Buffer, before: Buffer) {
        var state = state
        let before = DashboardView.render(state)
        change(&state)
        let remembered = DashboardView.render(state)
        state.frameMemo.removeAll()
        let fresh = DashboardView.render(state)
        return (remembered, fresh, before)
    }

    static func overview() -> AppState {
        var state = Fixture.state(width: 200, height: 60)
        state.refreshItemCache()
        return state
    }

    /// Each change must show on screen (else the test could not fail) and must be drawn.
    static func check(_ name: String, _ change: (inout AppState) -> Void) {
        let (remembered, fresh, before) = frames(overview(), after: change)
        let changed = fresh != before
        let same = remembered == fresh
        #expect(changed, "\(name): the change does not show, so this case tests nothing")
        #expect(same, "\(name): a remembered region is stale: \(firstDifference(remembered, fresh))")
    }

    /// Where two frames first differ, as a short message (not two 12,000-cell dumps).
    static func firstDifference(_ a: Buffer, _ b: Buffer) -> String {
        guard a.area == b.area else { return "sizes \(a.area) and \(b.area)" }
        for y in 0..<a.area.height where a.line(y) != b.line(y) || (0..<a.area.width).contains(where: { a[$0, y] != b[$0, y] }) {
            return "row \(y): \"\(a.line(y))\" / \"\(b.line(y))\""
        }
        return "none"
    }

    @Test func anUnchangedFrameIsCopiedAndTheSame() {
        let state = Self.overview()
        let first = DashboardView.render(state)
        let misses = state.frameMemo.misses
        let hits = state.frameMemo.hits
        let second = DashboardView.render(state)
        let same = second == first
        #expect(same)
        #expect(state.frameMemo.misses == misses, "an unchanged frame drew a region again")
        #expect(state.frameMemo.hits >= hits + 4)
    }

    @Test func newDataRedrawsEveryRegion() throws {
        Self.check("data") { state in
            var dataset = state.dataset
            guard let index = dataset.metrics.firstIndex(where: { $0.id == "city-gdp-2021" }) else { return }
            dataset.metrics[index].short = Localized(zh: "全市生产总值（新）", en: "City GDP (new)")
            dataset.metrics[index].name = Localized(zh: "全市生产总值（新）", en: "City GDP (new)")
            state.dataset = dataset
            state.refreshItemCache()
        }
    }

    @Test func anInPlaceDataEditRedraws() {
        Self.check("in-place data") { state in
            if let index = state.dataset.metrics.firstIndex(where: { $0.id == "city-gdp-2021" }) {
                state.dataset.metrics[index].short = Localized(zh: "全市（改）", en: "City (edited)")
            }
            state.refreshItemCache()
        }
    }

    @Test func aFilterRedraws() {
        Self.check("filter") { state in
            state.filter.status = .target
            state.refreshItemCache()
        }
        Self.check("district") { state in
            state.district = .district("pudong")
            state.refreshItemCache()
        }
        Self.check("search") { state in
            Fixture.type("/5G", &state)
            Fixture.press([.enter], &state)
        }
    }

    @Test func aLanguageRedraws() {
        Self.check("language") { $0.language = .en }
        Self.check("ascii") { $0.asciiOnly = true }
    }

    @Test func aSelectionRedraws() {
        Self.check("selection") { Fixture.press([.down, .down, .down], &$0) }
        Self.check("scroll") { Fixture.press([.pageDown], &$0) }
        Self.check("mark") { Fixture.type("m", &$0) }
    }

    @Test func aSizeOrPanelRedraws() {
        Self.check("size") { $0.terminalWidth = 300; $0.terminalHeight = 80 }
        Self.check("panel") { $0.panel = .sources }
    }

    /// The boards and the district page are remembered too: every panel, after a selection
    /// move and a language change, draws what it draws from nothing.
    @Test func everyPanelRedrawsWhatChanged() {
        for panel in PanelID.allCases {
            for (width, height) in [(200, 60), (120, 36)] {
                var state = Fixture.state(width: width, height: height, panel: panel)
                state.refreshItemCache()
                let (remembered, fresh, before) = Self.frames(state) { Fixture.press([.down], &$0) }
                let moved = fresh != before
                let same = remembered == fresh
                if state.items.count > 1 { #expect(moved, "\(panel) \(width)x\(height): ↓ shows nothing") }
                #expect(same, "\(panel) \(width)x\(height) after ↓: \(Self.firstDifference(remembered, fresh))")
                let (rememberedEn, freshEn, _) = Self.frames(state) { $0.language = .en }
                let sameEn = rememberedEn == freshEn
                #expect(sameEn, "\(panel) \(width)x\(height) in English: \(Self.firstDifference(rememberedEn, freshEn))")
                let again = DashboardView.render(state)
                let sameAgain = again == DashboardView.render(state)
                #expect(sameAgain)
            }
        }
    }

    /// Presses each key in turn from `state` and after each compares the frame drawn with the
    /// memo of every frame before it with the frame drawn from nothing. Returns how many keys
    /// changed the frame (so a caller can check that the walk showed something).
    @discardableResult
    static func walk(_ name: String, _ state: AppState, keys: [Key]) -> Int {
        var state = state
        state.refreshItemCache()
        var last = DashboardView.render(state)
        var changes = 0
        for (step, key) in keys.enumerated() {
            Fixture.press([key], &state)
            let remembered = DashboardView.render(state)
            let fresh = state
            fresh.frameMemo.removeAll()
            let drawn = DashboardView.render(fresh)
            if drawn != last { changes += 1 }
            last = drawn
            let same = remembered == drawn
            #expect(same, "\(name), key \(step + 1) (\(key)): \(firstDifference(remembered, drawn))")
            if !same { return changes }
        }
        return changes
    }

    static let sizes = [(80, 24), (120, 40), (200, 60), (300, 80)]

    /// The district page's banner, map, ranking, cards and what is under them are keyed on the
    /// district, its text on the selection: ↓ through every record and back ↑, on districts
    /// with much, a little and nothing, and the whole city.
    @Test(arguments: ["pudong", "xuhui", "yangpu", "songjiang", "fengxian", "jinshan", "city"])
    func theDistrictPageFollowsTheSelection(_ district: String) {
        for (width, height) in Self.sizes {
            for language in Language.allCases {
                var state = Fixture.state(width: width, height: height, panel: .district, language: language)
                if district != "city" { state.district = .district(district) }
                state.refreshItemCache()
                let count = state.items.count
                let keys = Array(repeating: Key.down, count: count) + Array(repeating: Key.up, count: count)
                let changes = Self.walk("\(district) \(width)x\(height) \(language)", state, keys: keys)
                if count > 1 { #expect(changes >= 2 * (count - 1), "\(district) \(width)x\(height): ↓↑ showed \(changes) changes") }
            }
        }
    }

    /// `[` and `]` step through the districts: every part of the page follows, with the
    /// selection moved first (so a part keyed on the selection alone would be stale).
    @Test func theDistrictPageFollowsTheDistrict() {
        for (width, height) in Self.sizes {
            var state = Fixture.state(width: width, height: height, panel: .district)
            state.district = .district("pudong")
            let keys = (0..<18).flatMap { _ in [Key.down, .character("]")] } + (0..<6).flatMap { _ in [Key.character("["), .down] }
            let changes = Self.walk("districts \(width)x\(height)", state, keys: keys)
            #expect(changes >= 18, "\(width)x\(height): [ ] showed \(changes) changes")
            var ascii = state
            ascii.asciiOnly = true
            Self.walk("districts ascii \(width)x\(height)", ascii, keys: [.down, .character("]"), .down, .character("["), .down])
        }
    }

    /// The projects board's axis is keyed on the selected day and its list on the first row
    /// shown, the selection drawn over both: ↓ through every record, ←→ from day to day, a
    /// search that narrows the list.
    @Test func theTimelineFollowsTheSelection() {
        for (width, height) in Self.sizes {
            for language in Language.allCases {
                var state = Fixture.state(width: width, height: height, panel: .projects, language: language)
                state.refreshItemCache()
                let count = state.items.count
                let name = "projects \(width)x\(height) \(language)"
                let down = Self.walk(name + " ↓↑", state,
                                     keys: Array(repeating: .down, count: count) + Array(repeating: .up, count: count))
                #expect(down >= 2 * (count - 1), "\(name): ↓↑ showed \(down) changes")
                let days = Self.walk(name + " ←→", state,
                                     keys: Array(repeating: .right, count: 10) + Array(repeating: .left, count: 10)
                                         + [.down, .down, .right, .down, .left, .up])
                #expect(days >= 10, "\(name): ←→ showed \(days) changes")
            }
            var state = Fixture.state(width: width, height: height, panel: .projects)
            state.refreshItemCache()
            Self.walk("projects search \(width)x\(height)", state,
                      keys: [.right, .right, .character("/"), .character("2"), .character("0"), .enter, .down, .right,
                             .character("l"), .down, .left])
        }
    }

    /// The actions and sources boards keep what does not show the selection (the chart box,
    /// the cards, the comparison, each chart's and article's cells) across keys: a walk down
    /// the list and back, with a jump to the end, draws at each step what a fresh frame draws.
    @Test(arguments: [PanelID.actions, .sources])
    func aBoardFollowsTheSelection(_ panel: PanelID) {
        for (width, height) in [(200, 60), (300, 80), (120, 40)] {
            for language in Language.allCases {
                var state = Fixture.state(width: width, height: height, panel: panel, language: language)
                state.refreshItemCache()
                #expect(PanelBoard.draws(state), "\(panel) \(width)x\(height): not a board, so this tests nothing")
                let keys: [Key] = Array(repeating: .down, count: state.items.count) + [.up, .up, .end, .home, .down]
                var before = DashboardView.render(state)
                for (step, key) in keys.enumerated() {
                    let index = state.selectedIndex
                    Fixture.press([key], &state)
                    let remembered = DashboardView.render(state)
                    state.frameMemo.removeAll()
                    let fresh = DashboardView.render(state)
                    let name = "\(panel) \(width)x\(height) \(language) step \(step) (\(index) to \(state.selectedIndex))"
                    if state.selectedIndex != index { #expect(fresh != before, "\(name): the move does not show") }
                    let same = remembered == fresh
                    #expect(same, "\(name): \(Self.firstDifference(remembered, fresh))")
                    before = fresh
                }
            }
        }
    }

    /// After the first frame, a move of the selection draws again only the board (the region
    /// keyed on the selection): the chart box, the cards and the comparison are copied.
    @Test(arguments: [PanelID.actions, .sources])
    func aMoveCopiesWhatDoesNotShowTheSelection(_ panel: PanelID) {
        var state = Fixture.state(width: 300, height: 80, panel: panel)
        state.refreshItemCache()
        _ = DashboardView.render(state)
        Fixture.press([.down], &state)
        let misses = state.frameMemo.misses
        _ = DashboardView.render(state)
        #expect(state.frameMemo.misses == misses + 1, "a region that does not show the selection was drawn again")
    }

    /// A state drawn once (`drawOnce`, a one-shot `render`) draws its regions straight into the
    /// frame: the frame must be the one drawn through the memo, on every panel, board, page and
    /// size, in both languages, after a move of the selection too.
    @Test func aFrameDrawnOnceIsTheSame() {
        for panel in PanelID.allCases {
            for (width, height) in Self.sizes {
                for language in Language.allCases {
                    var state = Fixture.state(width: width, height: height, panel: panel, language: language)
                    if panel == .district { state.district = .district("pudong") }
                    state.refreshItemCache()
                    for step in 0..<2 {
                        if step == 1 { Fixture.press([.down], &state) }
                        let remembered = DashboardView.render(state)
                        var once = state
                        once.drawOnce()
                        let drawn = DashboardView.render(once)
                        let same = remembered == drawn
                        #expect(same, "\(panel) \(width)x\(height) \(language) step \(step): \(Self.firstDifference(remembered, drawn))")
                    }
                }
            }
        }
    }

    /// One region per slot, whatever was drawn before: the memo cannot grow with use.
    @Test func theMemoStaysBounded() {
        var state = Self.overview()
        for step in 0..<40 {
            Fixture.press([.down], &state)
            if step % 7 == 0 { state.language = state.language == .zh ? .en : .zh }
            _ = DashboardView.render(state)
        }
        #expect(state.frameMemo.cellCount <= 200 * 60 * FrameMemo.Slot.allCases.count)
    }
}
