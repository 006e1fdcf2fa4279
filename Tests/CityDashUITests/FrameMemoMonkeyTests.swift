import CityDashCore
@testable import CityDashUI
import Testing

/// The regions `FrameMemo` gives back are keyed on hand-picked fields, so a field left out of a
/// key would leave a stale region on screen. Random events (every key, the wheel, clicks,
/// resizes, reloads, ticks; normal and kiosk mode) drive the reducer, and after each one the
/// frame drawn with the memo of all frames before must equal the frame drawn from nothing.
@Suite struct FrameMemoMonkeyTests {
    static func event(_ random: inout SplitMix64, now: inout Double, datasets: [Dataset]) -> AppEvent {
        // The wheel scrolls without moving the selection: the case a key could most easily miss.
        if random.int(0...9) == 0 { return .wheel(notches: random.int(-3...3)) }
        return MonkeyTests.randomEvent(&random, now: &now, datasets: datasets)
    }

    @Test(arguments: [(UInt64(11), false), (UInt64(12), true), (UInt64(13), false)])
    func rememberedFramesAreFresh(seed: UInt64, kiosk: Bool) {
        var random = SplitMix64(seed: seed)
        var smaller = Fixture.dataset
        smaller.metrics = Array(smaller.metrics.prefix(7))
        let datasets = [Fixture.dataset, smaller]
        var state = Fixture.state(width: 200, height: 60)
        var now = 1_700_000_000.0
        if kiosk { MonkeyTests.startKiosk(&state, now: now) }
        var stale = 0
        for step in 0..<Fixture.scaled("FrameMemoMonkeyTests events per run (3 runs)", full: 3_000, quick: 600) {
            let event = Self.event(&random, now: &now, datasets: datasets)
            _ = AppReducer.reduce(&state, event)
            // Sizes the monkey picks: keep the frames big enough to show panels, not the notice.
            if state.terminalWidth < 80 || state.terminalHeight < 24 {
                AppReducer.reduce(&state, .resize(width: random.int(80...220), height: random.int(24...70)))
            }
            let remembered = DashboardView.render(state)
            let fresh = state
            fresh.frameMemo.removeAll()
            // `removeAll` empties the memo the copies share; the next frame refills it.
            let drawn = DashboardView.render(fresh)
            if remembered != drawn {
                stale += 1
                Issue.record("step \(step) after \(event): \(FrameMemoTests.firstDifference(remembered, drawn))")
                if stale > 3 { return }
            }
        }
    }
}
