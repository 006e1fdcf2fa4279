import CityDashCore

/// A grid of cells that widgets draw into; the backend copies it to the terminal and tests
/// compare its text. Writes are clipped to the buffer, sanitize their text and never leave
/// half of a wide character: a wide character that does not fit becomes a space.
public struct Buffer: Sendable, Equatable {
    public let area: Rect
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        area = Rect(x: 0, y: 0, width: width, height: height)
        cells = Array(repeating: .blank, count: area.width * area.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        guard area.contains(x: x, y: y) else { return .blank }
        return cells[y * area.width + x]
    }

    /// Sets a cell, repairing any wide character this write cuts in half.
    mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard area.contains(x: x, y: y) else { return }
        let width = area.width
        cells.withUnsafeMutableBufferPointer { Self.place(cell, x: x, rowStart: y * width, width: width, in: $0) }
    }

    /// `put` for a cell known to be inside the buffer, on the cells' storage: `write` places
    /// every character of a text through one pointer instead of checking each access.
    @inline(__always)
    static func place(_ cell: Cell, x: Int, rowStart: Int, width: Int, in cells: UnsafeMutableBufferPointer<Cell>) {
        let index = rowStart + x
        if cells[index].isContinuation && x > 0 && !cell.isContinuation {
            cells[index - 1] = .space(role: cells[index - 1].role)
        }
        if cells[index].width == 2, x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = .space(role: cells[index + 1].role)
        }
        cells[index] = cell
    }

    /// Replaces row `y` with `row` (exactly `area.width` cells, whole wide characters), for
    /// whole-row rewrites such as `AsciiFallback`.
    mutating func replaceRow(_ y: Int, with row: [Cell]) {
        guard y >= 0 && y < area.height && row.count == area.width else { return }
        cells.replaceSubrange(y * area.width..<(y + 1) * area.width, with: row)
    }

    /// The cells of `rect` (clipped to the buffer), row by row.
    func cells(in rect: Rect) -> [Cell] {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return [] }
        var out: [Cell] = []
        out.reserveCapacity(clipped.width * clipped.height)
        for y in clipped.y..<clipped.maxY {
            let start = y * area.width + clipped.x
            out.append(contentsOf: cells[start..<start + clipped.width])
        }
        return out
    }

    /// Puts `cells` (from `cells(in:)` of a buffer of this size) back over `rect`, row by row.
    mutating func paste(_ saved: [Cell], in rect: Rect) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty, saved.count == clipped.width * clipped.height else { return }
        let width = area.width
        cells.withUnsafeMutableBufferPointer { cells in
            saved.withUnsafeBufferPointer { saved in
                guard let cells = cells.baseAddress, let saved = saved.baseAddress else { return }
                // A row at a time: cells are plain values, so this is a copy of memory.
                for row in 0..<clipped.height {
                    (cells + (clipped.y + row) * width + clipped.x)
                        .update(from: saved + row * clipped.width, count: clipped.width)
                }
            }
        }
    }

    /// Whether every cell outside `rect` is still `Cell.blank` (the contract of `FrameMemo`'s regions).
    func isBlank(outside rect: Rect) -> Bool {
        for y in 0..<area.height {
            for x in 0..<area.width where !rect.contains(x: x, y: y) {
                if cells[y * area.width + x] != .blank { return false }
            }
        }
        return true
    }

    /// Sets every cell of `rect` to `Cell.blank`, with no repair of wide characters at its
    /// edges: for a scratch buffer whose drawing stayed inside `rect` (`FrameMemo`).
    mutating func clear(_ rect: Rect) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        let width = area.width
        cells.withUnsafeMutableBufferPointer { cells in
            guard let cells = cells.baseAddress else { return }
            for y in clipped.y..<clipped.maxY {
                (cells + y * width + clipped.x).update(repeating: .blank, count: clipped.width)
            }
        }
    }

    /// Fills a rectangle with spaces of one role.
    public mutating func fill(_ rect: Rect, role: Role = .normal) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        let width = area.width
        cells.withUnsafeMutableBufferPointer { cells in
            for y in clipped.y..<clipped.maxY {
                for x in clipped.x..<clipped.maxX { Self.place(.space(role: role), x: x, rowStart: y * width, width: width, in: cells) }
            }
        }
    }

    /// Writes `text` from (x, y), at most `maxWidth` columns and never past `clip`'s right edge.
    /// Returns the number of columns written.
    ///
    /// The text is sanitized and placed scalar by scalar with `DisplayWidth`'s glibc widths, the
    /// way ncurses and the terminal place it: each spacing scalar takes its own cell (two for a
    /// wide one), each zero-width scalar joins the cell before it (up to `Cell.maxMarks`). A
    /// zero-width scalar with no cell of this write before it has nothing to join and is left
    /// out (it would take no column anyway).
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, role: Role = .normal,
                               clip: Rect? = nil) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard y >= bounds.y && y < bounds.maxY else { return 0 }
        let limit = min(bounds.maxX, maxWidth.map { x + $0 } ?? Int.max)
        let width = area.width, rowStart = y * width
        var column = x
        cells.withUnsafeMutableBufferPointer { cells in
            /// Every column placed below is inside `bounds`, so inside the buffer.
            func put(_ cell: Cell, x: Int) { Self.place(cell, x: x, rowStart: rowStart, width: width, in: cells) }
            /// The cell the last spacing scalar went into, and how many marks joined it.
            var lastCell: Int?
            var marks = 0
            for original in text.unicodeScalars {
                let v = original.value
                if v >= 0x20 && v < 0x7F {
                    // Printable ASCII: one column, nothing to sanitize or measure.
                    guard column < limit else { break }
                    if column >= bounds.x {
                        put(Cell(ascii: v, role: role), x: column)
                        lastCell = rowStart + column
                        marks = 0
                    } else {
                        lastCell = nil
                    }
                    column += 1
                    continue
                }
                let scalar: Unicode.Scalar
                let scalarWidth: Int
                if v >= 0x4E00 && v <= 0x9FFF {
                    // CJK ideographs, and below borders and blocks: kept by the sanitizer, and
                    // of one width each (DisplayWidth's own fast paths), so neither is asked.
                    scalar = original
                    scalarWidth = 2
                } else if v >= 0x2500 && v <= 0x259F {
                    scalar = original
                    scalarWidth = 1
                } else {
                    switch TerminalSanitizer.replacement(for: original) {
                    case nil: scalar = original
                    case .some(nil): continue
                    case .some(let replaced?): scalar = replaced
                    }
                    scalarWidth = DisplayWidth.wcwidth(scalar)
                }
                if scalarWidth <= 0 {
                    if let lastCell, marks < Cell.maxMarks, cells[lastCell].appendMark(scalar) {
                        marks += 1
                    }
                    continue
                }
                if column + scalarWidth > limit {
                    // A wide character that does not fit leaves a space, never half of itself.
                    if column < limit && column >= bounds.x { put(.space(role: role), x: column); column += 1 }
                    break
                }
                if column >= bounds.x {
                    put(Cell(scalar: scalar, width: scalarWidth, role: role), x: column)
                    if scalarWidth == 2 { put(.continuation(role: role), x: column + 1) }
                    lastCell = rowStart + column
                    marks = 0
                } else {
                    // Cut by the left edge: its visible half, if any, becomes a space.
                    if column + scalarWidth > bounds.x { put(.space(role: role), x: bounds.x) }
                    lastCell = nil
                }
                column += scalarWidth
            }
        }
        return max(0, column - x)
    }

    /// Repeats one symbol of width 1 (a border line) over `count` cells from (x, y), clipped.
    mutating func repeatSymbol(_ symbol: String, x: Int, y: Int, count: Int, role: Role, clip: Rect) {
        repeatCell(Cell(symbol, role: role), x: x, y: y, count: count, clip: clip)
    }

    /// `repeatSymbol` with the cell made once by the caller (a box's sides: one cell, every row).
    mutating func repeatCell(_ cell: Cell, x: Int, y: Int, count: Int, clip: Rect) {
        let bounds = clip.intersection(area)
        guard y >= bounds.y && y < bounds.maxY else { return }
        let width = area.width
        cells.withUnsafeMutableBufferPointer { cells in
            for column in max(x, bounds.x)..<max(max(x, bounds.x), min(x + count, bounds.maxX)) {
                Self.place(cell, x: column, rowStart: y * width, width: width, in: cells)
            }
        }
    }

    /// Changes the role of every cell in `rect`, keeping the characters (used for selection bars).
    public mutating func setRole(_ role: Role, in rect: Rect) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { cells[y * area.width + x].role = role }
        }
    }

    /// Copies another buffer's cells with its top-left corner at (x, y), clipped to this one.
    public mutating func blit(_ other: Buffer, x: Int, y: Int) {
        for row in 0..<other.area.height {
            for column in 0..<other.area.width {
                let target = (x + column, y + row)
                guard area.contains(x: target.0, y: target.1) else { continue }
                cells[target.1 * area.width + target.0] = other[column, row]
            }
        }
        // A wide character cut by the right edge would leave an orphan half: blank it.
        for row in 0..<area.height where area.width > 0 {
            let last = row * area.width + area.width - 1
            if cells[last].width == 2 { cells[last] = .space(role: cells[last].role) }
        }
    }

    /// The text of each row; every row is exactly `area.width` columns wide.
    public var lines: [String] {
        (0..<area.height).map { line($0) }
    }

    /// The frame as UTF-8 text: every row (as `line` writes it) followed by a newline, in one
    /// byte array. What `citydash render` prints: no string a row, so no row is checked again
    /// as UTF-8 (every cell's scalars are valid) and none is joined into another.
    public var utf8Text: [UInt8] {
        let width = area.width, height = area.height
        var out: [UInt8] = []
        guard width > 0 else { return [UInt8](repeating: 0x0A, count: height) }
        // Room for three bytes a cell (CJK, borders, blocks) before the array grows.
        out.reserveCapacity(height * (3 * width + 1))
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: width * Cell.maxUTF8) { row in
            cells.withUnsafeBufferPointer { cells in
                for y in 0..<height {
                    let count = Cell.encodeUTF8(UnsafeBufferPointer(rebasing: cells[y * width..<(y + 1) * width]), into: row)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: row[..<count]))
                    out.append(0x0A)
                }
            }
        }
        return out
    }

    /// Encoded straight into the string's storage: a cell is at most `Cell.maxUTF8` bytes.
    public func line(_ y: Int) -> String {
        let width = area.width
        guard y >= 0 && y < area.height && width > 0 else { return "" }
        return cells.withUnsafeBufferPointer { cells in
            String(unsafeUninitializedCapacity: width * Cell.maxUTF8) { bytes in
                var count = 0
                for x in y * width..<(y + 1) * width { count = cells[x].encodeUTF8(into: bytes, at: count) }
                return count
            }
        }
    }
}
