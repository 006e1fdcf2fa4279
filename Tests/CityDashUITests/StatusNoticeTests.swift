import CityDashCore
import CityDashUI
import Testing

/// The status line answers keys whose effect is not otherwise visible in text (the theme).
@Suite struct StatusNoticeTests {
    static func statusLine(_ state: AppState) -> String {
        DashboardView.render(state).lines.last ?? ""
    }

    @Test("t names the theme it chose in the status line, in the screen's language, until the next key")
    func themeNotice() {
        var state = Fixture.state(width: 120, height: 40, language: .en)
        #expect(!Self.statusLine(state).contains("Theme"))
        Fixture.press([.character("t")], &state)
        #expect(Self.statusLine(state).contains("Theme: light (t to change)"))
        Fixture.press([.character("t")], &state)
        #expect(Self.statusLine(state).contains("Theme: high contrast"))
        Fixture.press([.down], &state)
        #expect(!Self.statusLine(state).contains("Theme"))
        var chinese = Fixture.state(width: 120, height: 40, language: .zh)
        Fixture.press([.character("t")], &chinese)
        #expect(Self.statusLine(chinese).contains("主题：浅色"))
    }
}
