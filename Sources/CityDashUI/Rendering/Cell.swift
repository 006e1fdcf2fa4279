/// One terminal cell: a character and its role. A double-width character occupies its cell
/// and marks the next one as a continuation (`symbol` empty), which is never drawn itself.
public struct Cell: Hashable, Sendable {
    public var symbol: String
    public var role: Role

    public init(_ symbol: String = " ", role: Role = .normal) {
        self.symbol = symbol
        self.role = role
    }

    public var isContinuation: Bool { symbol.isEmpty }

    public static let blank = Cell()
}
