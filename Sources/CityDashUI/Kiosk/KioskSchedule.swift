import Foundation

/// When the screen next needs to change by itself, so the session can sleep until then and
/// not wake otherwise. nil: nothing is due; sleep until input.
public enum KioskSchedule {
    public static func nextWake(_ state: AppState) -> Double? {
        guard let kiosk = state.kiosk else { return nil }
        let now = state.now
        if kiosk.startedAt == 0 { return now }
        let nextMinute = (floor((now + Double(kiosk.utcOffset)) / 60) + 1) * 60 - Double(kiosk.utcOffset)
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
