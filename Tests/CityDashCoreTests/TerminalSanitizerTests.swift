import Testing
@testable import CityDashCore

/// Text from the data reaches the terminal with nothing that can move the cursor, retitle the
/// window, recolour the screen or reorder what is shown.
@Suite("Terminal sanitizer")
struct TerminalSanitizerTests {
    @Test("escape sequences are made visible, not obeyed",
          arguments: [
            ("\u{1B}", "␛"),
            ("\u{07}", "␇"),
            ("\u{1B}]0;pwned\u{07}", "␛]0;pwned␇"),
            ("\u{1B}[2J", "␛[2J"),
            ("a\u{1B}[31mred\u{1B}[0mb", "a␛[31mred␛[0mb"),
            ("\u{0}", "␀"),
            ("\u{08}", "␈"),
            ("\u{7F}", "␡"),
          ])
    func controlsBecomePictures(_ input: String, _ expected: String) {
        #expect(TerminalSanitizer.sanitize(input) == expected)
    }

    @Test("the fast path (printable ASCII, CJK ideographs) keeps only what the width table keeps")
    func fastPathAgreesWithTheWidthTable() {
        for value in Array(0x20..<0x7F) + Array(0x4E00...0x9FFF) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            #expect(DisplayWidth.wcwidth(scalar) >= 0, "U+\(String(value, radix: 16)) would be replaced")
            #expect(TerminalSanitizer.replacement(for: scalar) == nil)
        }
    }

    @Test("C1 controls become U+FFFD", arguments: [0x80, 0x85, 0x8D, 0x9B, 0x9D, 0x9F])
    func c1Controls(_ value: Int) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(TerminalSanitizer.sanitize("a\(Character(scalar))b") == "a\u{FFFD}b")
    }

    @Test("bidirectional overrides, isolates and zero-width characters are dropped",
          arguments: [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200B, 0x200C,
                      0x200D, 0x200E, 0x200F, 0x2060, 0x061C, 0xFEFF])
    func invisiblesDropped(_ value: Int) throws {
        let scalar = try #require(Unicode.Scalar(value))
        var input = String.UnicodeScalarView()
        input.append(contentsOf: ["杨", scalar, "浦"])
        #expect(TerminalSanitizer.sanitize(String(input)) == "杨浦")
    }

    @Test("scalars glibc cannot print (unassigned code points) become U+FFFD; private use stays",
          arguments: [(0x378, true), (0x0E3B, true), (0x2FFFF, true), (0xE000, false), (0x1F1E8, false)])
    func unprintable(_ value: Int, _ replaced: Bool) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let expected = replaced ? "a\u{FFFD}b" : "a\(Character(scalar))b"
        #expect(TerminalSanitizer.sanitize("a\(Character(scalar))b") == expected)
    }

    @Test("line breaks and tabs become a space",
          arguments: [("a\nb", "a b"), ("a\tb", "a b"), ("a\rb", "a b"), ("a\r\nb", "a  b"), ("a\u{2028}b", "a b"),
                      ("a\u{2029}b", "a b")])
    func whitespace(_ input: String, _ expected: String) {
        #expect(TerminalSanitizer.sanitize(input) == expected)
    }

    @Test("plain text, CJK, full-width punctuation and emoji are unchanged",
          arguments: ["上海城市数字化转型", "全市GDP达到4.32万亿元,首次突破4万亿元", "“揭榜挂帅”场景，（徐汇滨江）",
                      "Jing'an District", "km² ✓ 😀 é e\u{301}", ""])
    func plainTextUnchanged(_ text: String) {
        #expect(TerminalSanitizer.sanitize(text) == text)
    }

    @Test("no C0, DEL, C1, bidi or zero-width scalar survives, for every scalar up to U+FFFF")
    func sweep() {
        var all = String.UnicodeScalarView()
        for value in 0...0xFFFF {
            if let scalar = Unicode.Scalar(value) { all.append(scalar) }
        }
        let out = TerminalSanitizer.sanitize(String(all))
        let forbidden: (UInt32) -> Bool = { v in
            v < 0x20 || (0x7F...0x9F).contains(v) || (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x061C || v == 0xFEFF || v == 0x2028 || v == 0x2029
        }
        #expect(!out.unicodeScalars.contains { forbidden($0.value) })
        #expect(TerminalSanitizer.sanitize(out) == out, "sanitizing twice changes the text")
    }

    @Test("bundled names and quotes are already clean")
    func bundledDataIsClean() throws {
        let dataset = try TestSupport.bundledDataset()
        var texts: [String] = dataset.metrics.flatMap { [$0.name.zh, $0.name.en, $0.quote, $0.stated] }
        texts += dataset.zones.flatMap { [$0.name.zh, $0.name.en, $0.quote] + $0.highlights.flatMap { [$0.zh, $0.en] } }
        texts += dataset.projects.flatMap { [$0.name.zh, $0.name.en, $0.quote] + $0.parties.flatMap { [$0.zh, $0.en] } }
        texts += dataset.events.flatMap { [$0.name.zh, $0.name.en, $0.quote] }
        for text in texts {
            #expect(TerminalSanitizer.sanitize(text) == text, "\(text)")
        }
    }

    @Test("diagnostics are printed sanitized")
    func diagnosticDescription() {
        let diagnostic = Diagnostic(file: "metrics.yaml", line: 3, column: 7, message: "bad \u{1B}[2J\u{202E}id\nhere")
        #expect(diagnostic.description == "metrics.yaml:3:7: bad ␛[2Jid here")
    }
}
