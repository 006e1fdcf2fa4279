import CityDashCore

/// The visitor's countdown: "returns to the show in 12 s". It counts in tens while more than
/// ten seconds are left and in seconds for the last ten, so a browsing visitor's screen (and
/// the process) changes every ten seconds, and every second only at the very end.
public enum KioskCountdown {
    /// Seconds shown, rounded up: to the next ten above ten seconds, exactly below.
    public static func shown(_ kiosk: KioskState, now: Double) -> Int {
        let left = max(0, kiosk.lastInputAt + kiosk.idleTimeout - now)
        let seconds = Int(max(0, left - KioskState.tolerance).rounded(.up))
        return seconds > 10 ? (seconds + 9) / 10 * 10 : seconds
    }

    /// When the number shown next changes (monotonic seconds).
    static func nextChange(_ kiosk: KioskState, now: Double) -> Double {
        let shown = Double(shown(kiosk, now: now))
        let end = kiosk.lastInputAt + kiosk.idleTimeout
        // The number drops when the time left reaches the next lower value shown.
        let next = shown > 10 ? shown - 10 : shown - 1
        return max(now, end - max(0, next))
    }

    /// The line itself, in the visitor's language.
    public static func text(_ kiosk: KioskState, now: Double, _ lang: Language) -> String {
        let seconds = shown(kiosk, now: now)
        return lang == .zh ? "浏览中 · \(seconds)秒后返回展示" : "Browsing · returns to the show in \(seconds) s"
    }
}
