import CityDashCore
@testable import CityDashUI
import Foundation
import CityDashTestBridge
import Testing

/// The attract loop of issue 13 on an injected clock: figures that arrive without invented
/// values, motion inside a page, the full idle reset, the visitor's text, sources and vintage,
/// the burn-in shift. Every moment sampled is one the session's schedule would wake for.
@Suite struct KioskAttractTests {
    static let start = 2_000.0

    static func state(_ pages: [KioskPage], width: Int = 120, height: Int = 36, ascii: Bool = false,
                      configure: (inout KioskConfig) -> Void = { _ in }) -> AppState {
        var config = KioskConfig()
        config.playlist = pages
        configure(&config)
        var state = Fixture.state(width: width, height: height)
        state.asciiOnly = ascii
        state.kiosk = KioskState(config: config, dataset: Fixture.dataset, rotate: nil, idle: nil, unlock: "open",
                                 utcOffset: 0)
        AppReducer.reduce(&state, .tick(now: start))
        return state
    }

    /// Ticks at every moment the schedule asks for up to `until`, calling `body` after each.
    static func run(_ state: inout AppState, until end: Double, _ body: (AppState) -> Void) {
        var ticks = 0
        while let wake = KioskSchedule.nextWake(state), wake <= end, ticks < 100_000 {
            AppReducer.reduce(&state, .tick(now: max(wake, state.now + 1e-9)))
            body(state)
            ticks += 1
        }
    }

    // MARK: §4 No invented numbers

    /// Runs of digits in a rectangle of a frame, read row by row.
    static func digitRuns(_ buffer: Buffer, in rect: Rect) -> [String] {
        var runs: [String] = []
        for y in rect.y..<rect.maxY {
            var row = ""
            for x in rect.x..<rect.maxX where !buffer[x, y].isContinuation { row += buffer[x, y].symbol }
            // A decimal point stays inside its run: "3.8" on the way to "4.32" is one run.
            runs += row.split { !($0.isASCII && ($0.isNumber || $0 == ".")) }
                .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }.filter { !$0.isEmpty }
        }
        return runs
    }

    /// Every text a headline card states about its figure: the figure, its time, name and category.
    static func statedTexts(_ state: AppState) -> [String] {
        let lang = state.displayLanguage
        return Headlines.metrics(for: state, limit: 100).flatMap { metric in
            [FigureFormatter.format(metric, lang), FigureFormatter.when(metric, lang), metric.name[lang],
             metric.category.label[lang], metric.stated]
        }
    }

    /// Sizes where the figures are drawn as text (block digits are not characters to read back).
    @Test(arguments: [(100, 28, false), (120, 36, true), (200, 60, true)])
    func everyFrameOfTheArrivalShowsOnlyStatedFigures(width: Int, height: Int, ascii: Bool) {
        var state = Self.state([KioskPage(panel: "overview"), KioskPage(panel: "towns")], width: width,
                               height: height, ascii: ascii)
        let stated = Self.statedTexts(state)
        #expect(!stated.isEmpty)
        var frames = 0
        let check = { (state: AppState) in
            let area = DashboardLayout(for: state).cards
            for run in Self.digitRuns(DashboardView.render(state), in: area) {
                #expect(stated.contains { $0.contains(run) },
                        "\(width)x\(height) at \(state.now - Self.start) s shows \(run), which no card states")
            }
        }
        check(state)
        Self.run(&state, until: Self.start + KioskState.arrivalDuration + 0.01) { state in
            frames += 1
            check(state)
        }
        // The arrival really ran: the first frame is a highlight, and frames were sampled.
        #expect(frames >= KioskArrival.highlights.count)
    }

    @Test func theArrivalChangesOnlyColoursAndEndsOnTheCardsAsDrawn() {
        var state = Self.state([KioskPage(panel: "overview")])
        let first = DashboardView.render(state)
        AppReducer.reduce(&state, .tick(now: Self.start + KioskState.arrivalDuration))
        let settled = DashboardView.render(state)
        let area = DashboardLayout(for: state).cards
        var recoloured = 0
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                #expect(first[x, y].symbol == settled[x, y].symbol, "cell \(x),\(y) changed its character")
                if first[x, y].role != settled[x, y].role {
                    recoloured += 1
                    #expect(KioskArrival.highlights.contains(first[x, y].role))
                }
            }
        }
        #expect(recoloured > 0, "the first frame of a page should highlight its figures")
    }

    // MARK: §2 Motion inside a page

    /// Every item of a long list is on screen at some moment of the page, at several sizes and
    /// page lengths, and the selection (and so the detail) moves on every few seconds.
    @Test(arguments: [(120, 36, 20.0), (120, 36, 10.0), (200, 60, 20.0), (80, 24, 10.0)])
    func everyItemOfTheListIsShownWithinThePage(width: Int, height: Int, duration: Double) {
        for panel in ["overview", "towns", "zones", "actions", "projects"] {
            var state = Self.state([KioskPage(panel: panel, duration: duration), KioskPage(panel: "towns")],
                                   width: width, height: height)
            let count = state.items.count
            var shown = Set<Int>()
            var selections = Set<Int>()
            func record(_ state: AppState) {
                guard state.kiosk?.index == 0 else { return }
                let rows = DashboardLayout(for: state).listRows
                let scroll = state.scroll[state.panel] ?? 0
                shown.formUnion(scroll..<min(count, scroll + rows))
                selections.insert(state.selectedIndex)
            }
            record(state)
            Self.run(&state, until: Self.start + duration - 0.001) { record($0) }
            #expect(shown == Set(0..<count), "\(panel) \(width)x\(height) \(duration) s: never showed \(Set(0..<count).subtracting(shown).sorted())")
            if count > 1 {
                #expect(selections.count > 1, "\(panel): the selection never moved")
            }
        }
    }

    @Test func theSelectionAdvancesEveryFewSecondsAndThePageSetsHowOften() {
        var state = Self.state([KioskPage(panel: "towns", duration: 30, advance: 3), KioskPage(panel: "zones")])
        var changes: [Double] = []
        var last = state.selectedIndex
        Self.run(&state, until: Self.start + 29.9) { state in
            if state.selectedIndex != last {
                changes.append(state.now - Self.start)
                last = state.selectedIndex
            }
        }
        let count = Double(state.items.count)
        #expect(count > 1)
        #expect(changes.first.map { abs($0 - 3) < 1e-6 } == true, "first step at \(changes.first ?? -1) s")
        #expect(changes.count >= Int(min(count - 1, 9)))
    }

    @Test func theDetailPreviewFollowsTheSelection() {
        var state = Self.state([KioskPage(panel: "zones", duration: 20)], width: 160, height: 48)
        let preview = DashboardLayout(for: state).preview
        #expect(!preview.isEmpty)
        let before = DashboardView.render(state)
        AppReducer.reduce(&state, .tick(now: Self.start + KioskState.defaultAdvance))
        #expect(state.selectedIndex > 0)
        let after = DashboardView.render(state)
        let changed = (preview.y..<preview.maxY).contains { y in
            (preview.x..<preview.maxX).contains { x in before[x, y] != after[x, y] }
        }
        #expect(changed, "the preview still shows the first item")
    }

    /// In the loop the session wakes only when the screen changes: every wake-up of a whole
    /// playlist round gives a frame different from the one before.
    @Test func everyWakeUpOfTheLoopChangesTheScreen() {
        var state = Self.state([KioskPage(panel: "overview", duration: 12), KioskPage(panel: "towns", duration: 8),
                                KioskPage(panel: "overview", district: "jiading", duration: 6)])
        var previous = DashboardView.render(state)
        var wakes = 0
        Self.run(&state, until: Self.start + 26) { state in
            let frame = DashboardView.render(state)
            let unchanged = frame == previous
            #expect(!unchanged, "woke at \(state.now - Self.start) s for an unchanged screen")
            previous = frame
            wakes += 1
        }
        #expect(wakes > 26)
    }

    @Test func outsideTheKioskNothingWakesTheProcess() {
        var state = Fixture.state(width: 120, height: 36)
        AppReducer.reduce(&state, .tick(now: Self.start))
        #expect(KioskSchedule.nextWake(state) == nil)
    }

    // MARK: §5 The idle reset

    @Test func theIdleResetReturnsEverythingAVisitorChanged() {
        var state = Self.state([KioskPage(panel: "overview"), KioskPage(panel: "towns")]) { $0.theme = "contrast" }
        #expect(state.theme == .contrast, "kiosk.yaml's theme sets the loop's theme")
        AppReducer.reduce(&state, .tick(now: Self.start + 5))
        let loop = state
        AppReducer.reduce(&state, .key(.character(" ")))
        for key: Key in [.character("t"), .character("l"), .character("]"), .character("2"), .down, .down,
                         .pageDown, .character("3"), .down, .character("/"), .character("x"), .enter, .character("?")] {
            AppReducer.reduce(&state, .key(key))
        }
        #expect(state.theme != .contrast && state.language != loop.language && state.district != loop.district)
        #expect(state.overlay != .none && !state.search.isEmpty && state.panel != loop.panel)
        AppReducer.reduce(&state, .tick(now: Self.start + 5 + 60))
        #expect(state.kiosk?.isPaused == false)
        #expect(state.theme == .contrast)
        #expect(state.language == loop.language)
        #expect(state.district == loop.district)
        #expect(state.panel == loop.panel)
        #expect(state.overlay == .none && state.search.isEmpty && !state.isEditingSearch && state.notice == nil)
        #expect(state.selectedIndex == 0 && (state.scroll[state.panel] ?? 0) == 0)
        #expect(state.selection.values.allSatisfy { $0 == 0 } && state.scroll.values.allSatisfy { $0 == 0 })
    }

    // MARK: §6 Visitor text

    static func statusLine(_ state: AppState) -> (text: String, roles: [Role]) {
        let buffer = DashboardView.render(state)
        let y = DashboardLayout(for: state).status.y
        return (buffer.line(y), (0..<buffer.area.width).map { buffer[$0, y].role })
    }

    @Test(arguments: [(120, 36), (80, 24), (200, 60)])
    func passersBySeeABilingualCallToActionInTheMiddle(width: Int, height: Int) throws {
        for language in ["zh", "en"] {
            let state = Self.state([KioskPage(panel: "towns")], width: width, height: height) { $0.language = language }
            let (line, roles) = Self.statusLine(state)
            let cta = "按任意键浏览 · Press any key to explore"
            let range = try #require(line.range(of: cta), "\(width)x\(height) \(language): no call to action in \(line)")
            let x = DisplayWidth.of(String(line[..<range.lowerBound]))
            let w = DisplayWidth.of(cta)
            // Not in a corner: clear of both ends; prominent: the active-tab colours, not muted.
            #expect(x > 0 && x + w < width)
            #expect(roles[x..<(x + w)].allSatisfy { $0 == .tabActive })
            // Beside it the page counter and the source still fit, at 80 columns too.
            #expect(line.hasPrefix(" 1/1 "), "\(width)x\(height): no page counter in \(line)")
            #expect(line.contains(KioskVintage.text(Fixture.dataset, Language(rawValue: language) ?? .zh)))
        }
    }

    @Test func aVisitorSeesACountdownBackToTheShow() {
        var state = Self.state([KioskPage(panel: "towns")]) { $0.language = "en"; $0.idle = 60 }
        AppReducer.reduce(&state, .key(.character(" ")))
        #expect(Self.statusLine(state).text.contains("returns to the show in 60 s"))
        AppReducer.reduce(&state, .tick(now: Self.start + 48.5))
        #expect(Self.statusLine(state).text.contains("returns to the show in 20 s"))
        AppReducer.reduce(&state, .tick(now: Self.start + 52))
        #expect(Self.statusLine(state).text.contains("returns to the show in 8 s"))
        AppReducer.reduce(&state, .key(.down))
        #expect(Self.statusLine(state).text.contains("returns to the show in 60 s"), "a key starts the count again")
        AppReducer.reduce(&state, .key(.character("l")))
        #expect(Self.statusLine(state).text.contains("60秒后返回展示"))
    }

    @Test func theCountdownWakesEveryTenSecondsThenEverySecond() {
        var state = Self.state([KioskPage(panel: "towns")]) { $0.idle = 30 }
        AppReducer.reduce(&state, .key(.character(" ")))
        var shown: [Int] = []
        Self.run(&state, until: Self.start + 30) { state in
            if let kiosk = state.kiosk, kiosk.isPaused { shown.append(KioskCountdown.shown(kiosk, now: state.now)) }
        }
        #expect(shown == [20, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1], "\(shown)")
    }

    @Test func theKioskHelpListsOnlyKeysThatWorkThere() {
        var state = Self.state([KioskPage(panel: "towns")])
        AppReducer.reduce(&state, .key(.character(" ")))
        AppReducer.reduce(&state, .key(.character("?")))
        let text = DashboardView.render(state).lines.joined(separator: "\n")
        #expect(text.contains("帮助"))
        #expect(!text.contains("退出"), "the kiosk's help offers q, which does nothing there")
        #expect(HelpOverlay.lines(.en).contains { $0.contains("Quit") }, "the normal help still lists q")
    }

    // MARK: §7 Ticker with sources, §8 data vintage

    @Test(arguments: Language.allCases)
    func everyTickerItemNamesItsSource(language: Language) {
        let state = Self.state([KioskPage(panel: "towns")]) { $0.language = language.rawValue }
        let separator = "   ◆   "
        let items = KioskChrome.tickerText(state).components(separatedBy: separator).filter { !$0.isEmpty }
        #expect(items.count == state.kiosk?.ticker.count)
        for (item, id) in zip(items, state.kiosk?.ticker ?? []) {
            let metric = Fixture.dataset.metric(id)
            let source = metric.flatMap { Fixture.dataset.source($0.source) }
            let name = source.map { KioskVintage.sourceName($0, language) } ?? "?"
            #expect(item.hasSuffix(language == .zh ? "（\(name)）" : " (\(name))"), "\(item) names no source")
        }
    }

    @Test func anArticleWithoutAnOutletIsNamedByItsShortTitle() throws {
        let source = try #require(Fixture.dataset.sources.first { $0.outlet == nil })
        let zh = KioskVintage.sourceName(source, .zh)
        let en = KioskVintage.sourceName(source, .en)
        #expect(zh.hasPrefix("《") && source.title.zh.hasPrefix(zh.dropFirst().replacingOccurrences(of: "…》", with: "")))
        #expect(en.hasPrefix("\u{201C}") && source.title.en.hasPrefix(en.dropFirst().replacingOccurrences(of: "…\u{201D}", with: "")))
    }

    @Test func theKioskSaysWhereAndWhenItsFiguresComeFrom() {
        let state = Self.state([KioskPage(panel: "towns")])
        #expect(Self.statusLine(state).text.contains("数据来源：5篇报道，2020–2022"))
        #expect(KioskVintage.text(Fixture.dataset, .en) == "Source: five reports, 2020-2022")
        // Derived from the data: one source less, or other dates, change it.
        var fewer = Fixture.dataset
        fewer.sources = fewer.sources.filter { $0.date?.hasPrefix("2020") != true }
        #expect(KioskVintage.text(fewer, .en) == "Source: four reports, 2021-2022")
        #expect(KioskVintage.text(fewer, .zh) == "数据来源：4篇报道，2021–2022")
    }

    // MARK: §10 Burn-in shift

    @Test func theShiftMovesTheWholeFrameOneCellEveryNMinutes() {
        var state = Self.state([KioskPage(panel: "towns", duration: 600)]) { $0.shiftMinutes = 5 }
        let positions = [0.0, 300, 600, 900, 1200].map { seconds -> Margin in
            AppReducer.reduce(&state, .tick(now: Self.start + seconds))
            return state.margin
        }
        #expect(positions.map(\.left) == [0, 1, 1, 0, 0])
        #expect(positions.map(\.top) == [0, 0, 1, 1, 0])
        #expect(positions.allSatisfy { $0.left + $0.right == 1 && $0.top + $0.bottom == 1 })
        // The frame is the same picture moved by the cell: the header row at its new place.
        AppReducer.reduce(&state, .tick(now: Self.start + 1200))
        let a = DashboardView.render(state)
        AppReducer.reduce(&state, .tick(now: Self.start + 1500))
        let b = DashboardView.render(state)
        #expect(a.line(0).dropLast().hasPrefix(String(b.line(0).dropFirst().prefix(40))))
        #expect(a.line(0) != b.line(0))
    }

    @Test func withoutShiftMinutesTheFrameNeverMoves() {
        var state = Self.state([KioskPage(panel: "towns", duration: 600)])
        for minutes in stride(from: 0.0, through: 120, by: 7) {
            AppReducer.reduce(&state, .tick(now: Self.start + minutes * 60))
            #expect(state.margin == .zero)
        }
    }
}
