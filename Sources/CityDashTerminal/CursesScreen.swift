import CityDashCore
import CityDashUI
import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

/// The one type that talks to curses (htop's CRT.c): starts and restores the terminal, copies
/// a `Buffer` to the screen, and turns curses input into `AppEvent`s. Each frame is compared
/// with the one on screen and only the difference is sent, by `FrameWriter` (curses' own
/// update cost more than drawing the frame); curses keeps the terminal's modes and input.
public final class CursesScreen {
    public enum ColorMode: Sendable {
        case none
        case colors
    }

    private var started = false
    private var colorMode: ColorMode = .none
    private var colorCount = 0
    private var theme: Theme?
    /// The frame on screen (what curses was last given).
    private var previous: Buffer?
    /// Sends the frames; made when curses has set up the terminal.
    private var writer: FrameWriter?
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
        configure(wantColor: wantColor, raw: rawMode, fd: STDOUT_FILENO)
        return true
    }

    /// Enters curses mode on a terminal given by its type and streams (a pseudo-terminal, to
    /// measure what a frame writes) instead of the process's own.
    public func start(terminalType: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
                      wantColor: Bool) -> Bool {
        guard let screen = newterm(terminalType, output, input) else { return false }
        otherTerminal = screen
        _ = set_term(screen)
        configure(wantColor: wantColor, raw: false, fd: fileno(output))
        return true
    }

    /// Sets the terminal's modes, clears it (curses' only screen update: stdscr stays blank
    /// and untouched, so curses never updates the screen again) and makes the writer for `fd`.
    private func configure(wantColor: Bool, raw rawMode: Bool, fd: Int32) {
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
        refresh()
        writer = FrameWriter(fd: fd, utf8: TerminalEnvironment.currentCodesetIsUTF8())
    }

    /// Leaves curses mode: the normal screen, cursor, echo and line mode come back.
    public func stop() {
        guard started else { return }
        writer?.handBack()
        writer = nil
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

    /// Copies the buffer to the screen. Only cells that differ from the last frame are sent;
    /// a new theme or size clears the screen and sends every cell.
    public func draw(_ buffer: Buffer, theme newTheme: Theme) {
        if theme?.name != newTheme.name { adopt(newTheme) }
        // Taken out while the frame is encoded (its bytes stay uniquely referenced), put back after.
        guard var writer else { return }
        self.writer = nil
        defer { self.writer = writer }
        if previous?.area != buffer.area { previous = nil }
        let width = buffer.area.width, height = buffer.area.height
        writer.begin(clearing: previous == nil)
        buffer.cells.withUnsafeBufferPointer { cells in
            guard let new = cells.baseAddress else { return }
            if let old = previous {
                old.cells.withUnsafeBufferPointer { old in
                    guard let old = old.baseAddress else { return }
                    for y in 0..<height {
                        writer.row(y, new + y * width, old: old + y * width, width: width, height: height)
                    }
                }
            } else {
                for y in 0..<height { writer.row(y, new + y * width, old: nil, width: width, height: height) }
            }
        }
        writer.end()
        previous = buffer
    }

    /// The size of the frame on screen, or nil when there is none that `patch` could change
    /// (nothing drawn yet, or the terminal was resized since).
    public var frameArea: Rect? { previous?.area }

    /// Changes the frame on screen in place: `redraw` rewrites `rows` of the last frame drawn
    /// (and nothing else), and only the cells of those rows that changed are sent. The
    /// frame is written where it lies, never copied, and no other row is compared: a kiosk
    /// ticker step costs its one row, not a 12,000-cell frame. Returns false, drawing nothing,
    /// when there is no frame to patch or `theme` is not the one on screen: then draw in full.
    public func patch(rows: [Int], theme newTheme: Theme, _ redraw: (inout Buffer) -> Void) -> Bool {
        guard newTheme.name == theme?.name, writer != nil, var frame = previous else { return false }
        // `frame` is now the only reference to the cells, so `redraw` writes them in place.
        previous = nil
        let area = frame.area, width = area.width
        let rows = rows.filter { $0 >= 0 && $0 < area.height }
        var before: [Cell] = []
        before.reserveCapacity(rows.count * width)
        for y in rows { before.append(contentsOf: frame.cells[y * width..<(y + 1) * width]) }
        redraw(&frame)
        guard frame.area == area else {
            draw(frame, theme: newTheme)
            return true
        }
        // Taken out while the rows are encoded (its bytes stay uniquely referenced), put back after.
        guard var writer else { return false }
        self.writer = nil
        frame.cells.withUnsafeBufferPointer { cells in
            before.withUnsafeBufferPointer { old in
                guard let new = cells.baseAddress, let old = old.baseAddress else { return }
                for (index, y) in rows.enumerated() {
                    writer.row(y, new + y * width, old: old + index * width, width: width, height: area.height)
                }
            }
        }
        writer.end()
        self.writer = writer
        previous = frame
        return true
    }

    /// Takes a theme for the next frame: each role's look, and a full redraw.
    private func adopt(_ newTheme: Theme) {
        theme = newTheme
        previous = nil
        let colored = colorMode == .colors
        let looks = Role.allCases.map { role in
            let style = colored ? newTheme.style(role) : Theme.monochrome(role)
            return FrameWriter.Look(bold: style.bold, reverse: style.reverse, underline: style.underline,
                                    foreground: colored ? style.foreground.number(colors: colorCount) : -1,
                                    background: colored ? style.background.number(colors: colorCount) : -1)
        }
        writer?.adopt(looks, colored: colored)
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
