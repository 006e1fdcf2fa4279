import Testing
@testable import CityDashCore

/// Terminal column widths: CJK and emoji 2, combining marks and controls 0, else 1.
@Suite("Display width")
struct DisplayWidthTests {
    @Test("widths of strings",
          arguments: [
            ("中文", 4), ("abc", 3), ("", 0), ("\u{E9}", 1), ("e\u{301}", 1), ("😀", 2), ("\u{301}", 0),
            ("ＡＢ", 4), ("上海abc", 7), ("4.32万亿元", 10), ("“揭榜挂帅”", 10), ("，。", 4), ("한국", 4),
            ("ｱ", 1), ("\u{1B}", 0), ("\u{7}", 0), ("\u{200B}", 0), ("\u{202E}", 0), ("☺\u{FE0F}", 2),
            ("👨\u{200D}👩\u{200D}👧", 2), ("🇨🇳", 2), ("👍🏽", 2), ("km²", 3), ("␛", 1), ("\u{FFFD}", 1),
            ("𠀀", 2), ("Ｇ６０", 6),
          ])
    func widths(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test("a string is as wide as the sum of its characters")
    func sumOfCharacters() throws {
        let dataset = try TestSupport.bundledDataset()
        for text in dataset.metrics.map(\.quote) + dataset.zones.map(\.name.zh) {
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
        }
    }

    @Test("a composed and a decomposed é are equally wide")
    func normalizationForms() {
        #expect(DisplayWidth.of("caf\u{E9}") == 4)
        #expect(DisplayWidth.of("cafe\u{301}") == 4)
    }

    @Test("every CJK ideograph in the bundled Chinese names is two columns")
    func cjkIsWide() throws {
        let dataset = try TestSupport.bundledDataset()
        for district in dataset.districts {
            #expect(DisplayWidth.of(district.name.zh) == 2 * district.name.zh.count, "\(district.name.zh)")
            #expect(DisplayWidth.of(district.name.en) == district.name.en.count, "\(district.name.en)")
        }
    }

    @Test("sanitized control pictures are one column, so sanitizing never hides width")
    func sanitizedControls() {
        let sanitized = TerminalSanitizer.sanitize("\u{1B}[2J")
        #expect(DisplayWidth.of(sanitized) == 4)
    }
}
