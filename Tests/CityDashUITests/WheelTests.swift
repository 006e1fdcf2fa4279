import CityDashCore
@testable import CityDashUI
import Testing

/// Mouse-wheel notches scroll whatever has the focus, three rows a notch, in normal and visitor
/// mode; in the attract loop the first notch only wakes the screen, like the first key.
@Suite struct WheelTests {
    @Test func notchesMoveTheListSelectionThreeRowsEach() {
        var state = Fixture.state(width: 120, height: 40)
        #expect(state.items.count > 10)
        AppReducer.reduce(&state, .wheel(notches: 2))
        #expect(state.selectedIndex == 6)
        AppReducer.reduce(&state, .wheel(notches: -1))
        #expect(state.selectedIndex == 3)
        AppReducer.reduce(&state, .wheel(notches: -5))
        #expect(state.selectedIndex == 0, "the wheel stops at the top")
        AppReducer.reduce(&state, .wheel(notches: 1000))
        #expect(state.selectedIndex == state.items.count - 1, "and at the bottom")
    }

    @Test func notchesScrollAnOpenDetailAndMoveInThePicker() {
        // The longest detail of any list at 80x24, so that it can scroll (detail scrolling is
        // clamped to its content).
        var state = Fixture.state(width: 80, height: 24)
        let longest = PanelID.allCases.flatMap { panel in
            state.items(for: panel).enumerated().map { (panel: panel, index: $0.offset, item: $0.element) }
        }.max { AppReducer.detailScrollLimit($0.item, state) < AppReducer.detailScrollLimit($1.item, state) }
        if let longest {
            state.panel = longest.panel
            state.selection[longest.panel] = longest.index
        }
        AppReducer.reduce(&state, .key(.enter))
        guard case .detail(let opened, 0) = state.overlay else {
            Issue.record("Enter should open the details, overlay is \(state.overlay)")
            return
        }
        AppReducer.reduce(&state, .wheel(notches: 1))
        guard case .detail(_, let scroll) = state.overlay else {
            Issue.record("the wheel closed the details")
            return
        }
        #expect(AppReducer.detailScrollLimit(opened, state) >= 3, "the chosen detail is too short to test scrolling")
        #expect(scroll == 3)

        var picker = Fixture.state(width: 120, height: 40)
        AppReducer.reduce(&picker, .key(.character("d")))
        AppReducer.reduce(&picker, .wheel(notches: 1))
        guard case .districtPicker(let open) = picker.overlay else {
            Issue.record("the wheel closed the district picker")
            return
        }
        // One notch moves the picker exactly as three ↓ do (on the map, ↓ follows the tiles).
        var pressed = Fixture.state(width: 120, height: 40)
        Fixture.press([.character("d"), .down, .down, .down], &pressed)
        #expect(picker.overlay == pressed.overlay)
        #expect(open.selection != 0)
    }

    @Test func inTheKioskTheFirstNotchWakesAndTheNextOnesScroll() {
        var config = KioskConfig()
        config.playlist = [KioskPage(panel: "overview")]
        var state = Fixture.state(width: 120, height: 36)
        state.kiosk = KioskState(config: config, dataset: Fixture.dataset, rotate: nil, idle: 60, unlock: "open",
                                 utcOffset: 0)
        AppReducer.reduce(&state, .tick(now: 1_000))
        AppReducer.reduce(&state, .wheel(notches: 1))
        #expect(state.kiosk?.isPaused == true)
        #expect(state.selectedIndex == 0, "the waking notch only wakes")
        #expect(!AppReducer.reduce(&state, .wheel(notches: 1)).quit)
        #expect(state.selectedIndex == 3)
        #expect(state.kiosk?.lastInputAt == 1_000)
    }
}
