import CityDashCore

/// One terminal cell: a character and its role, as a plain value (no heap allocation, so a
/// frame of 12,000 cells is made, compared and freed like an array of integers). A
/// double-width character occupies its cell and marks the next one as a continuation, which
/// is never drawn itself.
///
/// A cell holds what ncurses keeps in one `cchar_t`: exactly one scalar of width 1 or 2 by
/// glibc's `wcwidth`, followed by at most `maxMarks` zero-width scalars (combining marks,
/// variation selectors) that the terminal draws on top of it. A grapheme cluster with more
/// than one spacing scalar (🇨🇳, 👍🏽, น้ำ, हि) takes one cell per spacing scalar.
public struct Cell: Hashable, Sendable {
    /// The spacing scalar's value; 0 in a continuation.
    public private(set) var scalar: UInt32
    /// The zero-width scalars on top of it, in order; 0 where there is none.
    private var mark0: UInt32 = 0, mark1: UInt32 = 0, mark2: UInt32 = 0, mark3: UInt32 = 0
    /// Columns the spacing scalar takes: 1 or 2, 0 in a continuation.
    public private(set) var width: UInt8
    public var role: Role

    /// A cell for `scalar`, which the caller has sanitized and measured (`width` 1 or 2).
    init(scalar: Unicode.Scalar, width: Int, role: Role) {
        self.scalar = scalar.value
        self.width = width == 2 ? 2 : 1
        self.role = role
    }

    /// A cell for printable ASCII byte `byte`.
    init(ascii byte: UInt32, role: Role) {
        scalar = byte
        width = 1
        self.role = role
    }

    /// The second half of a wide character.
    static func continuation(role: Role) -> Cell {
        var cell = Cell(ascii: 0, role: role)
        cell.width = 0
        return cell
    }

    /// A space of `role`.
    public static func space(role: Role) -> Cell { Cell(ascii: 0x20, role: role) }

    /// A cell from text: its first scalar spaces (wide by glibc's `wcwidth`), up to `maxMarks`
    /// of the rest are marks; "" is a continuation. For tests and rare callers: writers use
    /// `Buffer.write`, which sanitizes.
    public init(_ symbol: String = " ", role: Role = .normal) {
        var scalars = symbol.unicodeScalars.makeIterator()
        guard let first = scalars.next() else {
            self = .continuation(role: role)
            return
        }
        self.init(scalar: first, width: DisplayWidth.wcwidth(first), role: role)
        while let mark = scalars.next(), appendMark(mark) {}
    }

    public var isContinuation: Bool { width == 0 }

    /// Whether the cell is printable ASCII alone (no marks; not a continuation).
    public var isASCII: Bool { scalar >= 0x20 && scalar < 0x7F && mark0 == 0 }

    /// Whether the cell is a space with nothing on top of it.
    public var isSpace: Bool { scalar == 0x20 && mark0 == 0 }

    /// Adds a zero-width scalar on top of the spacing one; false when `maxMarks` are there.
    mutating func appendMark(_ mark: Unicode.Scalar) -> Bool {
        if mark0 == 0 { mark0 = mark.value } else if mark1 == 0 { mark1 = mark.value }
        else if mark2 == 0 { mark2 = mark.value } else if mark3 == 0 { mark3 = mark.value } else { return false }
        return true
    }

    /// The spacing scalar and its marks, in order; nothing for a continuation.
    public var scalars: [Unicode.Scalar] {
        guard !isContinuation else { return [] }
        return [scalar, mark0, mark1, mark2, mark3].prefix { $0 != 0 }.compactMap(Unicode.Scalar.init)
    }

    /// Calls `body` with each scalar of the cell in order, without making an array.
    @inline(__always)
    public func forEachScalar(_ body: (UInt32) -> Void) {
        guard !isContinuation else { return }
        body(scalar)
        guard mark0 != 0 else { return }
        body(mark0)
        guard mark1 != 0 else { return }
        body(mark1)
        guard mark2 != 0 else { return }
        body(mark2)
        if mark3 != 0 { body(mark3) }
    }

    /// The cell's text: "" for a continuation. Made on demand, for readers that want a string.
    public var symbol: String {
        var bytes: [UInt8] = []
        appendUTF8(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the cell's text as UTF-8 to `bytes` (nothing for a continuation): how frames
    /// become text, a byte array per line instead of a string grown scalar by scalar.
    @inline(__always)
    public func appendUTF8(to bytes: inout [UInt8]) {
        if scalar < 0x80 && mark0 == 0 {
            if !isContinuation { bytes.append(UInt8(truncatingIfNeeded: scalar)) }
            return
        }
        forEachScalar { value in
            guard let scalar = Unicode.Scalar(value) else { return }
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// Writes the cell's text as UTF-8 into `bytes` from `start` (nothing for a continuation);
    /// returns the index after it. `bytes` must have `maxUTF8` bytes free from `start`.
    @inline(__always)
    func encodeUTF8(into bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        if scalar < 0x80 && mark0 == 0 {
            guard !isContinuation else { return start }
            bytes[start] = UInt8(truncatingIfNeeded: scalar)
            return start + 1
        }
        var index = start
        forEachScalar { index = Self.encode($0, into: bytes, at: index) }
        return index
    }

    /// Writes the text of `cells` in order as UTF-8 into `bytes` from 0 (continuations write
    /// nothing); returns the bytes written. `bytes` must hold `cells.count * maxUTF8` bytes.
    /// A row of a frame is mostly ASCII cells, copied a byte each without the general path.
    static func encodeUTF8(_ cells: UnsafeBufferPointer<Cell>, into bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard var cell = cells.baseAddress, let out = bytes.baseAddress else { return 0 }
        let end = cell + cells.count
        var count = 0
        while cell < end {
            // Fields read in place: copying each cell whole cost more than encoding it.
            let scalar = cell.pointee.scalar
            if scalar < 0x80 && cell.pointee.mark0 == 0 {
                out[count] = UInt8(truncatingIfNeeded: scalar)
                // A continuation (width 0) writes nothing: the byte is overwritten next.
                count &+= cell.pointee.width == 0 ? 0 : 1
            } else if cell.pointee.mark0 == 0 {
                // One scalar past ASCII (CJK, borders, blocks): not a continuation, whose is 0.
                count = encode(scalar, into: bytes, at: count)
            } else {
                count = cell.pointee.encodeUTF8(into: bytes, at: count)
            }
            cell += 1
        }
        return count
    }

    /// One scalar value (valid: it came from a `Unicode.Scalar`) as UTF-8.
    @inline(__always)
    private static func encode(_ value: UInt32, into bytes: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        switch value {
        case ..<0x80:
            bytes[index] = UInt8(truncatingIfNeeded: value)
            return index + 1
        case ..<0x800:
            bytes[index] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            bytes[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return index + 2
        case ..<0x10000:
            bytes[index] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
            bytes[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            bytes[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return index + 3
        default:
            bytes[index] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
            bytes[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
            bytes[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            bytes[index + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return index + 4
        }
    }

    /// The most UTF-8 bytes one cell's text takes: a spacing scalar and `maxMarks` marks of 4 bytes each.
    static var maxUTF8: Int { 4 * (1 + maxMarks) }

    public static let blank = Cell(ascii: 0x20, role: .normal)

    /// Zero-width scalars one cell holds after its spacing scalar: ncurses' CCHARW_MAX (5) less
    /// one. ncurses drops any more, so the buffer does too and both hold the same text.
    public static let maxMarks = 4
}
