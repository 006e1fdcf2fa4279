import CityDashCore

/// A list whose items are shown under headings (the projects panel's undated projects and
/// dated events, the industry actions by group). Items keep their index in the panel's list,
/// so ↑↓, clicks and the selection mean what they mean everywhere; headings only add rows.
/// It scrolls by itself, keeping the selected row in view with the row after it.
struct SectionList {
    /// One piece of an item row: text in a role, `width` columns wide (nil: the rest of the row).
    struct Cell {
        var text: String
        var role: Role
        var width: Int?
    }

    enum Row {
        case heading(String, Role)
        case item(Int, [Cell])
        /// A second, muted line of an item (where, who), indented by `indent` columns.
        case note(Int, String, indent: Int)
        case blank
    }

    var rows: [Row]
    /// The search, whose matches in item rows are drawn in the `match` role (as `Table` does).
    var highlight = ""

    /// The first row drawn when `height` rows fit and item `selected` must be in view.
    func firstRow(height: Int, selected: Int) -> Int {
        guard height > 0, rows.count > height else { return 0 }
        let row = rows.firstIndex { if case .item(selected, _) = $0 { return true } else { return false } } ?? 0
        // The row after it (its note, or the next item) stays in view too.
        let wanted = row + 2 - height
        return min(max(0, wanted), rows.count - height)
    }

    func render(in rect: Rect, selected: Int, buffer: inout Buffer) {
        let first = firstRow(height: rect.height, selected: selected)
        for (offset, row) in rows.dropFirst(first).prefix(rect.height).enumerated() {
            let line = rect.row(offset)
            switch row {
            case .blank: break
            case .heading(let text, let role):
                buffer.write(text.truncated(toWidth: line.width), x: line.x, y: line.y, role: role, clip: line)
            case .note(let index, let text, let indent):
                let isSelected = index == selected
                if isSelected { buffer.fill(line, role: .selection) }
                let cut = text.truncated(toWidth: max(0, line.width - indent - 1))
                buffer.write(cut, x: line.x + indent + 1, y: line.y, role: isSelected ? .selection : .muted, clip: line)
                mark(cut, x: line.x + indent + 1, in: line, &buffer)
            case .item(let index, let cells):
                let isSelected = index == selected
                if isSelected { buffer.fill(line, role: .selection) }
                var x = line.x + 1
                for cell in cells {
                    let width = cell.width ?? max(0, line.maxX - x)
                    let cut = cell.text.truncated(toWidth: width)
                    buffer.write(cut, x: x, y: line.y, role: isSelected ? .selection : cell.role, clip: line)
                    mark(cut, x: x, in: line, &buffer)
                    x += width + 1
                }
            }
        }
    }

    /// Gives the search's matches in `text`, drawn at `x`, the match role.
    func mark(_ text: String, x: Int, in line: Rect, _ buffer: inout Buffer) {
        guard !highlight.isEmpty else { return }
        for range in SearchText.ranges(of: highlight, in: text) {
            let start = x + DisplayWidth.of(String(text[..<range.lowerBound]))
            let width = DisplayWidth.of(String(text[range]))
            buffer.setRole(.match, in: Rect(x: start, y: line.y, width: width, height: 1).intersection(line))
        }
    }

    /// The index of the item drawn at row `y` of `rect`, if any.
    func item(atY y: Int, in rect: Rect, selected: Int) -> Int? {
        guard y >= rect.y, y < rect.maxY else { return nil }
        let position = firstRow(height: rect.height, selected: selected) + y - rect.y
        guard rows.indices.contains(position) else { return nil }
        switch rows[position] {
        case .item(let index, _), .note(let index, _, _): return index
        case .heading, .blank: return nil
        }
    }
}
