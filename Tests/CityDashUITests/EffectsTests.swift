import CityDashCore
@testable import CityDashUI
import Testing

/// `AppReducer.reduce` returns the effects an event asks for. Only a kiosk tick that moved
/// nothing but the clock rows may ask for less than a full redraw, so a change to any other
/// state field can never leave a stale frame.
@Suite("Reducer effects")
struct EffectsTests {
    static let start = KioskTests.start

    /// A kiosk on its first page, the arrival animation over.
    static func settledKiosk() -> AppState {
        var state = KioskTests.kioskState(rotate: 20, width: 200, height: 60)
        AppReducer.reduce(&state, .tick(now: start + 2))
        return state
    }

    @Test func aKeyRedrawsEverythingAndAsksForNothingElse() {
        var state = Fixture.state()
        #expect(AppReducer.reduce(&state, .key(.down)) == Effects(redraw: .all))
        #expect(state.requested == Effects(), "the requests are drained when reduce returns")
    }

    @Test func aKioskTickInsideAPageRedrawsOnlyTheClockRows() {
        var state = Self.settledKiosk()
        var clockOnly = 0
        for step in 1...40 {
            let before = state
            let effects = AppReducer.reduce(&state, .tick(now: Self.start + 2 + Double(step) * 0.25))
            #expect(state.kiosk?.index == before.kiosk?.index, "the page did not turn within 12 s")
            if effects.redraw == .clockRows {
                clockOnly += 1
                #expect(state.selection == before.selection && state.scroll == before.scroll
                        && state.margin == before.margin && state.panel == before.panel)
            } else {
                #expect(effects.redraw == .all)
            }
        }
        #expect(clockOnly > 0)
    }

    @Test func aTickThatTurnsThePageOrAnimatesRedrawsEverything() {
        var state = Self.settledKiosk()
        let page = state.kiosk?.index
        #expect(AppReducer.reduce(&state, .tick(now: Self.start + 20.1)).redraw == .all)
        #expect(state.kiosk?.index != page)
        // The new page's arrival animation changes the cards, not only the clock rows.
        #expect(AppReducer.reduce(&state, .tick(now: Self.start + 20.3)).redraw == .all)
        // The tick after the animation ended draws its last frame in full too.
        #expect(AppReducer.reduce(&state, .tick(now: Self.start + 21.5)).redraw == .all)
    }

    @Test func theQuitKeyAsksToQuitOutsideKioskModeOnly() {
        var state = Fixture.state()
        #expect(AppReducer.reduce(&state, .key(.character("q"))) == Effects(redraw: .all, quit: true))
        var kiosk = Self.settledKiosk()
        #expect(!Fixture.press([.character("x"), .character("q")], &kiosk).quit)
    }

    /// Whatever events come between two ticks, the frame they leave is the one drawn: a
    /// session that patches the clock rows only when the merged effects allow it always shows
    /// what a full redraw would.
    @Test func anyEventBetweenTicksRedrawsEverything() {
        let events: [AppEvent] = [.key(.character(" ")), .key(.down), .key(.character("l")), .key(.character("t")),
                                  .resize(width: 200, height: 60), .click(x: 10, y: 10), .wheel(notches: 1),
                                  .dataReloaded(Fixture.dataset), .dataRejected([]),
                                  .exportFinished(.failed("/x: Permission denied"))]
        for event in events {
            var state = Self.settledKiosk()
            var frame = DashboardView.render(state)
            var pending = AppReducer.reduce(&state, event)
            #expect(pending.redraw == .all, "\(event)")
            for step in 1...12 {
                pending = pending.merged(with: AppReducer.reduce(&state, .tick(now: Self.start + 2 + Double(step) * 0.25)))
                if pending.redraw == .clockRows && DashboardView.canPatchClockRows(state) {
                    DashboardView.refreshClockRows(state, in: &frame)
                } else {
                    frame = DashboardView.render(state)
                }
                #expect(frame == DashboardView.render(state), "stale frame after \(event), tick \(step)")
                pending = Effects()
            }
        }
    }

    @Test func mergingKeepsTheLargerRedrawAndEveryRequest() {
        let export = ListExport(kinds: [.metrics], query: RecordQuery(), format: .csv, directory: ".")
        let merged = Effects(redraw: .all, export: export).merged(with: Effects(redraw: .clockRows, clipboard: "c"))
        #expect(merged == Effects(redraw: .all, export: export, clipboard: "c"))
        #expect(Effects(redraw: .clockRows).merged(with: Effects(quit: true)) == Effects(redraw: .clockRows, quit: true))
    }
}
