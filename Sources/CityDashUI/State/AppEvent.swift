import CityDashCore

/// Everything that can change the dashboard's state. Keys, resizes, clicks, timer ticks and
/// data reloads all arrive here and only here.
public enum AppEvent: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// A left click at a screen cell.
    case click(x: Int, y: Int)
    /// Mouse-wheel notches: negative away from the user (up), positive towards (down).
    /// Scrolls whatever list or text has the focus.
    case wheel(notches: Int)
    /// New valid data from the data directory.
    case dataReloaded(Dataset)
    /// The data directory changed but its data is invalid; the old data stays on screen.
    case dataRejected([Diagnostic])
    /// Time passed: animations, the ticker and the kiosk's rotation follow the monotonic
    /// reading, the on-screen clock the wall reading. The session sends ticks only when
    /// something on screen is due.
    case tick(Instant)

    /// A tick where both clocks read `now`: for tests and tools that need no wall-clock step.
    public static func tick(now: Double) -> AppEvent { .tick(Instant(monotonic: now, wall: now)) }

    /// The session performed `Effects.export`: the files written or why not.
    case exportFinished(ListExport.Outcome)
}
