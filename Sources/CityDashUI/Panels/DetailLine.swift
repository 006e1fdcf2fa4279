import CityDashCore

/// One logical line of a detail or preview: wrapped to the pane's width when drawn, with
/// continuation lines indented under the text.
public struct DetailLine: Equatable, Sendable {
    public var text: String
    public var role: Role
    public var indent: Int
    /// Extra indent of continuation lines, so wrapped bullet text lines up after "• ".
    public var hanging: Int

    public init(_ text: String, role: Role = .normal, indent: Int = 0, hanging: Int = 0) {
        self.text = text
        self.role = role
        self.indent = indent
        self.hanging = hanging
    }

    public static let blank = DetailLine("")

    /// The screen rows of several lines at a width, each with its role. With `limit`, wrapping
    /// stops once that many rows are made: a preview shows only its first screenful, however
    /// many figures an item has.
    public static func rows(_ lines: [DetailLine], width: Int, limit: Int = .max) -> [(String, Role)] {
        var rows: [(String, Role)] = []
        for line in lines where rows.count < limit {
            rows += wrapped(line, width: width)
        }
        return Array(rows.prefix(limit))
    }

    /// One line's rows, wrapped once per text and width (`WrapMemo`).
    static func wrapped(_ line: DetailLine, width: Int) -> [(String, Role)] {
        let key = WrapMemo.Key(text: line.text, width: width, indent: line.indent, hanging: line.hanging)
        return WrapMemo.shared.rows(for: key) { wrappedText(line, width: width) }.map { ($0, line.role) }
    }

    static func wrappedText(_ line: DetailLine, width: Int) -> [String] {
        let pad = String(repeating: " ", count: line.indent)
        let hang = String(repeating: " ", count: line.hanging)
        // Sanitized once here, so the rest below is cut from the same text the first row came from.
        let text = TerminalSanitizer.sanitize(line.text)
        let first = TextWrap.lines(text, width: max(1, width - line.indent))
        guard line.hanging > 0, first.count > 1, let head = first.first else {
            return first.map { pad + $0 }
        }
        // Re-wrap the rest at the narrower width of the hanging indent.
        let rest = String(text.dropFirst(head.count)).drop { $0 == " " }
        let tail = TextWrap.lines(String(rest), width: max(1, width - line.indent - line.hanging))
        return [pad + head] + tail.map { pad + hang + $0 }
    }
}
