import CityDashCore
@testable import CityDashUI

/// The roles of a buffer as text a reviewer can read in a diff: one letter per terminal column
/// (both halves of a wide character carry its role), so a role row lines up with the text row
/// above it in any monospaced view. Golden frames and widget tests write and compare it.
enum RoleGrid {
    /// One letter per role. The switch is exhaustive: a new role must get its letter here.
    static func letter(_ role: Role) -> Character {
        switch role {
        case .normal: "."
        case .title: "T"
        case .label: "l"
        case .value: "V"
        case .target: "G"
        case .accent: "a"
        case .warning: "W"
        case .selection: "S"
        case .muted: "m"
        case .border: "b"
        case .tabActive: "A"
        case .tabInactive: "t"
        case .statusBar: "s"
        case .gaugeFilled: "#"
        case .gaugeEmpty: "_"
        case .quote: "q"
        case .header: "H"
        case .mapNone: "0"
        case .mapLow: "1"
        case .mapMid: "2"
        case .mapHigh: "3"
        case .mapActive: "M"
        case .mapCursor: "C"
        case .banner: "B"
        case .match: "h"
        }
    }

    static let roleOfLetter: [Character: Role] = {
        var table: [Character: Role] = [:]
        for role in Role.allCases {
            precondition(table[letter(role)] == nil, "two roles share the letter \(letter(role))")
            table[letter(role)] = role
        }
        return table
    }()

    /// "letter name" for every role, e.g. ". normal  T title  l label ...".
    static let legend: String = Role.allCases.map { "\(letter($0)) \($0)" }.joined(separator: "  ")

    /// One string per row, one letter per column.
    static func rows(_ buffer: Buffer) -> [String] {
        (0..<buffer.area.height).map { y in
            String((0..<buffer.area.width).map { x in letter(buffer[x, y].role) })
        }
    }

    /// "S selection" for a letter, or the letter itself if it names no role.
    static func describe(_ letter: Character?) -> String {
        guard let letter else { return "nothing" }
        guard let role = roleOfLetter[letter] else { return "'\(letter)' (no such role)" }
        return "\(letter) \(role)"
    }

    /// Where two role grids differ: one line per run of columns in a row with the same
    /// expected and actual role, e.g. "row 3, columns 1-78: expected S selection, got . normal",
    /// followed by the text of those columns in the actual frame when it is given.
    static func differences(expected: [String], actual: [String], actualText: [String]? = nil,
                            limit: Int = 12) -> [String] {
        var out: [String] = []
        if expected.count != actual.count {
            out.append("expected \(expected.count) role rows, got \(actual.count)")
        }
        for y in 0..<max(expected.count, actual.count) {
            let e = y < expected.count ? Array(expected[y]) : []
            let a = y < actual.count ? Array(actual[y]) : []
            var x = 0
            while x < max(e.count, a.count) {
                let pair = (x < e.count ? e[x] : nil, x < a.count ? a[x] : nil)
                guard pair.0 != pair.1 else { x += 1; continue }
                var end = x + 1
                while end < max(e.count, a.count), (end < e.count ? e[end] : nil) == pair.0,
                      (end < a.count ? a[end] : nil) == pair.1 { end += 1 }
                var line = "row \(y), column\(end - x > 1 ? "s \(x)-\(end - 1)" : " \(x)"): "
                    + "expected \(describe(pair.0)), got \(describe(pair.1))"
                if let actualText, y < actualText.count {
                    line += " over \"\(columns(x..<end, of: actualText[y]))\""
                }
                out.append(line)
                if out.count == limit { return out + ["(more differences not shown)"] }
                x = end
            }
        }
        return out
    }

    /// The characters of `line` that start in the terminal columns `range`.
    static func columns(_ range: Range<Int>, of line: String) -> String {
        var column = 0
        var out = ""
        for character in line {
            if range.contains(column) { out.append(character) }
            column += DisplayWidth.of(character)
        }
        return out
    }
}
