import CityDashCore
@testable import CityDashUI
import Testing

/// `BigFigure.glyphWidth` counts a glyph's scalars instead of measuring it: every glyph of every
/// font must be drawn in characters of width 1, each row as wide as the first.
@Suite struct DigitGlyphTests {
    @Test func everyGlyphRowIsOneColumnAScalarAndAsWideAsTheFirst() {
        let characters: [Character] = Array("0123456789.,+%")
        for rows in [3, 5, 7] + BigFigure.posterRows {
            for ascii in [false, true] {
                for character in characters {
                    guard let glyph = BigFigure.glyph(character, rows: rows, ascii: ascii) else {
                        Issue.record("no glyph for \(character) at \(rows) rows, ascii \(ascii)")
                        continue
                    }
                    #expect(glyph.count == rows)
                    let width = BigFigure.glyphWidth(glyph)
                    #expect(width > 0)
                    for line in glyph {
                        #expect(DisplayWidth.of(line) == width, "\(character) \(rows) rows ascii \(ascii): \(line)")
                        #expect(line.unicodeScalars.count == width)
                    }
                }
            }
        }
    }

    @Test func theFirmOfAChartIsItsPrefixWithoutPunctuation() {
        #expect(ChartBoard.firmName("正泰：") == "正泰")
        #expect(ChartBoard.firmName("CHINT: ") == "CHINT")
        #expect(ChartBoard.firmName("") == "")
    }
}
