/// Wrapped text in a rectangle, optionally scrolled; returns how many lines the text needs.
public struct Paragraph: Sendable {
    public var text: String
    public var role: Role
    public var indent: String

    public init(_ text: String, role: Role = .normal, indent: String = "") {
        self.text = text
        self.role = role
        self.indent = indent
    }

    public func lines(width: Int) -> [String] {
        let indentWidth = indent.count
        return TextWrap.lines(text, width: width - indentWidth).enumerated().map { index, line in
            (index == 0 ? "" : String(repeating: " ", count: indentWidth)) + line
        }
    }

    /// Draws from `rect`'s top; returns the number of rows used.
    @discardableResult
    public func render(in rect: Rect, buffer: inout Buffer) -> Int {
        let wrapped = lines(width: rect.width)
        for (index, line) in wrapped.prefix(rect.height).enumerated() {
            buffer.write((index == 0 ? indent : "") + line, x: rect.x, y: rect.y + index, role: role, clip: rect)
        }
        return min(wrapped.count, rect.height)
    }
}
