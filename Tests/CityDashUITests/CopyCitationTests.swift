import CityDashCore
@testable import CityDashUI
import Testing

/// `C`: the selected record's citation goes to the session for the clipboard and to the status
/// line; kiosk mode only shows it.
@Suite("Copy citation key")
struct CopyCitationTests {
    @Test("C copies the selected figure, from the list or its detail, and shows it")
    func copies() throws {
        var state = Fixture.state(width: 200, height: 40)
        let first = Fixture.press([.character("C")], &state)
        let gdp = try #require(Fixture.dataset.metric("city-gdp-2021"))
        let expected = Citation.text(for: gdp, in: Fixture.dataset, .zh)
        #expect(state.selectedItem == .metric("city-gdp-2021"))
        #expect(first.clipboard == expected)
        #expect((DashboardView.render(state).lines.last ?? "").contains("已复制：上海全市生产总值 4.32万亿元"))
        #expect(Fixture.press([.down, .enter], &state).clipboard == nil)
        let second = Fixture.press([.character("C")], &state)
        #expect(second.clipboard?.contains("——《") == true)
        #expect(second.clipboard?.hasPrefix(expected) == false)
    }

    @Test("in kiosk mode C only shows the citation")
    func kiosk() {
        var state = Fixture.state()
        state.kiosk = KioskState(config: KioskConfig(), dataset: Fixture.dataset, rotate: 20, idle: 60, unlock: nil,
                                 utcOffset: 0)
        #expect(Fixture.press([.character("C"), .character("C")], &state).clipboard == nil)
        #expect(state.notice?.zh.contains("——《") == true)
    }
}
