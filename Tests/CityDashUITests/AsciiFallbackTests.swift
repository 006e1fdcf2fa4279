import CityDashCore
@testable import CityDashUI
import Testing

/// ASCII mode (TERM=linux, `--ascii`) transliterates what it can instead of showing "??", and
/// every row stays exactly as wide as the terminal.
@Suite struct AsciiFallbackTests {
    @Test(arguments: [
        ("5×24", "5x24"), ("≈3.2", "~=3.2"), ("a–b—c", "a-b-c"), ("a·b", "a.b"), ("“smart”", "\"smart\""),
        ("‘x’", "'x'"), ("wait…", "wait..."), ("≤5 ≥6", "<=5 >=6"), ("±1", "+/-1"), ("30°", "30deg"),
        ("①⑳❶", "(1)(20)(1)"), ("ＡＢ１２", "AB12"), ("café", "cafe"), ("cafe\u{301}", "cafe"), ("Ærø", "AEro"),
        ("km²", "km2"), ("x⁴", "x4"), ("H₂O", "H2O"), ("½", "1/2"), ("≠", "!="), ("→", ">"), ("Ⅻ", "XII"),
        ("【要点】", "[要点]"), ("中", "??"), ("\u{1B}", "^["), ("㎡", "??"), ("❤️", "?"), ("👍🏽", "????"),
    ])
    func transliterations(_ text: String, _ expected: String) {
        let ascii = AsciiFallback.transliterate(text)
        // The CJK ideographs have no ASCII form: they become "??" (two columns), like any unknown.
        #expect(ascii == expected.replacingOccurrences(of: "要点", with: "????"))
    }

    static func row(_ text: String, width: Int, role: Role = .normal) -> String {
        var buffer = Buffer(width: width, height: 1)
        buffer.write(text, x: 0, y: 0, role: role)
        AsciiFallback.apply(to: &buffer)
        #expect(buffer.lines[0].unicodeScalars.allSatisfy { $0.isASCII })
        #expect(DisplayWidth.wcswidth(buffer.lines[0]) == width)
        return buffer.lines[0]
    }

    @Test func longerTransliterationsPushTheirTextIntoTheBlankAfterIt() {
        #expect(Self.row("a≈b × c…", width: 16) == "a~=b x c...     ")
        // Columns after a wide enough gap stay where they were (table alignment).
        #expect(Self.row("x≈1    right", width: 14) == "x~=1   right  ")
        // A lone space between words is not taken: no room, so the short form.
        #expect(Self.row("a≈b c", width: 5) == "a~b c")
    }

    @Test func textNeverGrowsIntoAnotherRole() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("≈≈", x: 0, y: 0, role: .normal)
        buffer.write("|xx|", x: 2, y: 0, role: .border)
        AsciiFallback.apply(to: &buffer)
        #expect(buffer.lines == ["~~|xx|"])
    }

    @Test func textGrowsIntoTheBlankFillAfterIt() {
        var buffer = Buffer(width: 12, height: 1)
        buffer.fill(buffer.area, role: .normal)
        buffer.write("No№1", x: 0, y: 0, role: .header)
        buffer.write("|", x: 11, y: 0, role: .border)
        AsciiFallback.apply(to: &buffer)
        #expect(buffer.lines == ["NoNo.1     |"])
        #expect(buffer[4, 0].role == .header && buffer[5, 0].role == .header && buffer[6, 0].role == .normal)
    }

    @Test func wideCharactersKeepTheirTwoColumns() {
        #expect(Self.row("ＡＢ|", width: 6) == "A B | ")
        #expect(Self.row("中文|", width: 6) == "????| ")
    }

    @Test("the detail view of a record with × ≈ – “” … ① in its text shows their ASCII forms")
    func detailViewTransliterates() {
        var dataset = Fixture.dataset
        let text = "5×24 service ≈ 3.2 km² – “smart” ① done…"
        dataset.zones[0].highlights = [Localized(zh: "示范", en: text)]
        dataset.zones[0].name = Localized(zh: "示范区", en: "Zone № 1 · café")
        for width in [80, 120] {
            var state = AppState(dataset: dataset, width: width, height: 30)
            state.asciiOnly = true
            state.panel = .zones
            Fixture.press([.enter], &state)
            let buffer = DashboardView.render(state)
            FrameGeometryTests.checkInvariants(buffer, width: width, height: 30)
            let screen = buffer.lines.joined(separator: "\n")
            #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
            #expect(screen.contains("5x24 service ~= 3.2 km2 - \"smart\" (1) done..."), "\(screen)")
            #expect(screen.contains("Zone No. 1 . cafe"), "\(screen)")
            #expect(!screen.contains("??"), "\(screen)")
        }
    }
}
