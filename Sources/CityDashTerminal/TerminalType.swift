import CityDashCore
import CNCursesW

/// The terminfo entry the dashboard draws with, chosen from TERM before curses starts, so
/// that ncurses never prints its own "Error opening terminal" and exits 1.
///
/// - A TERM with a usable terminfo entry is used as it is.
/// - A TERM with no entry on this machine (xterm-kitty, alacritty, foot, wezterm without their
///   terminfo package) falls back to xterm-256color (else xterm): every one of them is
///   xterm-compatible. The status line says so.
/// - TERM unset or empty, TERM=dumb (or any entry without cursor addressing), or no terminfo
///   at all: one line naming the problem and the fix, and the dashboard does not start.
public enum TerminalType: Equatable, Sendable {
    case use(String)
    case fallback(requested: String, using: String)
    case unusable(String)

    /// Entries tried, in order, when TERM names one this machine does not have.
    public static let fallbacks = ["xterm-256color", "xterm"]

    public static func resolve(term: String?) -> TerminalType {
        resolve(term: term, usable: { citydash_terminal_usable($0) })
    }

    /// `usable` answers like `citydash_terminal_usable` (1, 0, -1, -2); injected in tests.
    static func resolve(term: String?, usable: (String) -> Int32) -> TerminalType {
        let term = term ?? ""
        let shown = TerminalSanitizer.sanitize(term)
        guard !term.isEmpty else {
            return .unusable("citydash: TERM is not set, so the terminal type is unknown; set it, e.g. "
                + "TERM=xterm-256color citydash (TERM=linux on the text console)")
        }
        switch usable(term) {
        case Int32(CITYDASH_TERMINAL_USABLE):
            return .use(term)
        case Int32(CITYDASH_TERMINAL_CANNOT_ADDRESS):
            return .unusable("citydash: TERM=\(shown) cannot place text on the screen, so the dashboard cannot run; "
                + "use a full terminal (e.g. TERM=xterm-256color), or print a frame with "
                + "citydash render --width 120 --height 40")
        case Int32(CITYDASH_TERMINAL_NO_DATABASE):
            return .unusable("citydash: no terminfo database found (TERM=\(shown)); install ncurses-base "
                + "(Debian/Ubuntu) or ncurses (Fedora, Arch), or set TERMINFO to its directory")
        default:
            if let fallback = fallbacks.first(where: { usable($0) == Int32(CITYDASH_TERMINAL_USABLE) }) {
                return .fallback(requested: term, using: fallback)
            }
            return .unusable("citydash: no terminfo entry for TERM=\(shown) here; install it (Debian/Ubuntu: "
                + "ncurses-term, or the terminal's own terminfo package) or run with TERM=xterm-256color")
        }
    }

    /// The entry to hand to curses, if the dashboard can start.
    public var entry: String? {
        switch self {
        case .use(let name): name
        case .fallback(_, let name): name
        case .unusable: nil
        }
    }
}
