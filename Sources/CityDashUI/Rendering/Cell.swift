/// One terminal cell: a character and its role. A double-width character occupies its cell
/// and marks the next one as a continuation (`symbol` empty), which is never drawn itself.
///
/// `symbol` is what ncurses keeps in one cell (a `cchar_t`): exactly one scalar of width 1 or 2
/// by glibc's `wcwidth`, followed by at most `maxMarks` zero-width scalars (combining marks,
/// variation selectors) that the terminal draws on top of it. A grapheme cluster with more
/// than one spacing scalar (🇨🇳, 👍🏽, น้ำ, हि) takes one cell per spacing scalar.
public struct Cell: Hashable, Sendable {
    public var symbol: String
    public var role: Role

    public init(_ symbol: String = " ", role: Role = .normal) {
        self.symbol = symbol
        self.role = role
    }

    public var isContinuation: Bool { symbol.isEmpty }

    public static let blank = Cell()

    /// Zero-width scalars one cell holds after its spacing scalar: ncurses' CCHARW_MAX (5) less
    /// one. ncurses drops any more, so the buffer does too and both hold the same text.
    public static let maxMarks = 4
}
