import CityDashCore
@testable import CityDashUI
import Testing

/// A story page's placement is worked out once and kept in the kiosk state
/// (`KioskStoryPage.Placement`); a frame drawn from it must be the frame worked out afresh,
/// and it must follow the page, the screen's size and the data.
@Suite struct KioskStoryPlacementTests {
    /// The frame worked out without the kept placement, and without the remembered page
    /// (`FrameMemo.Slot.storyPage`; copies share the memo, so this empties the state's).
    static func fresh(_ state: AppState) -> Buffer {
        var uncached = state
        uncached.kiosk?.storyPlacement = nil
        uncached.frameMemo.removeAll()
        return DashboardView.render(uncached)
    }

    /// The page is remembered under its placement, which names the language and ASCII mode it
    /// was worked out for: a page drawn after either changed is not the remembered one.
    @Test func theRememberedPageFollowsLanguageAndASCII() throws {
        var state = KioskTickerStripTests.shippedKiosk(width: 120, height: 36)
        try #require(KioskStoryPage.story(state) != nil)
        let zh = DashboardView.render(state)
        state.language = .en
        let en = DashboardView.render(state), freshEn = Self.fresh(state)
        #expect(en != zh)
        #expect(en == freshEn, "\(FrameMemoTests.firstDifference(en, freshEn))")
        _ = DashboardView.render(state)
        state.asciiOnly = true
        let ascii = DashboardView.render(state), freshASCII = Self.fresh(state)
        #expect(ascii == freshASCII, "\(FrameMemoTests.firstDifference(ascii, freshASCII))")
    }

    @Test(arguments: [Language.zh, .en])
    func everyStoryPageDrawsAsWorkedOutAfresh(language: Language) throws {
        var state = KioskTickerStripTests.shippedKiosk(width: 120, height: 36, language: language)
        let stories = try #require(state.kiosk?.playlist.indices.filter { state.kiosk?.playlist[$0].story != nil })
        #expect(stories.count >= 2)
        for (width, height) in [(200, 60), (80, 24), (300, 80), (120, 36)] {
            AppReducer.reduce(&state, .resize(width: width, height: height))
            for index in stories {
                KioskReducer.showPage(index, at: state.now, &state)
                // Half a second in: an arrival frame, drawn from the placement the reducer kept.
                AppReducer.reduce(&state, .tick(now: state.now + 0.5))
                let placement = try #require(state.kiosk?.storyPlacement)
                #expect(placement.page == index && placement.rect == DashboardLayout(for: state).body)
                #expect(DashboardView.render(state) == Self.fresh(state), "page \(index + 1) at \(width)x\(height)")
            }
        }
    }

    @Test func aReloadOrAVisitorLetsTheKeptPlacementGo() throws {
        var state = KioskTickerStripTests.shippedKiosk(width: 120, height: 36)
        let before = try #require(state.kiosk?.storyPlacement)
        var dataset = Fixture.dataset
        let id = try #require(state.kiosk?.page.story?.figures.first)
        let index = try #require(dataset.metrics.firstIndex { $0.id == id })
        dataset.metrics[index].quote = "新的引文"
        AppReducer.reduce(&state, .dataReloaded(dataset))
        let after = try #require(state.kiosk?.storyPlacement)
        #expect(after != before)
        #expect(DashboardView.render(state) == Self.fresh(state))
        AppReducer.reduce(&state, .key(.character(" ")))
        #expect(state.kiosk?.storyPlacement == nil, "a visitor sees the overview, not the story")
    }
}
