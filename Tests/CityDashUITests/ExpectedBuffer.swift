import CityDashCore
@testable import CityDashUI
import Testing

/// An expected buffer written the way ratatui's widget tests write theirs: the text of each row,
/// and under it the role of each column as a `RoleGrid` letter. Cells are made here directly
/// (a wide character and its continuation), not with `Buffer.write`, so tests of writing do
/// not check the code with itself.
enum ExpectedBuffer {
    /// A buffer holding `lines` (each exactly as wide as the others) with the roles in `roles`
    /// (one letter a column; "." is normal).
    static func make(_ lines: [String], roles: [String], sourceLocation: SourceLocation = #_sourceLocation) -> Buffer {
        let width = lines.map { DisplayWidth.of($0) }.max() ?? 0
        var buffer = Buffer(width: width, height: lines.count)
        #expect(roles.count == lines.count, "expected buffer: \(lines.count) text rows, \(roles.count) role rows",
                sourceLocation: sourceLocation)
        for (y, line) in lines.enumerated() {
            #expect(DisplayWidth.of(line) == width, "expected buffer: row \(y) is not \(width) columns: \(line)",
                    sourceLocation: sourceLocation)
            let rowRoles = y < roles.count ? Array(roles[y]) : []
            #expect(rowRoles.count == width, "expected buffer: role row \(y) is not \(width) letters",
                    sourceLocation: sourceLocation)
            func role(_ x: Int) -> Role {
                guard x < rowRoles.count else { return .normal }
                guard let role = RoleGrid.roleOfLetter[rowRoles[x]] else {
                    Issue.record("expected buffer: '\(rowRoles[x])' names no role (\(RoleGrid.legend))",
                                 sourceLocation: sourceLocation)
                    return .normal
                }
                return role
            }
            var x = 0
            for character in line {
                let characterWidth = DisplayWidth.of(character)
                buffer.put(Cell(String(character), role: role(x)), x: x, y: y)
                if characterWidth == 2 { buffer.put(Cell("", role: role(x + 1)), x: x + 1, y: y) }
                x += characterWidth
            }
        }
        return buffer
    }

    /// Fails unless `actual` equals `expected` cell for cell, saying which rows' text differ
    /// and which cells' roles differ (row, columns, expected and actual role).
    static func expect(_ actual: Buffer, equals expected: Buffer, sourceLocation: SourceLocation = #_sourceLocation) {
        guard actual != expected else { return }
        var report: [String] = []
        if actual.area != expected.area {
            report.append("size: expected \(expected.area.width)x\(expected.area.height), "
                          + "got \(actual.area.width)x\(actual.area.height)")
        }
        let (e, a) = (expected.lines, actual.lines)
        for y in 0..<max(e.count, a.count) {
            let (el, al) = (y < e.count ? e[y] : "<none>", y < a.count ? a[y] : "<none>")
            if el != al { report.append("text row \(y):\n  expected: \"\(el)\"\n  actual:   \"\(al)\"") }
        }
        report += RoleGrid.differences(expected: RoleGrid.rows(expected), actual: RoleGrid.rows(actual),
                                       actualText: a)
        if report.isEmpty {
            // Same text and roles: a space where a wide character's second half should be, or the reverse.
            let index = actual.cells.indices.first { actual.cells[$0] != expected.cells[$0] } ?? 0
            let width = max(1, expected.area.width)
            report.append("cell \(index % width),\(index / width): expected \(expected.cells[index]), "
                          + "got \(actual.cells[index])")
        }
        let shown: [String] = a + RoleGrid.rows(actual)
        let message: String = "buffers differ (roles: \(RoleGrid.legend)):\n" + report.joined(separator: "\n")
            + "\nactual buffer, text then roles:\n" + shown.joined(separator: "\n")
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
