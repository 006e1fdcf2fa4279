/// How the unattended booth display runs: its playlist, timings, unlock sequence and ticker.
/// Read from `kiosk.yaml` (see docs/data-format.md); command-line options override it.
public struct KioskConfig: Hashable, Sendable {
    /// Default seconds per page.
    public var rotate: Double = 20
    /// Seconds without input after which a visitor's session returns to the attract loop.
    public var idle: Double = 60
    /// Typed sequence that exits kiosk mode; nil means no keyboard exit at all.
    public var unlock: String?
    /// Language the loop runs in and returns to.
    public var language: String = "zh"
    /// Theme the loop runs in and returns to (dark, light or contrast); nil: the command line's.
    public var theme: String?
    /// Default seconds between selection steps on a page's list (pages may set their own).
    public var advance: Double = 4
    /// Minutes between one-cell moves of the whole frame against burn-in; nil: never.
    public var shiftMinutes: Int?
    public var playlist: [KioskPage] = [
        KioskPage(panel: "overview"), KioskPage(panel: "towns"), KioskPage(panel: "zones"),
        KioskPage(panel: "actions"), KioskPage(panel: "projects"),
    ]
    /// Metric ids scrolled in the ticker; empty means the headline figures.
    public var ticker: [String] = []
    /// Pages that would show nothing for the data read with the config, as
    /// `kiosk.yaml:LINE:COLUMN: warning: ...`: not errors (the booth skips such a page), but
    /// `validate` prints them so staff can fix the playlist.
    public var warnings: [Diagnostic] = []

    public init() {}
}
