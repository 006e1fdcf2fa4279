import CityDashCore
@testable import CityDashUI
import Testing

/// Every panel uses a big screen: at most a quarter of its body rows show nothing (blank, or
/// only frame lines) at 120x40, 200x60 and 300x80, in both languages. Panels whose lists are
/// short draw cards, charts, the map or a time axis there instead of a list over empty rows.
@Suite struct ScreenFillTests {
    static let sizes = [(120, 40), (200, 60), (300, 80)]

    @Test("no panel leaves more than a quarter of its body blank on a big screen",
          arguments: PanelID.allCases.filter { $0 != .district })
    func panelFillsTheScreen(_ panel: PanelID) {
        for (width, height) in Self.sizes {
            for language in Language.allCases {
                let state = Fixture.state(width: width, height: height, panel: panel, language: language)
                let rows = BodyFill.blankRows(state)
                #expect(rows.blank * 4 <= rows.total,
                        "\(panel) \(width)x\(height) \(language): \(rows.blank)/\(rows.total) body rows blank")
            }
        }
    }

    @Test("the measure sees an empty area: a frame around nothing counts as blank")
    func frameAroundNothingIsBlank() {
        var state = Fixture.state(width: 120, height: 40, panel: .towns)
        state.search = "no record says this"
        state.refreshItemCache()
        let rows = BodyFill.blankRows(state)
        #expect(rows.blank * 4 > rows.total, "\(rows.blank)/\(rows.total)")
    }
}
