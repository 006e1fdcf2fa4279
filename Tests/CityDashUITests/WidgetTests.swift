import CityDashCore
@testable import CityDashUI
import Testing

/// Each widget drawn alone into a small buffer and compared, text and role of every cell, with
/// an expected buffer (`ExpectedBuffer`: rows of text, rows of role letters). Role letters:
/// `.` normal, `T` title, `l` label, `V` value, `m` muted, `b` border, `S` selection,
/// `#` gauge filled, `_` gauge empty (`RoleGrid.legend` has them all).
@Suite struct WidgetTests {
    // MARK: Writing text

    @Test func textTakesItsRoleAndLeavesTheRestOfTheRowAlone() {
        var buffer = Buffer(width: 8, height: 1)
        let written = buffer.write("ab中", x: 1, y: 0, role: .value)
        #expect(written == 4)
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([" ab中   "], roles: [".VVVV..."]))
    }

    @Test func aWideCharacterAtTheRightEdgeBecomesASpaceNeverHalfOfItself() {
        var buffer = Buffer(width: 3, height: 1)
        #expect(buffer.write("ab中", x: 0, y: 0, role: .label) == 3)
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make(["ab "], roles: ["lll"]))
        // The same at a clip edge and at a maxWidth inside a wider row.
        var clipped = Buffer(width: 6, height: 1)
        clipped.write("中文字", x: 0, y: 0, role: .title, clip: Rect(x: 0, y: 0, width: 5, height: 1))
        ExpectedBuffer.expect(clipped, equals: ExpectedBuffer.make(["中文  "], roles: ["TTTTT."]))
        var limited = Buffer(width: 6, height: 1)
        limited.write("x中文", x: 0, y: 0, maxWidth: 4, role: .value)
        ExpectedBuffer.expect(limited, equals: ExpectedBuffer.make(["x中   "], roles: ["VVVV.."]))
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var left = Buffer(width: 4, height: 1)
        left.write("中文", x: 0, y: 0, role: .value)
        left.write("x", x: 1, y: 0, role: .accent)
        ExpectedBuffer.expect(left, equals: ExpectedBuffer.make([" x文"], roles: ["VaVV"]))
        var right = Buffer(width: 4, height: 1)
        right.write("中文", x: 0, y: 0, role: .value)
        right.write("y", x: 2, y: 0, role: .accent)
        ExpectedBuffer.expect(right, equals: ExpectedBuffer.make(["中y "], roles: ["VVaV"]))
    }

    @Test func controlCharactersAreShownNotSent() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("a\u{1B}[2Jb", x: 0, y: 0)
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make(["a\u{241B}[2Jb"], roles: ["......"]))
    }

    // MARK: TitledBox

    @Test func frameDrawsBordersAndATitleAndReturnsTheInside() {
        var buffer = Buffer(width: 10, height: 4)
        let inner = TitledBox(title: "标题", borders: .unicode).render(in: buffer.area, buffer: &buffer)
        #expect(inner == Rect(x: 1, y: 1, width: 8, height: 2))
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([
            "╭─ 标题 ─╮",
            "│        │",
            "│        │",
            "╰────────╯",
        ], roles: [
            "bbTTTTTTbb",
            "b........b",
            "b........b",
            "bbbbbbbbbb",
        ]))
    }

    @Test func frameCutsALongTitleWithAnEllipsisAndDrawsASCII() {
        var buffer = Buffer(width: 8, height: 3)
        TitledBox(title: "Shanghai", borders: .ascii, titleRole: .label).render(in: buffer.area, buffer: &buffer)
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([
            "+- S… -+",
            "|      |",
            "+------+",
        ], roles: [
            "bbllllbb",
            "b......b",
            "bbbbbbbb",
        ]))
    }

    // MARK: Gauge

    @Test(arguments: [(33.0, "███░░░░░░░", "###_______"), (150, "██████████", "##########"),
                      (0, "░░░░░░░░░░", "__________"), (.nan, "░░░░░░░░░░", "__________")])
    func gaugeFillsItsShareRounded(percent: Double, text: String, roles: String) {
        var buffer = Buffer(width: 10, height: 1)
        Gauge(percent: percent, borders: .unicode).render(in: buffer.area, buffer: &buffer)
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([text], roles: [roles]))
    }

    // MARK: BigFigure

    @Test func bigFigureDrawsDigitsInBlocksAndWordsOnTheBottomRow() {
        var buffer = Buffer(width: 20, height: 3)
        let gdp: [FigurePiece] = [.number("4.32"), .words("万亿元")]
        #expect(BigFigure.width(of: gdp, size: .small) == 20)
        #expect(BigFigure.render(gdp, size: .small, in: buffer.area, role: .value, buffer: &buffer))
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([
            "█ █   ▀▀█ ▀▀█       ",
            "▀▀█    ▀█ █▀▀       ",
            "  █ ▄ ▄▄█ █▄▄ 万亿元",
        ], roles: [
            "VVV.V.VVV.VVV.......",
            "VVV.V.VVV.VVV.......",
            "VVV.V.VVV.VVV.VVVVVV",
        ]))
    }

    @Test func bigFigureFramesAQualifierBesideTheDigitsAndDrawsNothingWhenTooNarrow() {
        var buffer = Buffer(width: 17, height: 3)
        let figure: [FigurePiece] = [.qualifier("超"), .number("20%")]
        #expect(BigFigure.render(figure, size: .small, in: buffer.area, role: .target, buffer: &buffer))
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([
            "┌──┐ ▀▀█ █▀█ ▀ ▄ ",
            "│超│ █▀▀ █ █  █  ",
            "└──┘ █▄▄ █▄█ ▀ ▄ ",
        ], roles: [
            "GGGG.GGG.GGG.GGG.",
            "GGGG.GGG.GGG.GGG.",
            "GGGG.GGG.GGG.GGG.",
        ]))
        var narrow = Buffer(width: 16, height: 3)
        #expect(!BigFigure.render(figure, size: .small, in: narrow.area, role: .target, buffer: &narrow))
        ExpectedBuffer.expect(narrow, equals: Buffer(width: 16, height: 3))
    }

    // MARK: FigureCard

    @Test func aShortFigureCardShowsTheFigureOnOneLineAndItsYear() throws {
        let metric = try #require(Fixture.dataset.metric("city-gdp-2021"))
        var buffer = Buffer(width: 20, height: 4)
        FigureCard(metric: metric, language: .zh, borders: .unicode).render(in: buffer.area, buffer: &buffer)
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([
            "╭─ 全市生产总值 ───╮",
            "│ 4.32万亿元       │",
            "│ 2021年 · 经济    │",
            "╰──────────────────╯",
        ], roles: [
            "bbllllllllllllllbbbb",
            "bVVVVVVVVVVV.......b",
            "bmmmmmmmmmmmmmm....b",
            "bbbbbbbbbbbbbbbbbbbb",
        ]))
    }

    @Test func aTallShareCardShowsBlockDigitsAndAGauge() throws {
        let metric = try #require(Fixture.dataset.metric("ai-talent-share"))
        var buffer = Buffer(width: 20, height: 7)
        FigureCard(metric: metric, language: .en, borders: .unicode, digitSize: .small).render(in: buffer.area, buffer: &buffer)
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([
            "╭─ AI talent: Ch… ─╮",
            "│ ▀▀█ ▀▀█ ▀ ▄      │",
            "│  ▀█  ▀█  █       │",
            "│ ▄▄█ ▄▄█ ▀ ▄      │",
            "│ 2021 · AI        │",
            "│ █████░░░░░░░░░░░ │",
            "╰──────────────────╯",
        ], roles: [
            "bbllllllllllllllllbb",
            "b.VVV.VVV.VVV......b",
            "b.VVV.VVV.VVV......b",
            "b.VVV.VVV.VVV......b",
            "bmmmmmmmmmm........b",
            "b.#####___________.b",
            "bbbbbbbbbbbbbbbbbbbb",
        ]))
    }

    // MARK: Table

    @Test func tableDrawsAMutedHeaderCutCellsAndOneSelectedRow() {
        var buffer = Buffer(width: 16, height: 4)
        let table = Table(columns: [Table.Column("Name", .length(6)), Table.Column("Val", .length(4), alignRight: true),
                                    Table.Column("Bar", .fill)],
                          rows: [[.text("浦东新区", .label), .text("42", .value), .gauge(50)],
                                 [.text("Yangpu district", .label), .text("7", .value), .gauge(100)]],
                          firstRow: 10, selected: 11, borders: .unicode)
        table.render(in: buffer.area, buffer: &buffer)
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([
            "Name    Val Bar ",
            "浦东…    42 ██░░",
            "Yangp…    7 ████",
            "                ",
        ], roles: [
            "mmmm....mmm.mmm.",
            "lllll....VV.##__",
            "SSSSSSSSSSSS####",
            "................",
        ]))
    }

    // MARK: Text wrapping

    @Test func textWrapBreaksLatinBetweenWordsCJKAnywhereAndLongWordsInside() {
        #expect(TextWrap.lines("digital city of Shanghai", width: 8) == ["digital", "city of", "Shanghai"])
        #expect(TextWrap.lines("城市数字化转型", width: 6) == ["城市数", "字化转", "型"])
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        // A wide character never straddles the edge: width 5 holds two, not two and a half.
        #expect(TextWrap.lines("城市数字化", width: 5) == ["城市", "数字", "化"])
        #expect(TextWrap.lines("", width: 4) == [""])
        #expect(TextWrap.lines("text", width: 0) == [])
    }
}
