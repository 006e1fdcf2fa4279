import CityDashCore

/// What the reducer asks the run loop to do after an event, returned by `AppReducer.reduce`
/// (Bubble Tea's `(Model, Cmd)`, htop's `Htop_Reaction`). The reducer stays pure: it states
/// the effects, the session performs them and answers with events (`.exportFinished`).
public struct Effects: Equatable, Sendable {
    /// How much of the screen must be drawn again.
    public enum Redraw: Int, Comparable, Sendable {
        case none
        /// Only the rows that follow the clock (clock, ticker, status): a kiosk tick that
        /// changed nothing else. `DashboardView.refreshClockRows` patches the last frame.
        case clockRows
        /// Everything: any event other than such a tick.
        case all

        public static func < (a: Redraw, b: Redraw) -> Bool { a.rawValue < b.rawValue }
    }

    public var redraw: Redraw = .none
    /// Leave the dashboard (`q`, Ctrl-C, the kiosk's unlock sequence).
    public var quit = false
    /// Write this list to files, then send `.exportFinished` with the outcome.
    public var export: ListExport?
    /// Send this text to the terminal's clipboard (OSC 52).
    public var clipboard: String?

    public init(redraw: Redraw = .none, quit: Bool = false, export: ListExport? = nil, clipboard: String? = nil) {
        self.redraw = redraw
        self.quit = quit
        self.export = export
        self.clipboard = clipboard
    }

    /// Effects of two events in a row: the larger redraw, and each request the later one
    /// did not replace.
    public func merged(with later: Effects) -> Effects {
        Effects(redraw: max(redraw, later.redraw), quit: quit || later.quit, export: later.export ?? export,
                clipboard: later.clipboard ?? clipboard)
    }
}
