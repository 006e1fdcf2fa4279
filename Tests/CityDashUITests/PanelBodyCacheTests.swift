import CityDashCore
@testable import CityDashUI
import Testing

/// The district page and the boards copy their body from the last frame while the state is
/// equal (`PanelBodyCache`). Each case draws a state, changes one thing, and checks that the
/// body drawn through the warm cache is the one a cold cache draws, and that the change shows.
@Suite struct PanelBodyCacheTests {
    /// One change to a state: what the page must redraw for.
    struct Change: CustomTestStringConvertible, Sendable {
        var name: String
        var panel: PanelID
        var apply: @Sendable (inout AppState) -> Void
        var testDescription: String { "\(panel.rawValue): \(name)" }
    }

    static func base(_ panel: PanelID) -> AppState {
        var state = Fixture.state(width: 200, height: 60, panel: panel)
        if panel == .district { state.district = .district("pudong") }
        state.refreshItemCache()
        return state
    }

    static func body(_ state: AppState, _ cache: PanelBodyCache) -> Buffer {
        var buffer = Buffer(width: state.width, height: state.height)
        let body = DashboardLayout(for: state).body
        if state.panel == .district {
            DistrictPage.render(state, in: body, buffer: &buffer, cache: cache)
        } else {
            PanelBoard.render(state, in: body, buffer: &buffer, cache: cache)
        }
        return buffer
    }

    static let changes: [Change] = [PanelID.district, .towns, .zones, .projects].flatMap { panel in [
        Change(name: "language", panel: panel) { $0.language = .en },
        Change(name: "selection", panel: panel) { Fixture.press([.down], &$0) },
        Change(name: "data edited in place", panel: panel) { state in
            // Every card, page and axis names districts: rename them all.
            for index in state.dataset.districts.indices {
                state.dataset.districts[index].name = Localized(zh: "测试区", en: "Testville")
                state.dataset.districts[index].short = Localized(zh: "测试", en: "Test")
            }
            for index in state.dataset.newTowns.indices {
                state.dataset.newTowns[index].name = Localized(zh: "测试新城", en: "Test town")
            }
            for index in state.dataset.zones.indices {
                state.dataset.zones[index].name = Localized(zh: "测试示范区", en: "Test zone")
            }
            for index in state.dataset.events.indices {
                state.dataset.events[index].name = Localized(zh: "测试大事", en: "Test event")
            }
        },
        Change(name: "district", panel: panel) { state in
            state.district = .district(panel == .district ? "xuhui" : "yangpu")
            state.refreshItemCache()
        },
    ] + (panel == .district ? [] : [
        // The district page lists the whole district whatever the search.
        Change(name: "search", panel: panel) { state in Fixture.type("/数字", &state) },
    ]) + [
        Change(name: "article filter", panel: panel) { state in
            state.filter = RecordFilter(source: state.dataset.sources.last?.id)
            state.refreshItemCache()
        },
        Change(name: "ASCII", panel: panel) { $0.asciiOnly = true },
        Change(name: "size", panel: panel) { $0.terminalHeight = 70 },
    ] }

    @Test("a change redraws the body", arguments: changes)
    func changeRedraws(_ change: Change) {
        let cache = PanelBodyCache()
        let before = Self.base(change.panel)
        let first = Self.body(before, cache)
        #expect(Self.body(before, cache) == first, "an equal state draws the same body")
        var after = before
        change.apply(&after)
        let cached = Self.body(after, cache)
        let cold = Self.body(after, PanelBodyCache())
        // Compared apart, so a failure prints the rows that differ, not every cell.
        let fresh = cached == cold
        let shows = cold != first
        #expect(fresh, "the warm cache gave back a stale body after \(change.name): \(Self.differing(cached, cold))")
        #expect(shows, "the change does not show on this page, so the case tests nothing")
    }

    static func differing(_ a: Buffer, _ b: Buffer) -> [String] {
        (0..<a.area.height).filter { a.line($0) != b.line($0) }.prefix(3).map { "\(a.line($0)) | \(b.line($0))" }
    }
}

/// `DetailLine.rows` keeps each text's wrapped rows (`WrapMemo`): the key must hold everything
/// the rows depend on, and the role is applied per line, not kept.
@Suite struct WrapMemoTests {
    @Test func rowsFollowWidthIndentAndRole() {
        let text = "文章提到的特色区域：徐汇漕河泾、西岸（徐汇滨江），杨浦长阳秀带、大创智、创智天地、五角场"
        for width in [12, 20, 31, 80] {
            for (indent, hanging) in [(0, 0), (2, 2), (1, 4)] {
                for role in [Role.normal, .selection] {
                    let line = DetailLine(text, role: role, indent: indent, hanging: hanging)
                    let rows = DetailLine.rows([line], width: width)
                    #expect(rows.map(\.0) == DetailLine.wrappedText(line, width: width), "width \(width) indent \(indent)")
                    #expect(rows.allSatisfy { $0.1 == role })
                }
            }
        }
    }

    /// Canonically equal texts are different texts to the terminal: each keeps its own scalars.
    @Test func canonicallyEqualTextsAreKeptApart() {
        let composed = DetailLine("caf\u{E9} 数字化转型")
        let decomposed = DetailLine("cafe\u{301} 数字化转型")
        #expect(composed.text == decomposed.text, "Swift calls them equal; the memo must not")
        let first = DetailLine.rows([composed], width: 40).map(\.0).joined()
        let second = DetailLine.rows([decomposed], width: 40).map(\.0).joined()
        #expect(Array(first.unicodeScalars) == Array(DetailLine.wrappedText(composed, width: 40).joined().unicodeScalars))
        #expect(Array(second.unicodeScalars) == Array(DetailLine.wrappedText(decomposed, width: 40).joined().unicodeScalars))
        #expect(Array(first.unicodeScalars) != Array(second.unicodeScalars))
    }
}
