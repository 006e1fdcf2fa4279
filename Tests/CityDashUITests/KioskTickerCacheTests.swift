import CityDashCore
@testable import CityDashUI
import Testing

/// The loop keeps the ticker's text instead of composing it four times a second; what it shows
/// must still follow the data and the language on screen.
@Suite struct KioskTickerCacheTests {
    static func state() -> AppState {
        var config = KioskConfig()
        config.playlist = [KioskPage(panel: "towns"), KioskPage(panel: "zones")]
        config.ticker = ["city-gdp-2021"]
        var state = Fixture.state(width: 120, height: 36)
        state.kiosk = KioskState(config: config, dataset: Fixture.dataset, rotate: nil, idle: nil, unlock: nil, utcOffset: 0)
        AppReducer.reduce(&state, .tick(now: 500))
        return state
    }

    @Test func theCachedTextIsTheComposedText() {
        let state = Self.state()
        #expect(state.kiosk?.tickerCache?.text == KioskChrome.composeTickerText(state))
        #expect(KioskChrome.tickerText(state).contains("4.32万亿元"))
    }

    @Test func aReloadedFigureReachesTheTickerAtOnce() throws {
        var state = Self.state()
        var dataset = Fixture.dataset
        let index = try #require(dataset.metrics.firstIndex { $0.id == "city-gdp-2021" })
        dataset.metrics[index].name = Localized(zh: "全市GDP（新）", en: "City GDP (new)")
        AppReducer.reduce(&state, .dataReloaded(dataset))
        #expect(KioskChrome.tickerText(state).contains("全市GDP（新）"))
    }

    @Test func aVisitorWhoSwitchesLanguageSeesTheTickerInTheirLanguage() {
        var state = Self.state()
        Fixture.press([.down, .character("l")], &state)
        #expect(state.displayLanguage == .en)
        #expect(KioskChrome.tickerText(state).contains("City GDP"))
    }
}
