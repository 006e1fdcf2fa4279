import CityDashCore
@testable import CityDashUI
import Foundation
import CityDashTestBridge
import Testing

/// Story pages of the attract loop (issue 13 §1): figures as large as the screen allows, words
/// only from the data, an arrival that changes colours only, and a visitor who lands on the
/// overview with the story's figure selected.
@Suite struct KioskStoryPageTests {
    static let start = 3_000.0

    static func state(_ story: KioskStory, width: Int, height: Int, language: Language = .zh,
                      ascii: Bool = false) -> AppState {
        var config = KioskConfig()
        config.playlist = [KioskPage(panel: "story", story: story), KioskPage(panel: "towns")]
        config.language = language.rawValue
        var state = Fixture.state(width: width, height: height, language: language)
        state.asciiOnly = ascii
        state.kiosk = KioskState(config: config, dataset: Fixture.dataset, rotate: nil, idle: nil, unlock: nil,
                                 utcOffset: 0)
        AppReducer.reduce(&state, .tick(now: start))
        return state
    }

    /// The shipped story pages.
    static let stories: [KioskStory] = KioskPlaylistGoldenTests.config.playlist.compactMap(\.story)

    /// The longest run of consecutive rows of `rect` that hold a cell of `symbol`: the height
    /// of the block digits drawn there.
    static func tallestRun(of symbol: String, in buffer: Buffer, _ rect: Rect) -> Int {
        var longest = 0, current = 0
        for y in rect.y..<rect.maxY {
            let has = (rect.x..<rect.maxX).contains { buffer[$0, y].symbol == symbol }
            current = has ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    @Test func thePlaylistOpensWithStoryPages() {
        #expect(Self.stories.count >= 3)
        #expect(KioskPlaylistGoldenTests.config.playlist.first?.story != nil)
        for story in Self.stories {
            #expect((1...KioskStory.maxFigures).contains(story.metrics(in: Fixture.dataset).count), "\(story)")
        }
    }

    @Test(arguments: Language.allCases)
    func at200x60EveryStoryDrawsItsFiguresInSevenRowDigits(language: Language) {
        for story in Self.stories {
            let state = Self.state(story, width: 200, height: 60, language: language)
            let buffer = DashboardView.render(state)
            let body = DashboardLayout(for: state).body
            #expect(Self.tallestRun(of: "█", in: buffer, body) >= DigitSize.large.rows,
                    "\(story.figures) in \(language) is not drawn 7 rows tall")
        }
    }

    /// Every line of text on a story page is a figure's name, year, quote or note, or a source's
    /// outlet, title and date, exactly as the data has them.
    @Test(arguments: [(80, 24), (120, 36), (200, 60), (300, 80)])
    func theHeadlineAndQuotesAreTheArticlesOwnWords(width: Int, height: Int) {
        for story in Self.stories {
            let state = Self.state(story, width: width, height: height)
            let text = DashboardView.render(state).lines.joined(separator: "\n")
            let metrics = story.metrics(in: Fixture.dataset)
            let headline = story.headline == .note ? metrics[0].note?.zh ?? "" : "「" + metrics[0].quote + "」"
            // The headline is the first text on the page (its first line, on a narrow screen).
            let firstText = DashboardView.render(state).lines.dropFirst(2).map { $0.trimmingCharacters(in: .whitespaces) }
                .first { !$0.isEmpty } ?? ""
            #expect(!firstText.isEmpty && headline.hasPrefix(firstText), "\(width)x\(height): headline \(firstText)")
            for metric in metrics {
                #expect(text.contains(metric.name.zh), "\(width)x\(height): no label \(metric.name.zh)")
            }
            if width >= 120 {
                for metric in metrics {
                    #expect(text.contains(metric.quote), "\(width)x\(height): the quote of \(metric.id) is missing")
                }
                if let source = Fixture.dataset.source(metrics[0].source) {
                    #expect(text.contains(source.outlet?.zh ?? "《" + source.title.zh + "》"), "\(width)x\(height): no source")
                }
            }
        }
    }

    @Test func inEnglishTheLabelsAreEnglishAndTheQuoteStaysChinese() throws {
        let story = try #require(Self.stories.first { $0.headline == .quote })
        let state = Self.state(story, width: 200, height: 60, language: .en)
        let text = DashboardView.render(state).lines.joined(separator: "\n")
        let metric = try #require(story.metrics(in: Fixture.dataset).first)
        #expect(text.contains(metric.name.en))
        #expect(text.contains("「" + metric.quote + "」"))
        #expect(text.contains("Source: "))
    }

    /// Every frame the schedule wakes for during the arrival shows exactly the characters of
    /// the settled page (so only stated figures), in other colours.
    @Test(arguments: [(80, 24), (200, 60)])
    func everyFrameOfTheArrivalChangesOnlyColours(width: Int, height: Int) throws {
        for story in Self.stories {
            var state = Self.state(story, width: width, height: height)
            var frames = [DashboardView.render(state)]
            while let wake = KioskSchedule.nextWake(state), wake < Self.start + KioskState.arrivalDuration {
                AppReducer.reduce(&state, .tick(now: max(wake, state.now + 1e-9)))
                frames.append(DashboardView.render(state))
            }
            AppReducer.reduce(&state, .tick(now: Self.start + KioskState.arrivalDuration))
            let settled = DashboardView.render(state)
            let body = DashboardLayout(for: state).body
            #expect(frames.count >= KioskArrival.highlights.count, "the arrival should have been sampled")
            for frame in frames {
                for y in body.y..<body.maxY {
                    let shown = (body.x..<body.maxX).map { frame[$0, y].symbol }
                    let stated = (body.x..<body.maxX).map { settled[$0, y].symbol }
                    #expect(shown == stated, "\(story.figures) row \(y) differs from the settled page")
                }
            }
            let recoloured = (body.y..<body.maxY).flatMap { y in (body.x..<body.maxX).map { (x: $0, y: y) } }
                .filter { frames[0][$0.x, $0.y].role != settled[$0.x, $0.y].role }
            #expect(!recoloured.isEmpty, "the first frame of a story page should highlight its figures")
            #expect(KioskArrival.nextFrame(state) == nil)
        }
    }

    @Test func aVisitorsFirstKeyShowsTheOverviewWithTheStorysFigureSelected() throws {
        let story = try #require(Self.stories.first)
        var state = Self.state(story, width: 120, height: 36)
        #expect(KioskStoryPage.story(state) == story)
        Fixture.press([.down], &state)
        #expect(KioskStoryPage.story(state) == nil)
        #expect(state.panel == .overview)
        #expect(state.selectedItem == .metric(story.figures[0]))
    }

    @Test func aStoryPageHasNoListMotionAndWakesOnlyForItsArrivalTickerAndEnd() throws {
        let story = try #require(Self.stories.first)
        var state = Self.state(story, width: 120, height: 36)
        #expect(KioskMotion(state) == nil)
        let selection = state.selection
        AppReducer.reduce(&state, .tick(now: Self.start + 7))
        #expect(state.selection == selection)
        #expect(KioskStoryPage.story(state) == story)
    }

    @Test func aStoryWhoseFiguresAreGoneIsSkipped() {
        let gone = KioskState.Page(panel: .overview, district: .all, duration: 10,
                                   story: KioskStory(figures: ["no-such-figure"]))
        let there = KioskState.Page(panel: .overview, district: .all, duration: 10,
                                    story: KioskStory(figures: ["city-gdp-2021"]))
        #expect(KioskReducer.isEmpty(gone, Fixture.dataset))
        #expect(!KioskReducer.isEmpty(there, Fixture.dataset))
    }

    /// The console cannot show the Chinese quote: where it would be (even as the headline),
    /// one line says so, as in the detail view.
    @Test func onTheConsoleAQuoteHeadlineGivesWayToALineSayingWhy() throws {
        let story = try #require(Self.stories.first { $0.headline == .quote })
        let state = Self.state(story, width: 120, height: 36, ascii: true)
        let text = DashboardView.render(state).lines.joined(separator: "\n")
        #expect(text.contains(AsciiFallback.transliterate(UIText.chineseOnly.en)))
        for metric in story.metrics(in: Fixture.dataset) { #expect(text.contains(metric.name.en)) }
    }

    /// The Linux console: the figures of a story page in multi-row ASCII digits, nothing else.
    @Test func onTheConsoleTheFiguresAreMultiRowAsciiDigits() throws {
        let story = try #require(Self.stories.first)
        let state = Self.state(story, width: 120, height: 36, ascii: true)
        let buffer = DashboardView.render(state)
        #expect(buffer.cells.allSatisfy { $0.symbol.unicodeScalars.allSatisfy { $0.value < 0x7F } })
        #expect(Self.tallestRun(of: "#", in: buffer, DashboardLayout(for: state).body) >= DigitSize.medium.rows)
    }
}
