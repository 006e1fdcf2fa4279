/// Rows of text, each in its role, drawn once into cells: a board that shows the same wrapped
/// rows frame after frame, in other places as the selection moves, pastes them instead of
/// measuring and sanitizing every character again. A row pasted into blank cells is exactly the
/// row `Buffer.write` would have written there (rows must fit `width`, as wrapped rows do).
struct TextBlock: Sendable {
    let width: Int
    /// Each row's cells, `width` of them: kept apart so that a paste copies them only once.
    private let rows: [[Cell]]

    init(_ rows: [(String, Role)], width: Int) {
        self.width = max(0, width)
        var canvas = Buffer(width: self.width, height: rows.count)
        for (y, row) in rows.enumerated() { canvas.write(row.0, x: 0, y: y, role: row.1) }
        self.rows = rows.indices.map { canvas.cells(in: canvas.area.row($0)) }
        roles = rows.map { $0.0.allSatisfy { $0 == " " } ? nil : $0.1 }
    }

    /// The first row of each line, for a block made of `DetailLine`s (else empty).
    private(set) var lineStarts: [Int] = []
    /// Each row's role, and nil for a blank row.
    let roles: [Role?]

    /// `lines` wrapped to `width` (`DetailLine.rows`), each line's first row remembered.
    init(lines: [DetailLine], width: Int) {
        var rows: [(String, Role)] = []
        var starts: [Int] = []
        for line in lines {
            starts.append(rows.count)
            rows += DetailLine.rows([line], width: max(1, width))
        }
        self.init(rows, width: width)
        lineStarts = starts
    }

    /// Rows in the block.
    var count: Int { rows.count }

    /// Puts `rows` one under the other with the first's left edge at (x, y), the block's blank
    /// cells after each text too.
    func draw(rows range: Range<Int>, x: Int, y: Int, into buffer: inout Buffer) {
        guard width > 0 else { return }
        for (offset, row) in range.clamped(to: 0..<count).enumerated() {
            buffer.paste(rows[row], in: Rect(x: x, y: y + offset, width: width, height: 1))
        }
    }
}
