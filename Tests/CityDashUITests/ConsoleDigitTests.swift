import CityDashCore
@testable import CityDashUI
import Testing

/// Big digits on the Linux console (TERM=linux, `--ascii`): `BigFigure`'s console font uses
/// only ASCII, so nothing is transliterated into "?", and has the block font's widths, so every
/// layout that fits block digits fits these.
@Suite struct ConsoleDigitTests {
    @Test(arguments: DigitSize.allCases)
    func theConsoleFontIsAsciiAndAsLargeAsTheBlockFont(size: DigitSize) throws {
        for character in "0123456789.,+%" {
            let block = try #require(BigFigure.glyph(character, size), "no block glyph for \(character)")
            let console = try #require(BigFigure.glyph(character, size, ascii: true), "no console glyph for \(character)")
            #expect(console.count == size.rows)
            for (row, line) in console.enumerated() {
                #expect(line.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }, "\(character): \(line)")
                #expect(line.count == DisplayWidth.of(block[row]), "\(character) row \(row) differs in width")
            }
            // The digit has ink: a glyph of blanks would read as nothing from across the room.
            if character.isNumber { #expect(console.joined().contains { $0 != " " }) }
        }
    }

    @Test func consoleDigitsReadAsTheirDigits() {
        #expect(BigFigure.glyph("8", .small, ascii: true) == [" _ ", "|_|", "|_|"])
        #expect(BigFigure.glyph("1", .medium, ascii: true) == ["####  ", "  ##  ", "  ##  ", "  ##  ", "######"])
    }

    /// The kiosk's headline cards at 120x36 on the console: 3-row digits, not a line of text.
    @Test func aKioskOverviewOnTheConsoleHasMultiRowDigits() {
        var config = KioskConfig()
        config.playlist = [KioskPage(panel: "overview")]
        var state = Fixture.state(width: 120, height: 36)
        state.asciiOnly = true
        state.kiosk = KioskState(config: config, dataset: Fixture.dataset, rotate: nil, idle: nil, unlock: nil, utcOffset: 0)
        AppReducer.reduce(&state, .tick(now: 100))
        let buffer = DashboardView.render(state)
        let cards = DashboardLayout(for: state).cards
        #expect(cards.height > 0)
        // The digit 8 of "4.32万亿元"'s neighbours aside, every card row has segments on three rows.
        let rowsWithSegments = (cards.y..<cards.maxY).filter { y in buffer.line(y).contains("|_") || buffer.line(y).contains("_|") }
        #expect(rowsWithSegments.count >= 2, "\(buffer.lines[cards.y..<cards.maxY].joined(separator: "\n"))")
        #expect(buffer.lines.joined().unicodeScalars.allSatisfy { $0.value < 0x7F })
    }
}
