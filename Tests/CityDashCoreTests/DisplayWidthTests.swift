import Testing
@testable import CityDashCore

#if canImport(Glibc)
import Glibc

/// The C library's own wcwidth, which Swift's Glibc module leaves out (it needs _XOPEN_SOURCE).
@_silgen_name("wcwidth") private func glibcWcwidth(_ character: Int32) -> Int32
#endif

/// Terminal column widths by glibc's wcwidth per scalar, as ncurses and tmux count them:
/// CJK and emoji-presentation scalars 2, combining marks and variation selectors 0, else 1;
/// text is measured as drawn, after sanitizing (a control becomes a one-column picture).
@Suite("Display width")
struct DisplayWidthTests {
    @Test("widths of strings",
          arguments: [
            ("中文", 4), ("abc", 3), ("", 0), ("\u{E9}", 1), ("e\u{301}", 1), ("😀", 2), ("\u{301}", 0),
            ("ＡＢ", 4), ("上海abc", 7), ("4.32万亿元", 10), ("“揭榜挂帅”", 10), ("，。", 4), ("한국", 4),
            ("ｱ", 1), ("\u{1B}", 1), ("\u{7}", 1), ("\u{200B}", 0), ("\u{202E}", 0), ("☺\u{FE0F}", 1),
            ("👨\u{200D}👩\u{200D}👧", 6), ("km²", 3), ("␛", 1), ("\u{FFFD}", 1),
            ("𠀀", 2), ("Ｇ６０", 6), ("\u{378}", 1),
          ])
    func widths(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    /// The examples, each with the width glibc, ncurses and tmux give it.
    static let terminalExamples: [(String, Int)] = [
        ("❤️", 1), ("⚠️", 1), ("✈️", 1), ("☀️", 1),         // text-default emoji + U+FE0F
        ("🇨🇳", 2),                                           // two regional indicators, 1 each
        ("👍🏽", 4),                                           // thumbs up 2 + skin tone modifier 2
        ("น้ำ", 2),                                           // NO NU 1, MAI THO 0, SARA AM 1
        ("हिन्दी", 5),                                        // vowel signs I and II are spacing
        ("\u{1100}\u{1161}\u{11A8}", 2),                      // conjoining jamo: L 2, V 0, T 0
    ]

    @Test("emoji with U+FE0F, flags, skin tones, Thai, Devanagari and jamo: the terminal's width",
          arguments: terminalExamples)
    func terminalWidths(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
        #expect(DisplayWidth.wcswidth(text) == width)
    }

    @Test("wcswidth is -1 when a scalar is not printable, like glibc's")
    func wcswidthOfUnprintable() {
        #expect(DisplayWidth.wcswidth("a\u{1B}b") == -1)
        #expect(DisplayWidth.wcswidth("a\u{378}") == -1)
        #expect(DisplayWidth.wcswidth("a\u{E000}") == 2)
    }

#if canImport(Glibc)
    /// The version of the glibc this test runs on, e.g. "2.36".
    static let runningGlibc: String = {
        var buffer = [CChar](repeating: 0, count: 64)
        let length = confstr(Int32(_CS_GNU_LIBC_VERSION), &buffer, buffer.count)
        guard length > 0 else { return "" }
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return String(text.split(separator: " ").last ?? "")
    }()

    @Test("the generated table is glibc's wcwidth for every Unicode scalar",
          .enabled(if: runningGlibc == DisplayWidth.tableGlibcVersion,
                   "the table was made from glibc \(DisplayWidth.tableGlibcVersion); regenerate it with scripts/generate-wcwidth-table.sh"))
    func tableMatchesGlibc() throws {
        let utf8 = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil), "no C.UTF-8 locale")
        defer { freelocale(utf8) }
        let previous = uselocale(utf8)
        defer { uselocale(previous) }
        var differences: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = Int(glibcWcwidth(Int32(bitPattern: value)))
            if DisplayWidth.wcwidth(scalar) != expected { differences.append(String(value, radix: 16)) }
        }
        #expect(differences.isEmpty, "differ from glibc: \(differences.prefix(20))")
    }
#endif

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
