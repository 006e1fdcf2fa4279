/// A bordered box with a title in its top edge; returns the rectangle inside the border.
public struct TitledBox: Sendable {
    public var title: String
    public var borders: BorderSet
    public var titleRole: Role

    public init(title: String, borders: BorderSet, titleRole: Role = .title) {
        self.title = title
        self.borders = borders
        self.titleRole = titleRole
    }

    @discardableResult
    public func render(in rect: Rect, buffer: inout Buffer) -> Rect {
        guard rect.width >= 2 && rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let b = borders
        // Cell by cell with the border set's own strings: a frame is drawn for every card of
        // every frame, and writing it as text measured each character again.
        for (y, left, right) in [(rect.y, b.topLeft, b.topRight), (rect.maxY - 1, b.bottomLeft, b.bottomRight)] {
            buffer.repeatSymbol(left, x: rect.x, y: y, count: 1, role: .border, clip: rect)
            buffer.repeatSymbol(b.horizontal, x: rect.x + 1, y: y, count: rect.width - 2, role: .border, clip: rect)
            buffer.repeatSymbol(right, x: rect.maxX - 1, y: y, count: 1, role: .border, clip: rect)
        }
        let side = Cell(b.vertical, role: .border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.repeatCell(side, x: rect.x, y: y, count: 1, clip: rect)
            buffer.repeatCell(side, x: rect.maxX - 1, y: y, count: 1, clip: rect)
        }
        if !title.isEmpty && rect.width > 4 {
            buffer.write(" " + title.truncated(toWidth: rect.width - 6) + " ", x: rect.x + 2, y: rect.y,
                         maxWidth: rect.width - 4, role: titleRole)
        }
        return rect.inset(dx: 1, dy: 1)
    }
}
