@testable import CityDashCore
import Testing

/// The loader's byte-level fast paths give what the `String` checks they skip would give:
/// `startsVisibly` never calls a blank or invisible text visible, `digits` reads what `Int(_:)`
/// reads, and the id check on bytes agrees with the one on strings, over random texts made of
/// the characters that matter to each check.
@Suite struct LoaderFastPathTests {
    /// Characters at the edges of each check: ASCII letters, digits, '-', '+', controls and
    /// spaces, white space and invisible code points, combining marks, and CJK ideographs
    /// inside and just outside the range `startsVisibly` knows.
    static let parts: [String] = [
        "a", "z", "A", "0", "9", "-", "+", "_", " ", "\t", "\n", "\u{7F}", "\u{85}", "\u{A0}", "\u{200B}",
        "\u{2028}", "\u{3000}", "\u{3164}", "\u{FEFF}", "\u{301}", "\u{2800}", "é", "一", "中", "龥", "\u{9FA6}",
        "\u{4DFF}", "㐀", "\u{E000}", "😀", "null", "~",
    ]

    static func randomText(_ generator: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...6, using: &generator)).map { _ in parts.randomElement(using: &generator) ?? "" }.joined()
    }

    @Test func startsVisiblyOnlyForTextThatIsNeitherBlankNorInvisible() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            var text = Self.randomText(&generator)
            let visible = text.withUTF8 { RecordReader.startsVisibly($0) }
            if visible {
                #expect(!RecordReader.isBlank(text) && !RecordReader.isInvisible(text), "\(text.unicodeScalars.map(\.value))")
            }
        }
        for text in ["a", "中文", "一", "龥"] {
            var text = text
            #expect(text.withUTF8 { RecordReader.startsVisibly($0) })
        }
        for text in ["", " a", "\u{200B}中", "\u{9FA6}", "é"] {
            var text = text
            #expect(!text.withUTF8 { RecordReader.startsVisibly($0) })
        }
    }

    @Test func digitsReadWhatIntReads() {
        var generator = SystemRandomNumberGenerator()
        let digitParts = ["0", "1", "7", "9", "-", "+", " ", "a", "٣"]
        for _ in 0..<20_000 {
            var text = (0..<Int.random(in: 0...20, using: &generator))
                .map { _ in digitParts.randomElement(using: &generator) ?? "" }.joined()
            let fast = text.withUTF8 { RecordReader.digits($0) }
            // Where the fast path answers, it answers as Int(_:) does; where it does not, the
            // reader falls back to Int(_:).
            if let fast { #expect(fast == Int(text), "\(text)") }
            if text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) && (1...18).contains(text.utf8.count) {
                #expect(fast != nil, "\(text)")
            }
        }
    }

    @Test func idCheckOnBytesAgreesWithTheOneOnStrings() {
        var generator = SystemRandomNumberGenerator()
        let idParts = ["a", "z", "0", "9", "-", "A", "_", " ", "é", "中", String(repeating: "x", count: 30)]
        for _ in 0..<20_000 {
            var text = (0..<Int.random(in: 0...5, using: &generator))
                .map { _ in idParts.randomElement(using: &generator) ?? "" }.joined()
            let onBytes = text.withUTF8 { RecordReader.isValidID($0) }
            let allowed = text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
            #expect(onBytes == (!text.isEmpty && !text.hasPrefix("-") && text.utf8.count <= 64 && allowed), "\(text)")
            #expect(onBytes == RecordReader.isValidID(text))
        }
    }

    /// `{zh: ..., en: ...}` is read in one pass over its keys: a missing or empty language and
    /// any other key are still each reported, in that order, at their own place.
    @Test func aLocalizedTextReportsEachMissingLanguageAndUnknownKey() {
        let yaml = "metrics:\n" + TestSupport.metricYAML(["name": "{fr: \"PIB\", zh: \"全市生产总值\", 1: x, en: \"\"}"])
        let result = TestSupport.load(replacing: ["metrics.yaml": yaml])
        let messages = result.diagnostics.filter { $0.file == "metrics.yaml" }.map(\.message)
        #expect(messages == [
            "metrics[0].name.en: missing or empty; expected text",
            "metrics[0].name: unknown field `fr`; expected zh and en",
            "metrics[0].name: unknown field `1`; expected zh and en",
        ])
        let line = TestSupport.line(of: "name:", in: yaml)
        let columns = result.diagnostics.filter { $0.file == "metrics.yaml" }.map(\.column)
        #expect(result.diagnostics.filter { $0.file == "metrics.yaml" }.allSatisfy { $0.line == line })
        #expect(columns == [TestSupport.column(of: "\"\"}", in: yaml), TestSupport.column(of: "fr:", in: yaml),
                            TestSupport.column(of: "1: x", in: yaml)])
        let fine = TestSupport.load(replacing: ["metrics.yaml": "metrics:\n" + TestSupport.metricYAML(["name": "{en: \"GDP\", zh: \"生产总值\"}"])])
        #expect(fine.diagnostics.isEmpty)
        #expect(fine.dataset.metrics.first?.name == Localized(zh: "生产总值", en: "GDP"))
    }

    @Test func recordPathsReadAsBefore() {
        #expect("\(RecordPath(list: "metrics", index: 3))" == "metrics[3]")
        #expect("\(RecordPath(list: "kiosk"))" == "kiosk")
        #expect("\(RecordPath(list: "playlist", index: 0)).title" == "playlist[0].title")
    }
}
