import CityDashCore

/// Everything that can change the dashboard's state. Keys, resizes, clicks, timer ticks and
/// data reloads all arrive here and only here.
public enum AppEvent: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// A left click at a screen cell.
    case click(x: Int, y: Int)
    /// New valid data from the data directory.
    case dataReloaded(Dataset)
    /// The data directory changed but its data is invalid; the old data stays on screen.
    case dataRejected([Diagnostic])
    /// Time passed: the clock, animations, the ticker and the kiosk's rotation read `now`
    /// (seconds since 1970). The session sends ticks only when something on screen is due.
    case tick(now: Double)
    /// The session performed `AppState.pendingExport`: the files written or why not.
    case exportFinished(ListExport.Outcome)
    /// The session sent `AppState.pendingClipboard` to the terminal.
    case clipboardSent
}
