/// A terminal colour: the terminal's default, one of the 8 basic colours, or a 256-colour
/// index with the basic colour to use when only 8 are available.
public enum TerminalColor: Hashable, Sendable {
    case `default`
    case basic(Int)
    case indexed(Int, fallback: Int)

    /// The colour number for a terminal with `colors` colours (-1: default).
    public func number(colors: Int) -> Int {
        switch self {
        case .default: -1
        case .basic(let n): n
        case .indexed(let n, let fallback): colors >= 256 ? n : fallback
        }
    }

    public static let black = TerminalColor.basic(0)
    public static let red = TerminalColor.basic(1)
    public static let green = TerminalColor.basic(2)
    public static let yellow = TerminalColor.basic(3)
    public static let blue = TerminalColor.basic(4)
    public static let magenta = TerminalColor.basic(5)
    public static let cyan = TerminalColor.basic(6)
    public static let white = TerminalColor.basic(7)
}
