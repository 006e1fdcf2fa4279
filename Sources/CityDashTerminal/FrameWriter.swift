import CityDashUI
import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

/// Sends the changed cells of a frame to the terminal as the escape sequences of its terminfo
/// entry (cursor address, attributes, colours), in one write per frame. It replaces curses'
/// own update for the frame's output: curses costs some 1,800 instructions per character sent
/// (its cursor-motion optimiser formats every candidate move through terminfo; its attribute
/// check runs once per character), which made the kiosk's ticker step cost more than the rest
/// of the loop. Curses still owns the terminal's modes, the alternate screen, input and the
/// final restore; it believes the screen is the blank one it cleared at start, and is never
/// asked to update it again (stdscr is never written).
///
/// A changed cell is sent with the unchanged cells between it and the previous one on its row
/// when they are fewer than a cursor address costs, otherwise after a cursor address. The
/// attributes are changed only between cells of different looks, and reset after each frame,
/// so the terminal is left as curses left it.
///
/// A value, held by `CursesScreen`: a row is encoded by one mutating call, with no
/// exclusivity check per cell (a class's stored properties cost one per access).
struct FrameWriter {
    /// How one role looks: the attributes and the colour numbers (-1: the terminal's default).
    struct Look: Equatable {
        var bold = false
        var reverse = false
        var underline = false
        var foreground = -1
        var background = -1
    }

    private let fd: Int32
    /// Non-ASCII text goes out as UTF-8; in any other locale it is sent as "?" per column.
    private let utf8: Bool
    private let clear: [UInt8]
    private let reset: [UInt8]
    private let defaultColors: [UInt8]
    private let bold: [UInt8], reverse: [UInt8], underline: [UInt8]
    private let address: [CChar]?
    /// The cursor address is ECMA-48's `ESC [ row ; column H`, formatted here without terminfo.
    private let ansiAddress: Bool
    private let setForeground: [CChar]?, setBackground: [CChar]?
    /// Writing the bottom-right cell would scroll the screen (automatic margins without the
    /// xterm-style delayed wrap): that one cell is left alone.
    private let scrollsAtCorner: Bool

    private var colored = false
    private var looks: [Look] = []
    /// `setaf`/`setab` of each role's colours, formatted once per theme.
    private var foregrounds: [[UInt8]] = [], backgrounds: [[UInt8]] = []
    /// The terminal's attributes now: nil when not known; colours -2 when not known.
    private var current: Look?
    /// Where the terminal's cursor is, when known (not after the last column: a pending wrap).
    private var cursor: (y: Int, x: Int)?
    private var out: [UInt8] = []

    /// The unchanged cells sent rather than addressing the cursor past them.
    private static let maxGap = 6

    /// For the terminal curses has just set up (its terminfo entry is the current one),
    /// writing to `fd`.
    init(fd: Int32, utf8: Bool) {
        self.fd = fd
        self.utf8 = utf8
        func bytes(_ name: String) -> [UInt8] {
            citydash_string_capability(name).map(Self.unpadded) ?? []
        }
        func format(_ name: String) -> [CChar]? {
            citydash_string_capability(name).map { Array(UnsafeBufferPointer(start: $0, count: strlen($0) + 1)) }
        }
        clear = bytes("clear")
        reset = bytes("sgr0")
        defaultColors = bytes("op")
        bold = bytes("bold")
        reverse = bytes("rev")
        underline = bytes("smul")
        address = format("cup")
        ansiAddress = bytes("cup") == Array("\u{1B}[%i%p1%d;%p2%dH".utf8)
        setForeground = format("setaf")
        setBackground = format("setab")
        scrollsAtCorner = citydash_flag_capability("am") != 0 && citydash_flag_capability("xenl") == 0
        out.reserveCapacity(16_384)
    }

    /// The bytes of a capability without its padding (`$<5>`, `$<2*/>`): a delay for tputs to
    /// honour on slow serial lines, text if sent as it stands. No terminal this draws on needs it.
    static func unpadded(_ text: UnsafePointer<CChar>) -> [UInt8] {
        let bytes = UnsafeBufferPointer(start: text, count: strlen(text)).map { UInt8(bitPattern: $0) }
        guard bytes.contains(UInt8(ascii: "$")) else { return bytes }
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let end = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")),
               bytes[(index + 2)..<end].allSatisfy({ $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "*")
                   || $0 == UInt8(ascii: "/") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
                index = end + 1
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    /// Takes the looks of a theme, indexed by `Role.rawValue`; `colored` false sends no colours.
    mutating func adopt(_ looks: [Look], colored: Bool) {
        self.colored = colored && setForeground != nil && setBackground != nil
        self.looks = looks
        foregrounds = looks.map { colorSequence(setForeground, $0.foreground) }
        backgrounds = looks.map { colorSequence(setBackground, $0.background) }
        current = nil
    }

    private func colorSequence(_ format: [CChar]?, _ number: Int) -> [UInt8] {
        guard colored, number >= 0, let format else { return [] }
        return format.withUnsafeBufferPointer { format in
            guard let base = format.baseAddress, let text = citydash_tiparm1(base, Int32(number)) else { return [] }
            return Self.unpadded(text)
        }
    }

    /// Starts a frame; `clearing` erases the screen first (a frame drawn from nothing).
    mutating func begin(clearing: Bool) {
        guard clearing else { return }
        setLook(nil)
        out += clear
        cursor = clear.isEmpty ? nil : (0, 0)
    }

    /// Sends row `y` of a `width` x `height` frame (`width` cells at `new`): every cell, or with
    /// `old` (the same row on screen) only those that differ.
    mutating func row(_ y: Int, _ new: UnsafePointer<Cell>, old: UnsafePointer<Cell>?, width: Int, height: Int) {
        // Most rows of most frames are unchanged: a row whose bytes are all equal is skipped at
        // once. (Bytes that differ only in padding merely send the row to the cell compare.)
        if let old, memcmp(new, old, width * MemoryLayout<Cell>.stride) == 0 { return }
        var x = 0
        while x < width {
            let cell = new[x]
            if cell.isContinuation {
                // The right half of a wide character is drawn with its left half.
                x += 1
                continue
            }
            let span = cell.width == 2 ? 2 : 1
            if let old, old[x] == cell, span == 1 || x + 1 >= width || old[x + 1] == new[x + 1] {
                x += span
                continue
            }
            if let cursor, cursor.y == y, cursor.x == x {} else { moveTo(y, x, new) }
            put(cell, y: y, x: x, width: width, height: height)
            x += span
        }
    }

    /// Puts the cursor at (`y`, `x`): by sending the few cells of the row before it again, or
    /// by addressing it.
    private mutating func moveTo(_ y: Int, _ x: Int, _ row: UnsafePointer<Cell>?) {
        if let cursor, cursor.y == y, cursor.x == x { return }
        if let cursor, let row, cursor.y == y, cursor.x < x, x - cursor.x <= Self.maxGap {
            var gx = cursor.x
            while gx < x, !row[gx].isContinuation {
                let cell = row[gx]
                setLook(Int(cell.role.rawValue))
                text(cell)
                gx += cell.width == 2 ? 2 : 1
            }
            if gx == x {
                self.cursor = (y, x)
                return
            }
        }
        if ansiAddress {
            out += [0x1B, UInt8(ascii: "[")]
            decimal(y + 1)
            out.append(UInt8(ascii: ";"))
            decimal(x + 1)
            out.append(UInt8(ascii: "H"))
        } else if let address {
            address.withUnsafeBufferPointer { format in
                guard let base = format.baseAddress, let text = citydash_tiparm2(base, Int32(y), Int32(x)) else { return }
                out += Self.unpadded(text)
            }
        }
        cursor = (y, x)
    }

    private mutating func decimal(_ value: Int) {
        if value >= 10 { decimal(value / 10) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// Sends one cell (a wide one with its right half) at the cursor, which is at (`y`, `x`).
    private mutating func put(_ cell: Cell, y: Int, x: Int, width: Int, height: Int) {
        var span = cell.width == 2 ? 2 : 1
        if scrollsAtCorner, y == height - 1, x + span >= width { return }
        setLook(Int(cell.role.rawValue))
        if x + span > width {
            // A wide character that does not fit (the buffer never makes one) shows as a space.
            out.append(0x20)
            span = 1
        } else {
            text(cell)
        }
        cursor = x + span < width ? (y, x + span) : nil
    }

    /// Appends the cell's text: UTF-8 scalar by scalar, straight into the bytes (`appendUTF8`
    /// went through a closure and `UTF8.encode` per scalar), or "?" a column outside UTF-8.
    @inline(__always)
    private mutating func text(_ cell: Cell) {
        if cell.isASCII {
            out.append(UInt8(truncatingIfNeeded: cell.scalar))
        } else if utf8 {
            cell.forEachScalar { value in
                switch value {
                case ..<0x80:
                    out.append(UInt8(truncatingIfNeeded: value))
                case ..<0x800:
                    out.append(UInt8(truncatingIfNeeded: 0xC0 | value >> 6))
                    out.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
                case ..<0x10000:
                    out.append(UInt8(truncatingIfNeeded: 0xE0 | value >> 12))
                    out.append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
                    out.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
                default:
                    out.append(UInt8(truncatingIfNeeded: 0xF0 | value >> 18))
                    out.append(UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F))
                    out.append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
                    out.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
                }
            }
        } else {
            out += cell.width == 2 ? [0x3F, 0x3F] : [0x3F]
        }
    }

    /// Changes the terminal's attributes and colours to those of role `index` (nil: normal),
    /// sending only what differs.
    @inline(__always)
    private mutating func setLook(_ index: Int?) {
        if let current, let index, current == looks[index] { return }
        changeLook(index)
    }

    private mutating func changeLook(_ index: Int?) {
        let look = index.map { looks[$0] } ?? Look()
        if let current, current == look { return }
        var now = current ?? Self.unknown
        if current == nil || (now.bold && !look.bold) || (now.reverse && !look.reverse)
            || (now.underline && !look.underline) {
            out += reset
            now = Self.unknown
        }
        if colored {
            if (look.foreground < 0 && now.foreground != -1) || (look.background < 0 && now.background != -1) {
                out += defaultColors
                now.foreground = -1
                now.background = -1
            }
            if let index, look.foreground >= 0, now.foreground != look.foreground { out += foregrounds[index] }
            if let index, look.background >= 0, now.background != look.background { out += backgrounds[index] }
        }
        if look.bold && !now.bold { out += bold }
        if look.reverse && !now.reverse { out += reverse }
        if look.underline && !now.underline { out += underline }
        current = look
    }

    /// The attributes after a reset: none, with colours not known (`sgr0` need not reset them).
    private static let unknown = Look(foreground: -2, background: -2)

    /// Ends the frame: the attributes go back to normal (as curses believes they are) and
    /// everything is written.
    mutating func end() {
        if let current, current != Look() {
            out += reset
            if colored { out += defaultColors }
            self.current = Look()
        }
        send()
    }

    /// Puts the cursor where curses believes it is, so that its own output (the restore on
    /// exit) lands where it expects.
    mutating func handBack() {
        var y: Int32 = 0, x: Int32 = 0
        citydash_physical_cursor(&y, &x)
        cursor = nil
        moveTo(Int(y), Int(x), nil)
        send()
    }

    private mutating func send() {
        var sent = 0
        out.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            while sent < bytes.count {
                let count = write(fd, base + sent, bytes.count - sent)
                if count > 0 {
                    sent += count
                } else if count < 0 && (errno == EINTR || errno == EAGAIN) {
                    if errno == EAGAIN {
                        var pending = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                        _ = poll(&pending, 1, 100)
                    }
                } else {
                    // The terminal is gone; the session notices on its input side.
                    return
                }
            }
        }
        out.removeAll(keepingCapacity: true)
    }
}
