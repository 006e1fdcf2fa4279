/// One logical line of a detail or preview: wrapped to the pane's width when drawn, with
/// continuation lines indented under the text.
public struct DetailLine: Equatable, Sendable {
    public var text: String
    public var role: Role
    public var indent: Int

    public init(_ text: String, role: Role = .normal, indent: Int = 0) {
        self.text = text
        self.role = role
        self.indent = indent
    }

    public static let blank = DetailLine("")

    /// The screen rows of several lines at a width, each with its role.
    public static func rows(_ lines: [DetailLine], width: Int) -> [(String, Role)] {
        lines.flatMap { line -> [(String, Role)] in
            let pad = String(repeating: " ", count: line.indent)
            let wrapped = TextWrap.lines(line.text, width: max(1, width - line.indent))
            return wrapped.map { (pad + $0, line.role) }
        }
    }
}
