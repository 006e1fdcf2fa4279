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
        rows.reserveCapacity(min(limit, lines.count * 2))
        for line in lines where rows.count < limit {
            for text in wrappedTexts(line, width: width) {
                guard rows.count < limit else { break }
                rows.append((text, line.role))
            }
        }
        return rows
    }

    /// One line's rows, each with the line's role.
    static func wrapped(_ line: DetailLine, width: Int) -> [(String, Role)] {
        wrappedTexts(line, width: width).map { ($0, line.role) }
    }

    /// One line's rows, wrapped once per text and width (`WrapMemo`).
    static func wrappedTexts(_ line: DetailLine, width: Int) -> [String] {
        let key = WrapMemo.Key(text: line.text, width: width, indent: line.indent, hanging: line.hanging)
        return WrapMemo.shared.rows(for: key) { wrappedText(line, width: width) }
    }

    /// The rows of one line, indents included. With a hanging indent, the text after the first
    /// row is wrapped again at the narrower width, starting as many characters into the text as
    /// the first row holds and past the spaces there (so a text that starts with spaces, which
    /// the first row skips, repeats its first characters: kept byte for byte as it always was).
    static func wrappedText(_ line: DetailLine, width: Int) -> [String] {
        // Sanitized and cut into clusters once, for the first row and the rest alike.
        let text = WrappableText(sanitized: TerminalSanitizer.sanitize(line.text))
        let firstWidth = max(1, width - line.indent)
        guard line.hanging > 0 else { return text.lines(from: 0, width: firstWidth, indent: line.indent).lines }
        let (first, headClusters) = text.lines(from: 0, width: firstWidth, indent: line.indent, limit: 2)
        guard first.count > 1, let head = first.first else { return first }
        var rest = headClusters
        while rest < text.clusters.count && text.isSpace(rest) { rest += 1 }
        let tail = text.lines(from: rest, width: max(1, width - line.indent - line.hanging),
                              indent: line.indent + line.hanging).lines
        return [head] + tail
    }
}
