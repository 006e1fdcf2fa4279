/// Rows of text, each in its role, drawn once into cells: a board that shows the same wrapped
/// rows frame after frame, in other places as the selection moves, pastes them instead of
/// measuring and sanitizing every character again. A row pasted into blank cells is exactly the
/// row `Buffer.write` would have written there (rows must fit `width`, as wrapped rows do).
struct TextBlock: Sendable {
    let width: Int
    /// Rows in the block.
    let count: Int
    private let cells: [Cell]

    init(_ rows: [(String, Role)], width: Int) {
        self.width = max(0, width)
        count = rows.count
        var canvas = Buffer(width: self.width, height: rows.count)
        for (y, row) in rows.enumerated() { canvas.write(row.0, x: 0, y: y, role: row.1) }
        cells = canvas.cells
    }

    /// Puts row `row` with its left edge at (x, y); the block's blank cells after the text too.
    func draw(row: Int, x: Int, y: Int, into buffer: inout Buffer) {
        guard row >= 0, row < count, width > 0 else { return }
        buffer.paste(Array(cells[row * width..<(row + 1) * width]), in: Rect(x: x, y: y, width: width, height: 1))
    }
}
