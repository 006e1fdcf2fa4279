import CityDashCore
@testable import CityDashUI
import Testing

/// Big digits at each size, qualifiers drawn as visibly as the number, one digit size a row of
/// cards, bar charts on one scale with stated labels, and progress against a target.
@Suite("Chart widgets")
struct ChartWidgetTests {
    // MARK: Digit sizes

    @Test func mediumDigitsAreFiveRowsWithTheUnitOnTheBottomRow() {
        var buffer = Buffer(width: 20, height: 5)
        let figure: [FigurePiece] = [.number("40"), .words("个")]
        #expect(BigFigure.width(of: figure, size: .medium) == 16)
        #expect(BigFigure.render(figure, size: .medium, in: buffer.area, role: .value, buffer: &buffer))
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([
            "██  ██ ██████       ",
            "██  ██ ██  ██       ",
            "██████ ██  ██       ",
            "    ██ ██  ██       ",
            "    ██ ██████ 个    ",
        ], roles: [
            "VVVVVV.VVVVVV.......",
            "VVVVVV.VVVVVV.......",
            "VVVVVV.VVVVVV.......",
            "VVVVVV.VVVVVV.......",
            "VVVVVV.VVVVVV.VV....",
        ]))
    }

    @Test func largeDigitsAreSevenRowsAndAPlusIsDrawnAsBigAsTheDigits() {
        var buffer = Buffer(width: 28, height: 7)
        let figure: [FigurePiece] = [.number("10"), .qualifier("+")]
        #expect(BigFigure.width(of: figure, size: .large) == 27)
        // Large glyphs are 8 columns: a 3×5 grid with 2-column edges and a 4-column middle.
        #expect(BigFigure.render(figure, size: .large, in: buffer.area, role: .target, buffer: &buffer))
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([
            "██████   ████████           ",
            "  ████   ██    ██   ████    ",
            "  ████   ██    ██   ████    ",
            "  ████   ██    ██ ████████  ",
            "  ████   ██    ██   ████    ",
            "  ████   ██    ██   ████    ",
            "████████ ████████           ",
        ], roles: [
            "GGGGGGGG.GGGGGGGG.GGGGGGGG..",
            "GGGGGGGG.GGGGGGGG.GGGGGGGG..",
            "GGGGGGGG.GGGGGGGG.GGGGGGGG..",
            "GGGGGGGG.GGGGGGGG.GGGGGGGG..",
            "GGGGGGGG.GGGGGGGG.GGGGGGGG..",
            "GGGGGGGG.GGGGGGGG.GGGGGGGG..",
            "GGGGGGGG.GGGGGGGG.GGGGGGGG..",
        ]))
    }

    @Test func aChineseQualifierAfterTheUnitIsFramedCentredOnLargeDigits() {
        var buffer = Buffer(width: 24, height: 7)
        let figure: [FigurePiece] = [.number("7"), .words("家"), .qualifier("以上")]
        #expect(BigFigure.render(figure, size: .large, in: buffer.area, role: .value, buffer: &buffer))
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([
            "████████                ",
            "      ██                ",
            "      ██    ┌────┐      ",
            "      ██    │以上│      ",
            "      ██    └────┘      ",
            "      ██                ",
            "      ██ 家             ",
        ], roles: [
            "VVVVVVVV................",
            "VVVVVVVV................",
            "VVVVVVVV....VVVVVV......",
            "VVVVVVVV....VVVVVV......",
            "VVVVVVVV....VVVVVV......",
            "VVVVVVVV................",
            "VVVVVVVV.VV.............",
        ]))
    }

    @Test func aNumberWithACharacterTheFontLacksIsNotDrawnBig() {
        #expect(BigFigure.width(of: [.number("4e3")], size: .medium) == nil)
        var buffer = Buffer(width: 40, height: 5)
        #expect(!BigFigure.render([.number("4e3")], size: .medium, in: buffer.area, role: .value, buffer: &buffer))
    }

    @Test func aRowOfCardsSharesTheLargestSizeAtWhichAllItsFiguresFit() throws {
        let dataset = Fixture.dataset
        let gdp = try #require(dataset.metric("city-gdp-2021"))
        let valueAdded = try #require(dataset.metric("industrial-value-added-2021"))
        // Alone, the GDP fits large digits in 60 columns; beside 10738.8亿元 the row drops to medium.
        let alone = Headlines.rowPlan([gdp], width: 60, slots: 1, language: .zh, upTo: .large)
        #expect(alone.size == .large)
        #expect(alone.widths == [60])
        let pair = Headlines.rowPlan([gdp, valueAdded], width: 90, slots: 2, language: .zh, upTo: .large)
        #expect(pair.size == .medium)
        #expect(pair.widths.reduce(0, +) == 90)
        // Every card gets the columns its figure needs at that size.
        for (metric, width) in zip([gdp, valueAdded], pair.widths) {
            let need = try #require(BigFigure.width(of: FigureFormatter.pieces(metric, .zh), size: .medium))
            #expect(FigureCard.figureWidth(cardWidth: width) >= need)
        }
        // Too narrow for any block digits: one-line figures in equal cards, never mixed.
        let tight = Headlines.rowPlan([gdp, valueAdded], width: 40, slots: 2, language: .zh, upTo: .large)
        #expect(tight == Headlines.RowPlan(size: nil, widths: [20, 20]))
        #expect(BigFigure.commonSize([FigureFormatter.pieces(gdp, .zh)], width: 10, upTo: .large) == nil)
    }

    // MARK: Bar chart

    @Test func barsShareOneScaleAndCarryTheirStatedFigures() {
        var buffer = Buffer(width: 24, height: 3)
        BarChart(bars: [
            BarChart.Bar(label: "App", value: 35_000, figure: "3.5万个"),
            BarChart.Bar(label: "数据集", value: 1_500_000, figure: "150万个"),
            BarChart.Bar(label: "算法", value: 5_500, figure: "5500个"),
        ]).render(in: buffer.area, buffer: &buffer)
        // Label column 6, track 24 - 6 - 7 - 2 = 9: 150万 fills it, 3.5万 and 5500 are slivers.
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([
            "App    ▏         3.5万个",
            "数据集 █████████ 150万个",
            "算法   ▏          5500个",
        ], roles: [
            "lll....#.........VVVVVVV",
            "llllll.#########.VVVVVVV",
            "llll...#..........VVVVVV",
        ]))
    }

    @Test func growthAndReductionsAreSignedBarsWithMarkers() throws {
        let dataset = Fixture.dataset
        let costCut = try #require(dataset.metric("sme-cost-cut"))
        let group = try #require(FigureGroups.group(of: costCut, in: dataset))
        #expect(group.map(\.id) == ["sme-quality-gain", "sme-efficiency-gain", "sme-cost-cut"])
        let chart = BarChart(metrics: group, language: .en)
        #expect(chart.bars.map(\.figure) == ["▲ 12.6%", "▲ 23.4%", "▼ 12.3%"])
        #expect(chart.bars.map(\.value) == [12.6, 23.4, -12.3])
        var buffer = Buffer(width: 40, height: 3)
        chart.render(in: buffer.area, buffer: &buffer)
        // Track 40 - 16 - 7 - 2 = 15, one the axis: 14 share 35.7 points, 12.3 → 5 columns left of
        // it (4.8, rounded), so 23.4 (9.2 columns) is cut at the 9 left on its side: the bar never
        // touches its figure.
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([
            "SMEs: quality         │████▉     ▲ 12.6%",
            "SMEs: efficiency      │█████████ ▲ 23.4%",
            "SMEs: cost       █████│          ▼ 12.3%",
        ], roles: [
            "lllllllllllll.........m#####.....VVVVVVV",
            "llllllllllllllll......m#########.VVVVVVV",
            "llllllllll.......#####m..........VVVVVVV",
        ]))
    }

    @Test func barsNeverTouchTheirLabelsOrFigures() {
        let bars = [BarChart.Bar(label: "growth", value: 20, figure: "▲ 超20%"),
                    BarChart.Bar(label: "share", value: 70, figure: "70% · 目标"),
                    BarChart.Bar(label: "cut", value: -5, figure: "▼ 5%")]
        for width in 24...90 {
            var buffer = Buffer(width: width, height: bars.count)
            BarChart(bars: bars).render(in: buffer.area, buffer: &buffer)
            for (row, bar) in bars.enumerated() {
                let figureStart = width - DisplayWidth.of(bar.figure)
                #expect(buffer[figureStart - 1, row].symbol == " ", "width \(width): \(buffer.line(row))")
                #expect(buffer[6, row].symbol == " ", "width \(width): \(buffer.line(row))")
            }
        }
    }

    @Test func aShareGaugeIsDrawnOnlyForSharesOfAWhole() throws {
        let growth = try #require(Fixture.dataset.metric("online-new-economy-growth-2021"))
        var buffer = Buffer(width: 24, height: 7)
        FigureCard(metric: growth, language: .zh, borders: .unicode, digitSize: .small).render(in: buffer.area, buffer: &buffer)
        #expect(!(0..<7).contains { buffer.line($0).contains("░") }, "growth drawn as a share")
        let share = try #require(Fixture.dataset.metric("ai-talent-share"))
        FigureCard(metric: share, language: .zh, borders: .unicode, digitSize: .small).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.line(5).contains("░"))
    }

    // MARK: Progress against a target

    @Test func progressIsDrawnAgainstTheTargetWithBothStatedFiguresAndYears() throws {
        let dataset = Fixture.dataset
        let cities = try #require(dataset.metric("cec-partner-cities-so-far"))
        let pair = try #require(FigureGroups.progressPair(of: cities, in: dataset))
        #expect(pair.target.id == "cec-partner-cities-target")
        let widget = TargetProgress(pair: pair, language: .zh)
        #expect(widget.actualText == "实际 40个 · \(FigureFormatter.when(cities, .zh))")
        #expect(widget.targetText == "目标 100个 · 未来三年")
        var buffer = Buffer(width: 41, height: 3)
        TargetProgress(label: "百城：城市", actual: 40, target: 100, actualText: "实际 40个 · 2022年",
                       targetText: "目标 100个 · 未来三年").render(in: buffer.area, buffer: &buffer)
        ExpectedBuffer.expect(buffer, equals: ExpectedBuffer.make([
            "百城：城市                               ",
            "████████████████▍░░░░░░░░░░░░░░░░░░░░░░░┃",
            "实际 40个 · 2022年  目标 100个 · 未来三年",
        ], roles: [
            "llllllllll...............................",
            "#################_______________________G",
            "VVVVVVVVVVVVVVVVVV..GGGGGGGGGGGGGGGGGGGGG",
        ]))
    }

    @Test func anActualBeyondItsTargetPutsTheMarkerInside() {
        var buffer = Buffer(width: 10, height: 3)
        TargetProgress(label: "x", actual: 200, target: 100, actualText: "a", targetText: "t")
            .render(in: buffer.area, buffer: &buffer)
        #expect(buffer.line(1) == "████┃█████")
    }

    // MARK: Which figures share a chart

    @Test func figuresStatedTogetherInOneUnitShareAChartAndActualsPairWithTargets() {
        let dataset = Fixture.dataset
        let iip = FigureGroups.groups(about: "iip-plus-manufacturing", in: dataset).map { $0.map(\.id) }
        // 26个 platforms, 120多万家 firms and 820万台 devices are in one sentence but three units.
        #expect(iip.contains(["industrial-apps", "industrial-datasets", "industrial-algorithms", "industry-knowledge-graphs"]))
        #expect(!iip.joined().contains("iip-linked-firms"))
        let pairs = FigureGroups.progressPairs(about: "cec-city-partnership", in: dataset)
            .map { [$0.actual.id, $0.target.id] }
        #expect(pairs == [["cec-partner-cities-so-far", "cec-partner-cities-target"],
                          ["cec-firms-so-far", "cec-firms-target"]])
        // The investment target has no actual beside it: no pair, no chart.
        let investment = dataset.metric("cec-investment-target")
        #expect(investment.flatMap { FigureGroups.progressPair(of: $0, in: dataset) } == nil)
    }

    @Test func targetBarsSayTargetInWords() throws {
        let dataset = Fixture.dataset
        let leading = try #require(dataset.metric("yangpu-one-leading-firms-target"))
        let group = try #require(FigureGroups.group(of: leading, in: dataset))
        #expect(BarChart(metrics: group, language: .zh).bars.map(\.figure) == ["目标 10家以上", "目标 1000家以上"])
        #expect(BarChart(metrics: group, language: .en).bars.map(\.figure) == ["target 10+", "target 1,000+"])
        #expect(BarChart(metrics: group, language: .en).bars.allSatisfy { $0.role == .target })
    }

    @Test func chartsHaveAnASCIILookAlikeForEveryMark() {
        var buffer = Buffer(width: 40, height: 7)
        BarChart(bars: [BarChart.Bar(label: "up", value: 3.3, figure: "▲ 3.3%"),
                        BarChart.Bar(label: "down", value: -1, figure: "▼ 1%")])
            .render(in: Rect(x: 0, y: 0, width: 40, height: 2), buffer: &buffer)
        TargetProgress(label: "x", actual: 37, target: 100, actualText: "a", targetText: "t")
            .render(in: Rect(x: 0, y: 2, width: 40, height: 3), buffer: &buffer)
        BigFigure.render([.qualifier("over")], size: .small, in: Rect(x: 0, y: 4, width: 40, height: 3),
                         role: .value, buffer: &buffer)
        AsciiFallback.apply(to: &buffer)
        let text = (0..<7).map { buffer.line($0) }.joined(separator: "\n")
        #expect(!text.contains("?"), "\(text)")
        #expect(text.contains("^ 3.3%") && text.contains("v 1%") && text.contains("|"))
    }
}
