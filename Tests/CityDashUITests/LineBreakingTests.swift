import CityDashCore
@testable import CityDashUI
import Testing

/// Chinese line-breaking rules (kinsoku) in `TextWrap` and in detail rows: no line starts with
/// closing punctuation or ends with opening punctuation, no line is wider than asked, and
/// nothing of the text is lost, for every quote of the bundled data at several widths.
@Suite struct LineBreakingTests {
    /// Every Chinese quote of the bundled data, as the detail view shows it (in 「」).
    static let quotes: [String] = {
        let d = Fixture.dataset
        var cited: [any Cited] = d.metrics
        cited += d.newTowns as [any Cited]
        cited += d.zones as [any Cited]
        cited += d.actions as [any Cited]
        cited += d.projects as [any Cited]
        cited += d.events as [any Cited]
        if let batch = d.scenarioBatch { cited.append(batch) }
        return cited.map { "「\($0.quote)」" }
    }()

    static let widths = [6, 7, 8, 9, 10, 11, 12, 13, 15, 17, 20, 23, 28, 31, 40]

    /// The offending character of a line, if it breaks a rule.
    static func violation(_ line: String) -> String? {
        if let first = line.first, TextWrap.closingPunctuation.contains(first) { return "starts with \(first)" }
        if let last = line.last, TextWrap.openingPunctuation.contains(last) { return "ends with \(last)" }
        return nil
    }

    /// A number keeps the ideograph after it ("2021年", "3.5万"): the break moves before the
    /// number, never between it and its unit; a space or punctuation still allows a break.
    @Test func aNumberKeepsTheCharacterAfterIt() {
        #expect(TextWrap.lines("年份推定为2021年", width: 14) == ["年份推定为", "2021年"])
        #expect(TextWrap.lines("约3.5万个", width: 6) == ["约", "3.5万", "个"])
        #expect(TextWrap.lines("共 2021 年", width: 7) == ["共 2021", "年"])
        // A number and its unit wider than the line still fit by splitting.
        #expect(TextWrap.lines("20212021年", width: 6) == ["202120", "21年"])
    }

    @Test func bundledQuotesFollowTheRulesAtEveryWidth() {
        #expect(Self.quotes.count > 20)
        for quote in Self.quotes {
            let text = TerminalSanitizer.sanitize(quote)
            for width in Self.widths {
                let lines = TextWrap.lines(quote, width: width)
                for line in lines {
                    #expect(Self.violation(line) == nil, "\(Self.violation(line) ?? ""): \(lines) at \(width)")
                    #expect(DisplayWidth.of(line) <= width, "\(line) wider than \(width)")
                }
                // Quotes have no spaces to drop at breaks, so the lines put back are the text.
                if !text.contains(" ") { #expect(lines.joined() == text, "lost text at \(width): \(lines)") }
            }
        }
    }

    /// The bug that was: the closing 」 of a quote alone on the last line.
    @Test func closingQuoteTakesThePreviousCharacterDown() {
        // 「城市数字化」 is 14 columns; at 12 the old wrapper left 」 alone.
        #expect(TextWrap.lines("「城市数字化」", width: 12) == ["「城市数字", "化」"])
        #expect(TextWrap.lines("数字化转型。」", width: 10) == ["数字化转", "型。」"])
        #expect(TextWrap.lines("他说：「好」", width: 6) == ["他说：", "「好」"])
    }

    @Test func openingMarkMovesToTheNextLine() {
        #expect(TextWrap.lines("城市（数字）", width: 6) == ["城市", "（数", "字）"])
        #expect(TextWrap.lines("上海“数字”城市", width: 6) == ["上海", "“数字”", "城市"])
    }

    /// A glued run wider than the whole line is still split, so no line is ever too wide.
    @Test func runWiderThanTheLineIsSplit() {
        let lines = TextWrap.lines("「城」", width: 4)
        #expect(lines.joined() == "「城」")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 4 })
    }

    @Test func detailRowsWithHangingIndentFollowTheRules() {
        for quote in Self.quotes.prefix(40) {
            for width in [12, 17, 24, 33] {
                let rows = DetailLine.rows([DetailLine("• \(quote)", role: .quote, indent: 2, hanging: 2)], width: width)
                var text = ""
                for (index, row) in rows.enumerated() {
                    #expect(DisplayWidth.of(row.0) <= width)
                    let body = String(row.0.drop { $0 == " " })
                    let content = index == 0 ? String(body.dropFirst(2)) : body
                    #expect(Self.violation(content) == nil, "\(rows.map(\.0)) at \(width)")
                    text += content
                }
                let expected = TerminalSanitizer.sanitize(quote)
                if !expected.contains(" ") { #expect(text == expected, "lost text at \(width)") }
            }
        }
    }
}
