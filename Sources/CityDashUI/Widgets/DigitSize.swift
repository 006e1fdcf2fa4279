/// How tall headline digits are drawn: 3, 5 or 7 rows. A screen picks the largest size its
/// cards have room for, so figures grow on big screens.
public enum DigitSize: Int, CaseIterable, Comparable, Sendable {
    case small = 3
    case medium = 5
    case large = 7

    /// Rows the digits take.
    public var rows: Int { rawValue }

    /// The next smaller size, or nil below `small`.
    public var smaller: DigitSize? { DigitSize(rawValue: rawValue - 2) }

    public static func < (lhs: DigitSize, rhs: DigitSize) -> Bool { lhs.rawValue < rhs.rawValue }
}
