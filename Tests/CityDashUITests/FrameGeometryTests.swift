import CityDashCore
@testable import CityDashUI
import Testing

/// Every frame is exactly the terminal's size, whatever the size, panel, overlay or language,
/// and no wide character is ever cut in half. Widths are the terminal's: glibc's wcswidth of
/// the row's text, as ncurses and tmux count it.
@Suite struct FrameGeometryTests {
    static let sizes: [(Int, Int)] = {
        var sizes: [(Int, Int)] = [(20, 5), (1, 1), (79, 23), (80, 24), (81, 25), (300, 100), (400, 120)]
        for width in stride(from: 20, through: 300, by: 37) {
            for height in stride(from: 5, through: 100, by: 19) { sizes.append((width, height)) }
        }
        return sizes
    }()

    static let keySets: [[Key]] = [[], [.enter], [.character("?")], [.character("d")],
                                   [.character("/"), .character("5")], [.character("]"), .character("]")]]

    static func checkInvariants(_ buffer: Buffer, width: Int, height: Int) {
        let lines = buffer.lines
        #expect(lines.count == height)
        for (y, line) in lines.enumerated() where DisplayWidth.wcswidth(line) != width {
            Issue.record("line \(y) is \(DisplayWidth.wcswidth(line)) columns, expected \(width): \(line)")
        }
        for y in 0..<height {
            for x in 0..<width {
                let cell = buffer[x, y]
                if cell.isContinuation {
                    #expect(x > 0 && DisplayWidth.of(buffer[x - 1, y].symbol) == 2, "orphan continuation at \(x),\(y)")
                } else if DisplayWidth.of(cell.symbol) == 2 {
                    #expect(x + 1 < width && buffer[x + 1, y].isContinuation, "half a wide character at \(x),\(y)")
                }
            }
        }
    }

    @Test(arguments: PanelID.allCases)
    func everyLineIsExactlyTheTerminalWidth(_ panel: PanelID) {
        for (width, height) in Self.sizes {
            for language in Language.allCases {
                for keys in Self.keySets {
                    var state = Fixture.state(width: width, height: height, panel: panel, language: language)
                    Fixture.press(keys, &state)
                    Self.checkInvariants(DashboardView.render(state), width: width, height: height)
                }
            }
        }
    }

    /// Names with emoji + U+FE0F, a flag, a skin tone, Thai, Devanagari and conjoining jamo.
    static let terminalWidthNames = Localized(
        zh: "❤️⚠️✈️☀️🇨🇳👍🏽น้ำहिन्दी\u{1100}\u{1161}\u{11A8}数字化", en: "Care❤️ warn⚠️ fly✈️ sun☀️ 🇨🇳 👍🏽 น้ำ हिन्दी \u{1100}\u{1161}\u{11A8}")

    @Test("rows with emoji, flags, skin tones, Thai, Devanagari and jamo are exactly as wide as the terminal",
          arguments: PanelID.allCases)
    func terminalWidthNamesFillExactRows(_ panel: PanelID) {
        var dataset = Fixture.dataset
        dataset.metrics[0].name = Self.terminalWidthNames
        dataset.newTowns[0].name = Self.terminalWidthNames
        dataset.zones[0].name = Self.terminalWidthNames
        dataset.actions[0].name = Self.terminalWidthNames
        dataset.projects[0].name = Self.terminalWidthNames
        for (width, height) in [(80, 24), (97, 31), (160, 40), (233, 60)] {
            for language in Language.allCases {
                for keys: [Key] in [[], [.enter], [.character("/"), .character("🇨")]] {
                    var state = AppState(dataset: dataset, width: width, height: height)
                    state.panel = panel
                    state.language = language
                    Fixture.press(keys, &state)
                    let buffer = DashboardView.render(state)
                    Self.checkInvariants(buffer, width: width, height: height)
                    // (Enter on the sources panel chooses an article; it opens no detail.)
                    if keys == [.enter], width >= 160, panel != .sources {
                        // The detail view shows the whole name: nothing is lost on the way.
                        let text = buffer.lines.joined()
                        #expect(text.contains(Self.terminalWidthNames[language]), "\(panel) \(language) \(width)")
                    }
                }
            }
        }
    }

    @Test func wideCharacterThatDoesNotFitBecomesASpace() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.write("ab中文", x: 0, y: 0)
        #expect(buffer.lines == ["ab中 "])
        var clipped = Buffer(width: 6, height: 1)
        clipped.write("中文字", x: 0, y: 0, maxWidth: 5)
        #expect(clipped.lines == ["中文  "])
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("中文", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        #expect(buffer.lines == [" x文"])
        buffer.write("y", x: 2, y: 0)
        #expect(buffer.lines == [" xy "])
        Self.checkInvariants(buffer, width: 4, height: 1)
    }

    @Test func controlCharactersFromDataNeverReachTheBuffer() {
        var buffer = Buffer(width: 30, height: 1)
        buffer.write("a\u{1B}]0;pwned\u{07}b\u{1B}[2J\u{202E}c", x: 0, y: 0)
        let line = buffer.lines[0]
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0x202E })
        #expect(line.hasPrefix("a␛]0;pwned␇b␛[2Jc"))
    }

    @Test func hostileNamesRenderSafelyInEveryPanel() {
        var dataset = Fixture.dataset
        dataset.metrics[0].name = Localized(zh: "坏\u{1B}[2J名\u{1B}]0;pwned\u{07}", en: "bad\u{1B}[2J\u{9B}31m")
        dataset.zones[0].name = Localized(zh: "\u{202E}反向", en: "zero\u{200B}width")
        for panel in PanelID.allCases {
            for language in Language.allCases {
                var state = AppState(dataset: dataset, width: 120, height: 40)
                state.panel = panel
                state.language = language
                for keys: [Key] in [[], [.enter]] {
                    var s = state
                    Fixture.press(keys, &s)
                    let buffer = DashboardView.render(s)
                    let text = buffer.lines.joined() + AnsiRenderer.lines(buffer, theme: .dark)
                        .joined().replacingOccurrences(of: "\u{1B}[", with: "")
                    #expect(!text.unicodeScalars.contains { ($0.value < 0x20) || (0x7F...0x9F).contains($0.value)
                        || $0.value == 0x202E || $0.value == 0x200B })
                    Self.checkInvariants(buffer, width: 120, height: 40)
                }
            }
        }
    }

    @Test func asciiModeDrawsOnlyASCII() {
        for panel in PanelID.allCases {
            for keys: [Key] in [[], [.enter], [.character("?")], [.character("d")]] {
                var state = Fixture.state(width: 100, height: 30, panel: panel, language: .zh)
                state.asciiOnly = true
                Fixture.press(keys, &state)
                let text = DashboardView.render(state).lines.joined()
                let ascii = text.unicodeScalars.allSatisfy { $0.isASCII }
                #expect(ascii, "non-ASCII in \(panel) after \(keys)")
            }
        }
    }
}
