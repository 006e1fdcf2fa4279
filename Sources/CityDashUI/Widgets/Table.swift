import CityDashCore

/// A scrolling table with a header row and one highlighted row, drawn inside a frame.
/// Column widths come from `Layout`; text is cut with "…" to its column.
public struct Table: Sendable {
    public enum Content: Sendable {
        case text(String, Role)
        /// A share from 0 to 100 drawn as a bar.
        case gauge(Double)
        /// A group heading: as the row's only content, it spans every column, followed by a rule.
        case heading(String)
    }

    public struct Column: Sendable {
        public var title: String
        public var width: Layout.Constraint
        public var alignRight: Bool
        /// Sized to its widest text by the caller (`PanelTable.fitted`); `width` is the fallback.
        public var fitsContent: Bool

        public init(_ title: String, _ width: Layout.Constraint, alignRight: Bool = false, fitsContent: Bool = false) {
            self.title = title
            self.width = width
            self.alignRight = alignRight
            self.fitsContent = fitsContent
        }
    }

    public var columns: [Column]
    /// The rows to draw: only those that fit, starting with row number `firstRow`.
    public var rows: [[Content]]
    public var firstRow: Int
    /// Row number of the highlighted row (same numbering as `firstRow`).
    public var selected: Int?
    public var borders: BorderSet
    /// A search: where a text cell contains it (folded as `SearchText` folds), those characters
    /// are drawn in the `match` role.
    public var highlight: String

    public init(columns: [Column], rows: [[Content]], firstRow: Int, selected: Int?, borders: BorderSet,
                highlight: String = "") {
        self.columns = columns
        self.rows = rows
        self.firstRow = firstRow
        self.selected = selected
        self.borders = borders
        self.highlight = highlight
    }

    /// Draws the header in `inner`'s first row and the rows below it.
    public func render(in inner: Rect, buffer: inout Buffer) {
        guard inner.height > 0 && inner.width > 0 else { return }
        let cells = Layout.columns(inner, columns.map(\.width), gap: 1)
        for (column, rect) in zip(columns, cells) {
            write(column.title, in: rect.row(0), role: .muted, alignRight: column.alignRight, buffer: &buffer)
        }
        let body = inner.inset(top: 1)
        for line in 0..<body.height {
            guard rows.indices.contains(line) else { break }
            let index = firstRow + line
            let rowRect = body.row(line)
            let isSelected = index == selected
            if case .heading(let text)? = rows[line].first {
                let cut = text.truncated(toWidth: rowRect.width)
                buffer.write(cut, x: rowRect.x, y: rowRect.y, role: .title, clip: rowRect)
                let rule = rowRect.width - DisplayWidth.of(cut) - 1
                if rule > 0 {
                    buffer.write(String(repeatingBytesOf: borders.horizontal, count: rule), x: rowRect.maxX - rule,
                                 y: rowRect.y, role: .border, clip: rowRect)
                }
                continue
            }
            if isSelected { buffer.fill(rowRect, role: .selection) }
            for (column, (content, cell)) in zip(columns, zip(rows[line], cells)) {
                let rect = Rect(x: cell.x, y: rowRect.y, width: cell.width, height: 1)
                switch content {
                case .text(let text, let role):
                    write(text, in: rect, role: isSelected ? .selection : role, alignRight: column.alignRight,
                          highlight: highlight, buffer: &buffer)
                case .gauge(let percent):
                    Gauge(percent: percent, borders: borders).render(in: rect, buffer: &buffer)
                case .heading: break
                }
            }
        }
    }

    private func write(_ text: String, in rect: Rect, role: Role, alignRight: Bool, highlight: String = "",
                       buffer: inout Buffer) {
        guard rect.width > 0 else { return }
        let cut = text.truncated(toWidth: rect.width)
        let x = alignRight ? rect.maxX - DisplayWidth.of(cut) : rect.x
        buffer.write(cut, x: x, y: rect.y, role: role, clip: rect)
        guard !highlight.isEmpty else { return }
        // Matches in what is drawn: one cut off by "…" is highlighted as far as it shows.
        for range in SearchText.ranges(of: highlight, in: cut) {
            let start = x + DisplayWidth.of(String(cut[..<range.lowerBound]))
            let width = DisplayWidth.of(String(cut[range]))
            buffer.setRole(.match, in: Rect(x: start, y: rect.y, width: width, height: 1).intersection(rect))
        }
    }
}
