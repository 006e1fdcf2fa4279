import CityDashCore
@testable import CityDashUI
import Testing

/// `/` finds records by any of their text, in both languages, ignoring case and width; the
/// list highlights what matched; a district that hides matches says so.
@Suite("Search every text field")
struct SearchEverythingTests {
    /// The records a search lists, over all panels, as ids.
    static func found(_ needle: String, district: DistrictFilter = .all) -> Set<ItemRef> {
        var state = Fixture.state()
        state.district = district
        Fixture.press([.character("/")], &state)
        Fixture.type(needle, &state)
        return Set(PanelID.allCases.flatMap { state.items(for: $0) })
    }

    /// One needle per searchable field, each taken from the bundled data, with a record it must find.
    static let fieldHits: [(field: String, needle: String, record: ItemRef)] = [
        ("metric name zh", "全市生产总值", .metric("city-gdp-2021")),
        ("metric name en", "city gdp", .metric("city-gdp-2021")),
        ("metric stated", "4.32万亿", .metric("city-gdp-2021")),
        ("metric value", "4.32", .metric("city-gdp-2021")),
        ("metric figure en", "cny 4.32 trillion", .metric("city-gdp-2021")),
        ("metric quote", "首次突破4万亿元", .metric("city-gdp-2021")),
        ("metric note zh", "稳居全国城市第一名", .metric("city-gdp-2021")),
        ("metric note en", "FIRST AMONG CHINESE CITIES", .metric("city-gdp-2021")),
        ("town positioning zh", "未来出行城市", .town("jiading")),
        ("town positioning en", "future mobility", .town("jiading")),
        ("town scenario zh", "嘉宝智慧湾", .town("jiading")),
        ("town scenario en", "jiabao smart bay", .town("jiading")),
        ("town count stated", "七大场景", .town("jiading")),
        ("zone focus zh", "元宇宙园区平台", .zone("yangpu-dachuangzhi")),
        ("zone focus en", "metaverse park", .zone("yangpu-dachuangzhi")),
        ("zone highlight", "881个地下构筑物", .zone("lingang-digital-twin")),
        ("zone highlight en", "881 underground", .zone("lingang-digital-twin")),
        ("event place zh", "福州", .event("digital-city-forum-2020")),
        ("event place en", "fuzhou", .event("digital-city-forum-2020")),
        ("event date stated", "4月15日上午", .event("yangpu-conference-2021")),
        ("event summary en", "100-cities plan", .event("digital-city-forum-2020")),
        ("event note", "dateline 13 october", .event("digital-city-forum-2020")),
    ]

    @Test("each text field finds its record", arguments: fieldHits.indices)
    func fieldIsSearched(_ index: Int) {
        let hit = Self.fieldHits[index]
        #expect(Self.found(hit.needle).contains(hit.record), "\(hit.field): \(hit.needle)")
    }

    @Test("parties, action groups, summaries and notes are searched in both languages")
    func partiesAndActions() throws {
        let data = Fixture.dataset
        let huawei = try #require(data.projects.first { $0.parties.contains { $0.zh == "华为" } })
        #expect(Self.found("华为").contains(.project(huawei.id)))
        #expect(Self.found("huawei").contains(.project(huawei.id)))
        for action in data.actions {
            for text in [action.group?.zh, action.group?.en, action.summary?.zh, action.summary?.en,
                         action.note?.zh, action.note?.en].compactMap({ $0 }) {
                #expect(Self.found(text).contains(.action(action.id)), "\(action.id): \(text)")
            }
        }
    }

    @Test("full-width digits, letters and punctuation match their half-width twins, and back")
    func widthFolding() {
        #expect(Self.found("４．３２万亿").contains(.metric("city-gdp-2021")))
        #expect(Self.found("ＧＤＰ") == Self.found("gdp"))
        #expect(Self.found("ｃｉｔｙ　ｇｄｐ").contains(.metric("city-gdp-2021")))
        // A record written with full-width forms is found by half-width input.
        #expect(SearchText.matches("预计达到１２０亿元", "120亿"))
        #expect(SearchText.matches("ＡＩ赋能", "ai"))
        #expect(!SearchText.matches("4.32万亿元", "4.33"))
    }

    @Test("a match never spans two fields")
    func noMatchAcrossFields() {
        let metric = Fixture.dataset.metrics[0]
        let text = SearchText.of(metric)
        let fields = text.split(separator: SearchText.separator).map(String.init)
        #expect(fields.count > 3)
        // The end of the Chinese name and the start of the English name, typed together.
        let spanning = String(fields[0].suffix(1)) + String(fields[1].prefix(2))
        #expect(!SearchText.matches(text, spanning), "\(spanning)")
        // A typed separator is dropped, so it cannot join two fields either.
        #expect(!SearchText.matches(text, String(fields[0].suffix(1)) + "\u{1F}" + String(fields[1].prefix(2))))
    }

    @Test("match ranges cover the characters that matched, in any width")
    func highlightRanges() {
        let text = "全市GDP达到４．３２万亿元, gdp"
        let ranges = SearchText.ranges(of: "gdp", in: text)
        #expect(ranges.map { String(text[$0]) } == ["GDP", "gdp"])
        let wide = SearchText.ranges(of: "4.32", in: text)
        #expect(wide.map { String(text[$0]) } == ["４．３２"])
        #expect(SearchText.ranges(of: "", in: text).isEmpty)
    }

    @Test("a reducer sequence: type, narrow, backspace, clear")
    func reducerSequence() {
        var state = Fixture.state()
        Fixture.press([.character("/")], &state)
        Fixture.type("4.32", &state)
        #expect(state.items(for: .overview).contains(.metric("city-gdp-2021")))
        let wide = state.items(for: .overview).count
        Fixture.type("万亿", &state)
        #expect(state.items(for: .overview).contains(.metric("city-gdp-2021")))
        #expect(state.items(for: .overview).count <= wide)
        Fixture.press([.backspace, .backspace], &state)
        #expect(state.items(for: .overview).count == wide)
        Fixture.press([.escape], &state)
        #expect(state.search.isEmpty && state.items(for: .overview).count == Fixture.dataset.metrics.count)
    }

    @Test("matches hidden by a district are counted and the way to the whole city is named")
    func hiddenByDistrict() {
        var state = Fixture.state(language: .en)
        state.district = .district("yangpu")
        Fixture.press([.character("/")], &state)
        Fixture.type("4.32", &state)
        Fixture.press([.enter], &state)
        let cityWide = PanelItems.items(.overview, dataset: state.dataset, district: .all, search: "4.32").count
        let local = state.items(for: .overview).count
        #expect(cityWide > local)
        #expect(state.matchesOutsideDistrict(for: .overview) == cityWide - local)
        let screen = DashboardView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("\(cityWide - local) more city-wide"), "\(screen)")
        if local == 0 { #expect(screen.contains("choose All districts")) }
        // With the whole city chosen there is nothing elsewhere to mention.
        state.district = .all
        AppReducer.reduce(&state, .tick(now: 1))
        #expect(state.matchesOutsideDistrict == 0)
    }

    @Test("the list draws the matched characters in the match role")
    func listHighlights() throws {
        var state = Fixture.state(width: 80, height: 24, language: .en)
        Fixture.press([.character("/")], &state)
        Fixture.type("GDP", &state)
        Fixture.press([.enter, .down], &state)
        let buffer = DashboardView.render(state)
        let rows = (0..<buffer.area.height).filter { y in
            (0..<buffer.area.width).contains { buffer[$0, y].role == .match }
        }
        #expect(!rows.isEmpty)
        for y in rows {
            let matched = String((0..<buffer.area.width).filter { buffer[$0, y].role == .match }
                .map { buffer[$0, y].symbol }.joined())
            #expect(matched.lowercased().contains("gdp"), "row \(y): \(matched)")
        }
    }
}
