/// When the screen next needs to change by itself, so the session can sleep until then and
/// not wake otherwise. nil: nothing is due; sleep until input (always the case outside kiosk
/// mode). In the loop it wakes only for what moves on screen: the page's end, its next
/// selection step, a frame of the figures' arrival, a ticker step, the clock's minute, the
/// visitor's countdown and the burn-in shift. Times are monotonic (the clock of
/// `AppState.now`); only the clock's next minute is found on the wall clock and converted.
public enum KioskSchedule {
    public static func nextWake(_ state: AppState) -> Double? {
        guard let kiosk = state.kiosk else { return nil }
        let now = state.now
        if kiosk.startedAt == 0 { return now }
        let wall = kiosk.wallClock, offset = Double(kiosk.utcOffset)
        let nextWallMinute = (((wall + offset) / 60).rounded(.down) + 1) * 60 - offset
        var due = now + (nextWallMinute - wall)
        if let move = KioskShift.nextMove(kiosk, now: now) { due = min(due, move) }
        if kiosk.isPaused {
            let countdown = KioskCountdown.nextChange(kiosk, now: now)
            return max(now, min(due, kiosk.lastInputAt + kiosk.idleTimeout, countdown))
        }
        let motion = KioskMotion(state)
        let age = now - kiosk.pageStartedAt
        due = min(due, kiosk.pageStartedAt + kiosk.page.duration)
        if let motion, motion.moves { due = min(due, kiosk.pageStartedAt + motion.nextStep(after: age)) }
        if let frame = KioskArrival.nextFrame(state) { due = min(due, frame) }
        if !kiosk.ticker.isEmpty {
            let step = KioskState.tickerStep
            due = min(due, kiosk.startedAt + (((now - kiosk.startedAt + KioskState.tolerance) / step).rounded(.down) + 1) * step)
        }
        return max(due, now)
    }
}
