import Foundation

/// When the screen next needs to change by itself, so the session can sleep until then and
/// not wake otherwise. nil: nothing is due; sleep until input. Times are monotonic (the clock
/// of `AppState.now`); only the clock's next minute is found on the wall clock and converted.
public enum KioskSchedule {
    public static func nextWake(_ state: AppState) -> Double? {
        guard let kiosk = state.kiosk else { return nil }
        let now = state.now
        if kiosk.startedAt == 0 { return now }
        let wall = kiosk.wallClock, offset = Double(kiosk.utcOffset)
        let nextWallMinute = (floor((wall + offset) / 60) + 1) * 60 - offset
        let nextMinute = now + (nextWallMinute - wall)
        if kiosk.isPaused {
            return min(kiosk.lastInputAt + kiosk.idleTimeout, nextMinute)
        }
        var due = min(kiosk.pageStartedAt + kiosk.page.duration, nextMinute)
        let age = now - kiosk.pageStartedAt
        if age < KioskState.countUpDuration {
            due = min(due, now + 1.0 / KioskState.countUpFramesPerSecond)
        }
        if !kiosk.ticker.isEmpty {
            let step = KioskState.tickerStep
            due = min(due, kiosk.startedAt + (floor((now - kiosk.startedAt) / step) + 1) * step)
        }
        return max(due, now)
    }
}
