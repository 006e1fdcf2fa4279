import CityDashCore
@testable import CityDashUI
import Foundation
import CityDashTestBridge
import Testing

/// The kiosk on two injected clocks: a monotonic one that schedules everything and a wall
/// clock that NTP may step by an hour either way. A step must move the on-screen time and
/// nothing else: no stalled rotation, no zeros in the headline cards, no 12 wake-ups a second.
@Suite struct KioskClockTests {
    /// Seconds since boot (CLOCK_MONOTONIC) and since 1970 (2023-11-14 22:13:20 UTC) at start.
    static let boot = 5_000.0
    static let wallStart = 1_700_000_000.0
    static let hour = 3600.0

    static func kioskState(rotate: Double = 10, idle: Double = 60) -> AppState {
        var config = KioskConfig()
        config.rotate = rotate
        config.playlist = [KioskPage(panel: "overview"), KioskPage(panel: "towns"), KioskPage(panel: "zones")]
        var state = Fixture.state(width: 120, height: 36)
        state.kiosk = KioskState(config: config, dataset: Fixture.dataset, rotate: nil, idle: idle, unlock: "open",
                                 utcOffset: 0)
        AppReducer.reduce(&state, .tick(Instant(monotonic: boot, wall: wallStart)))
        return state
    }

    /// A tick `elapsed` seconds after start on the monotonic clock, with the wall clock off by `step`.
    static func tick(_ state: inout AppState, _ elapsed: Double, wallStep step: Double) {
        AppReducer.reduce(&state, .tick(Instant(monotonic: boot + elapsed, wall: wallStart + elapsed + step)))
    }

    /// The seconds (since start) at which the page changed, ticking every 0.5 s for a minute,
    /// with the wall clock stepped by `step` from second 12 on.
    static func pageChanges(wallStep step: Double) -> [Double] {
        var state = kioskState(rotate: 10)
        var changes: [Double] = [0]
        for elapsed in stride(from: 0.5, through: 60, by: 0.5) {
            let before = state.kiosk?.index
            tick(&state, elapsed, wallStep: elapsed >= 12 ? step : 0)
            if state.kiosk?.index != before { changes.append(elapsed) }
        }
        return changes
    }

    @Test(arguments: [-hour, hour])
    func aWallClockStepDoesNotMoveThePageRotation(step: Double) {
        #expect(Self.pageChanges(wallStep: step) == [0, 10, 20, 30, 40, 50, 60],
                "a wall-clock step of \(step) s changed when pages turn")
    }

    @Test(arguments: [-hour, hour])
    func headlineFiguresStayCountedUpAfterAStep(step: Double) {
        var state = Self.kioskState(rotate: 20)
        Self.tick(&state, 2, wallStep: 0)
        #expect(KioskArrival.progress(state) == 1)
        Self.tick(&state, 2.5, wallStep: step)
        #expect(KioskArrival.progress(state) == 1, "a step of \(step) s restarted the arrival")
    }

    @Test(arguments: [-hour, hour])
    func aStepDoesNotMakeTheKioskWakeForAnimation(step: Double) throws {
        var state = Self.kioskState(rotate: 20)
        Self.tick(&state, 2, wallStep: step)
        let wake = try #require(KioskSchedule.nextWake(state))
        // The next ticker step (0.25 s), not an arrival frame and not "now".
        #expect(abs(wake - (Self.boot + 2.25)) < 1e-6, "next wake \(wake - state.now) s after now")
    }

    @Test(arguments: [-hour, hour])
    func aStepDoesNotEndOrProlongAVisitorsSession(step: Double) {
        var state = Self.kioskState(idle: 60)
        Self.tick(&state, 1, wallStep: 0)
        AppReducer.reduce(&state, .key(.character(" ")))
        Self.tick(&state, 30, wallStep: step)
        #expect(state.kiosk?.isPaused == true, "a step of \(step) s ended the visitor's session after 29 s")
        Self.tick(&state, 61, wallStep: step)
        #expect(state.kiosk?.isPaused == false, "60 s without input should return to the loop whatever the wall clock says")
    }

    @Test func theOnScreenClockFollowsTheWallClockAndItsMinute() throws {
        var state = Self.kioskState()
        // 2023-11-14 22:13:20 UTC.
        #expect(KioskChrome.clock(state) == "22:13")
        Self.tick(&state, 2, wallStep: Self.hour)
        #expect(KioskChrome.clock(state) == "23:13")
        Self.tick(&state, 4, wallStep: -Self.hour)
        #expect(KioskChrome.clock(state) == "21:13")
        // Paused, the session wakes for the clock's next minute on the wall clock (22:14:00 is
        // 6 s after 22:13:54), measured on the monotonic clock; the visitor's countdown would
        // next change only 10 s after the key.
        AppReducer.reduce(&state, .key(.character(" ")))
        Self.tick(&state, 4, wallStep: 30)
        let wake = try #require(KioskSchedule.nextWake(state))
        #expect(abs(wake - (Self.boot + 4 + 6)) < 1e-6)
    }
}
