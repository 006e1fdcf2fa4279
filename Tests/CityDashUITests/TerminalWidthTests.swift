import CityDashCore
@testable import CityDashUI
import Testing

/// The buffer places text the way ncurses and the terminal do (glibc wcwidth per scalar), so a
/// row is exactly as wide on screen as in the buffer: no cell left stale, no character lost.
@Suite struct TerminalWidthTests {
    /// Each example, and the cells it must take: one per spacing scalar, zero-width scalars
    /// joined to the cell before them, "" for the second half of a wide scalar.
    static let placements: [(String, [String])] = [
        ("❤️", ["❤\u{FE0F}"]),
        ("⚠️", ["⚠\u{FE0F}"]),
        ("✈️", ["✈\u{FE0F}"]),
        ("☀️", ["☀\u{FE0F}"]),
        ("🇨🇳", ["\u{1F1E8}", "\u{1F1F3}"]),
        ("👍🏽", ["👍", "", "\u{1F3FD}", ""]),
        ("น้ำ", ["น\u{E49}", "\u{E33}"]),
        ("हिन्दी", ["ह", "\u{93F}", "न\u{94D}", "द", "\u{940}"]),
        ("\u{1100}\u{1161}\u{11A8}", ["\u{1100}\u{1161}\u{11A8}", ""]),
        ("e\u{301}", ["e\u{301}"]),
    ]

    @Test(arguments: placements)
    func eachSpacingScalarTakesItsOwnCells(_ text: String, _ expected: [String]) {
        var buffer = Buffer(width: expected.count + 2, height: 1)
        let written = buffer.write("[" + text + "]", x: 0, y: 0)
        #expect(written == expected.count + 2)
        let cells = (1...expected.count).map { buffer[$0, 0].symbol }
        #expect(cells.map { $0.unicodeScalars.map(\.value) } == expected.map { $0.unicodeScalars.map(\.value) })
        #expect(buffer[expected.count + 1, 0].symbol == "]")
        // Nothing is dropped, and the row is as wide on the terminal as the buffer.
        #expect(buffer.lines[0].unicodeScalars.elementsEqual(("[" + text + "]").unicodeScalars))
        #expect(DisplayWidth.wcswidth(buffer.lines[0]) == buffer.area.width)
    }

    @Test("writing over old text repaints every column the terminal draws", arguments: placements)
    func noStaleCells(_ text: String, _ expected: [String]) {
        var buffer = Buffer(width: 12, height: 1)
        buffer.write("############", x: 0, y: 0)
        buffer.write(text + "|", x: 0, y: 0)
        let line = buffer.lines[0]
        #expect(DisplayWidth.wcswidth(line) == 12)
        #expect(line == text + "|" + String(repeating: "#", count: 11 - expected.count))
    }

    @Test func marksBeyondWhatNcursesKeepsAreLeftOut() {
        var buffer = Buffer(width: 3, height: 1)
        buffer.write("a" + String(repeating: "\u{301}", count: 9) + "b", x: 0, y: 0)
        #expect(buffer[0, 0].symbol.unicodeScalars.count == 1 + Cell.maxMarks)
        #expect(buffer[1, 0].symbol == "b")
    }

    @Test func aMarkWithNothingBeforeItTakesNoCell() {
        var buffer = Buffer(width: 3, height: 1)
        let written = buffer.write("\u{301}ab", x: 0, y: 0)
        #expect(written == 2)
        #expect(buffer.lines == ["ab "])
    }

    @Test func unprintableScalarsBecomeTheReplacementCharacter() {
        var buffer = Buffer(width: 3, height: 1)
        buffer.write("a\u{378}b", x: 0, y: 0)
        #expect(buffer.lines == ["a\u{FFFD}b"])
    }

    @Test func aWideScalarCutByTheLeftClipLeavesASpace() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("####", x: 0, y: 0)
        buffer.write("中ab", x: 0, y: 0, clip: Rect(x: 1, y: 0, width: 3, height: 1))
        #expect(buffer.lines == ["# ab"])
    }

    @Test func wrappingCountsColumnsTheWayTheTerminalDoes() {
        // Four hearts are four columns: one line. Two thumbs with skin tones are four columns each.
        #expect(TextWrap.lines("❤️❤️❤️❤️", width: 4) == ["❤️❤️❤️❤️"])
        #expect(TextWrap.lines("👍🏽👍🏽", width: 4) == ["👍🏽", "👍🏽"])
        for (text, _) in Self.placements {
            let repeated = String(repeating: text + " ", count: 7)
            for width in [4, 5, 9] {
                let lines = TextWrap.lines(repeated, width: width)
                for line in lines { #expect(DisplayWidth.wcswidth(line) <= width, "\(line) wider than \(width)") }
                #expect(lines.joined().filter { $0 != " " } == repeated.filter { $0 != " " })
            }
        }
    }

    @Test func paddingAndTruncationHitTheExactWidth() {
        for (text, _) in Self.placements {
            let repeated = String(repeating: text, count: 5)
            for width in 1...12 {
                #expect(DisplayWidth.wcswidth(repeated.padded(toWidth: width)) == width, "\(repeated) at \(width)")
            }
        }
    }
}
