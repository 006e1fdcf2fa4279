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

    /// Puts `rows` one under the other with the first's left edge at (x, y), the block's blank
    /// cells after each text too: one copy for the run.
    func draw(rows: Range<Int>, x: Int, y: Int, into buffer: inout Buffer) {
        let rows = rows.clamped(to: 0..<count)
        guard !rows.isEmpty, width > 0 else { return }
        buffer.paste(Array(cells[rows.lowerBound * width..<rows.upperBound * width]),
                     in: Rect(x: x, y: y, width: width, height: rows.count))
    }
}
