import CityDashCore
import CityDashUI
import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

/// The one type that talks to curses (htop's CRT.c): starts and restores the terminal, copies
/// a `Buffer` to the screen, and turns curses input into `AppEvent`s. ncurses compares what
/// it is given with what the screen shows and sends only the difference.
public final class CursesScreen {
    public enum ColorMode: Sendable {
        case none
        case colors
    }

    private var started = false
    private var colorMode: ColorMode = .none
    private var colorCount = 0
    private var theme: Theme?
    private var previous: Buffer?
    /// The screen made by `newterm`, freed by `stop`.
    private var otherTerminal: OpaquePointer?

    public init() {}

    /// Enters curses mode on the process's own terminal, described by terminfo entry
    /// `terminalType` (checked beforehand with `TerminalType.resolve`; newterm, unlike initscr,
    /// returns an error instead of printing one and exiting). `wantColor` false (NO_COLOR,
    /// --color never) keeps the screen monochrome; so does a terminal without colours.
    /// `raw` (kiosk mode) makes Ctrl-C, Ctrl-Z and Ctrl-\\ arrive as keys instead of signals.
    public func start(terminalType: String, wantColor: Bool, raw rawMode: Bool = false) -> Bool {
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let screen = newterm(terminalType, output, input) else { return false }
        otherTerminal = screen
        _ = set_term(screen)
        configure(wantColor: wantColor, raw: rawMode)
        return true
    }

    /// Enters curses mode on a terminal given by its type and streams (a pseudo-terminal, to
    /// measure what a frame writes) instead of the process's own.
    public func start(terminalType: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
                      wantColor: Bool) -> Bool {
        guard let screen = newterm(terminalType, output, input) else { return false }
        otherTerminal = screen
        _ = set_term(screen)
        configure(wantColor: wantColor, raw: false)
        return true
    }

    private func configure(wantColor: Bool, raw rawMode: Bool) {
        started = true
        if rawMode { raw() } else { cbreak() }
        noecho()
        nonl()
        _ = intrflush(citydash_stdscr(), false)
        keypad(citydash_stdscr(), true)
        nodelay(citydash_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        citydash_enable_mouse()
        if wantColor && has_colors() {
            start_color()
            use_default_colors()
            colorCount = Int(citydash_colors())
            colorMode = .colors
        }
    }

    /// Leaves curses mode: the normal screen, cursor, echo and line mode come back.
    public func stop() {
        guard started else { return }
        curs_set(1)
        endwin()
        started = false
        if let otherTerminal {
            delscreen(otherTerminal)
            self.otherTerminal = nil
        }
    }

    public var size: (width: Int, height: Int) {
        var rows: Int32 = 0, cols: Int32 = 0
        citydash_size(&rows, &cols)
        return (Int(cols), Int(rows))
    }

    /// Copies the buffer to the screen and refreshes. Only cells that differ from the last
    /// frame are handed to curses; a new theme or size redraws every cell. `rows`, when given,
    /// are the only rows that can differ from the last frame (a kiosk tick moves the clock and
    /// the ticker), so the others are not even compared.
    public func draw(_ buffer: Buffer, theme newTheme: Theme, rows: [Int]? = nil) {
        if theme?.name != newTheme.name {
            theme = newTheme
            previous = nil
            if colorMode == .colors { definePairs(newTheme) }
        }
        if previous?.area != buffer.area { previous = nil }
        var scalars: [wchar_t] = []
        let width = buffer.area.width
        let cells = buffer.cells
        let old = previous?.cells
        let compared = old == nil ? Array(0..<buffer.area.height)
            : (rows ?? Array(0..<buffer.area.height)).filter { (0..<buffer.area.height).contains($0) }
        for y in compared {
            for x in 0..<width {
                let index = y * width + x
                let cell = cells[index]
                if cell.isContinuation { continue }
                // Unchanged cells are skipped, unless the cell after it changed from or to the
                // second half of a wide character, which changes what this one must draw.
                if let old, old[index] == cell,
                   x + 1 >= width || old[index + 1].isContinuation == cells[index + 1].isContinuation {
                    continue
                }
                scalars.removeAll(keepingCapacity: true)
                cell.forEachScalar { scalars.append(wchar_t(bitPattern: $0)) }
                scalars.append(0)
                let style = colorMode == .colors ? newTheme.style(cell.role) : Theme.monochrome(cell.role)
                let pair: Int16 = colorMode == .colors ? Int16(cell.role.rawValue + 1) : 0
                _ = citydash_put(Int32(y), Int32(x), scalars, flags(style), pair)
            }
        }
        previous = buffer
        refresh()
    }

    private func flags(_ style: CellStyle) -> Int32 {
        var flags: Int32 = 0
        if style.bold { flags |= Int32(CITYDASH_ATTR_BOLD) }
        if style.reverse { flags |= Int32(CITYDASH_ATTR_REVERSE) }
        if style.underline { flags |= Int32(CITYDASH_ATTR_UNDERLINE) }
        return flags
    }

    private func definePairs(_ theme: Theme) {
        for role in Role.allCases {
            let style = theme.style(role)
            init_pair(Int16(role.rawValue + 1), Int16(style.foreground.number(colors: colorCount)),
                      Int16(style.background.number(colors: colorCount)))
        }
    }

    /// Every input event curses has ready now (never blocks). Input that means nothing here
    /// (Shift+arrows, Insert, right clicks, invalid bytes) is read and dropped: it yields no
    /// event, and is no sign of a lost terminal (see `TerminalInputProbe`).
    public func pendingEvents() -> [AppEvent] {
        var events: [AppEvent] = []
        var code: wint_t = 0
        while events.count < 512 {
            let status = wget_wch(citydash_stdscr(), &code)
            if status == ERR { break }
            if let event = translate(status: status, code: Int32(bitPattern: code)) { events.append(event) }
        }
        return events
    }

    private func translate(status: Int32, code: Int32) -> AppEvent? {
        if status == KEY_CODE_YES {
            switch code {
            case KEY_RESIZE:
                previous = nil
                let (width, height) = size
                return .resize(width: width, height: height)
            case KEY_MOUSE:
                var y: Int32 = 0, x: Int32 = 0
                switch citydash_mouse_event(&y, &x) {
                case Int32(CITYDASH_MOUSE_CLICK): return .click(x: Int(x), y: Int(y))
                case Int32(CITYDASH_MOUSE_WHEEL_UP): return .wheel(notches: -1)
                case Int32(CITYDASH_MOUSE_WHEEL_DOWN): return .wheel(notches: 1)
                default: return nil  // right and middle clicks, releases: nothing to do
                }
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_BTAB: return .key(.backTab)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_DC: return .key(.delete)
            case KEY_ENTER: return .key(.enter)
            default:
                for n in 1...12 where code == citydash_key_f(Int32(n)) { return .key(.function(n)) }
                return nil
            }
        }
        switch code {
        case 27: return .key(.escape)
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(code) + 96))))
        case 28...31: return .key(.control(Character(Unicode.Scalar(UInt8(code) + 64))))
        default:
            guard let scalar = Unicode.Scalar(UInt32(bitPattern: code)), code >= 32 else { return nil }
            return .key(.character(Character(scalar)))
        }
    }
}
