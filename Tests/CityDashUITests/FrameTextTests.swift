import CityDashCore
@testable import CityDashUI
import Testing

/// What `citydash render` prints (`Buffer.utf8Text`) and how the block digits are measured
/// (`BigFigure.glyphColumns`) are faster forms of slower ones: each must agree with its original.
@Suite struct FrameTextTests {
    @Test func theFramesBytesAreItsLinesEachEndedByANewline() {
        var buffer = Buffer(width: 12, height: 4)
        buffer.write("ab 数字化·│█", x: 0, y: 0, role: .value)
        buffer.write("e\u{301}x\u{FE0F}🇨🇳", x: 1, y: 1)
        buffer.write("┌─┐ 城市", x: 3, y: 2)
        buffer.write("宽宽宽宽宽宽宽", x: 0, y: 3)
        let expected = buffer.lines.map { $0 + "\n" }.joined()
        #expect(String(decoding: buffer.utf8Text, as: UTF8.self) == expected)
        #expect(buffer.utf8Text == Array(expected.utf8))
    }

    @Test func anEmptyFrameIsItsNewlines() {
        #expect(Buffer(width: 0, height: 3).utf8Text == [0x0A, 0x0A, 0x0A])
        #expect(Buffer(width: 5, height: 0).utf8Text.isEmpty)
    }

    @Test func aGlyphsColumnsAreTheWidthOfItsRowsAtEverySize() {
        for rows in [3, 5, 7] + BigFigure.posterRows {
            for (index, character) in BigFigure.glyphCharacters.enumerated() {
                #expect(BigFigure.glyphIndex(character) == index)
                let glyph = BigFigure.glyph(character, rows: rows, ascii: false)
                #expect(BigFigure.glyphColumns(index: index, rows: rows) == glyph.map(BigFigure.glyphWidth),
                        "\(character) at \(rows) rows")
            }
        }
        #expect(BigFigure.glyphColumns(index: 0, rows: 4) == nil)
        #expect(BigFigure.glyphIndex("a") == nil)
        #expect(BigFigure.glyphIndex("1\u{301}") == nil)
    }
}

/// The chart board's legend skips wrapping when it fits: the lines must be what wrapping gives.
@Suite struct ChartLegendTests {
    @Test func theLegendIsWhatWrappingGivesAtEveryWidth() {
        for lang in [Language.zh, .en] {
            for width in 1...120 {
                #expect(ChartBoard.legendLines(lang, width: width) == TextWrap.lines(ChartBoard.legend(lang), width: width),
                        "\(lang) at \(width)")
            }
        }
    }
}
