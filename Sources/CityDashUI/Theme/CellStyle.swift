/// How one role looks: colours and attributes. Without colour, `bold`, `reverse` and
/// `underline` still keep titles, selection and tabs distinguishable.
public struct CellStyle: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ foreground: TerminalColor = .default, _ background: TerminalColor = .default,
                bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }
}
