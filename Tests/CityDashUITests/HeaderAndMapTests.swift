import CityDashCore
@testable import CityDashUI
import Testing

/// The header never runs its parts together, and the overview shows the district map beside
/// its headline cards when there is room.
@Suite struct HeaderAndMapTests {
    /// Columns of blank between the title's last character and the right part's first.
    static func gap(_ state: AppState) -> (gap: Int, line: String) {
        let line = DashboardView.render(state).line(0)
        let (title, right) = DashboardView.headerParts(state, width: state.width)
        let titleEnd = DisplayWidth.of(title.trimmingTrailingSpaces())
        let rightStart = state.width - DisplayWidth.of(right) + (right.prefix { $0 == " " }.count)
        return (rightStart - titleEnd, line)
    }

    @Test("title, district and clock keep at least two columns apart at every width",
          arguments: Language.allCases)
    func headerGap(_ language: Language) {
        for width in [80, 81, 90, 100, 120, 160, 200] {
            for district in [nil, "pudong", "chongming", "xuhui"] {
                var state = Fixture.state(width: width, height: 24, language: language)
                if let district { state.district = .district(district) }
                let (gap, line) = Self.gap(state)
                #expect(gap >= DashboardView.headerGap, "\(width) \(district ?? "all") \(language): \(line)")
                let name = DashboardView.districtLabel(state)
                #expect(line.contains(name), "the district's name is always shown: \(line)")
            }
        }
    }

    @Test("in kiosk mode the clock stays and keeps its distance too", arguments: Language.allCases)
    func kioskHeaderGap(_ language: Language) {
        for width in [80, 100, 120] {
            var state = Fixture.state(width: width, height: 24, language: language)
            state.district = .district("chongming")
            state.kiosk = KioskState(config: KioskConfig(), dataset: Fixture.dataset, rotate: 20, idle: 60, unlock: nil,
                                     utcOffset: 0)
            let (gap, line) = Self.gap(state)
            #expect(gap >= DashboardView.headerGap, "\(width) \(language): \(line)")
            #expect(line.contains(KioskChrome.clock(state)), "\(line)")
        }
    }

    @Test("the 80x24 English header keeps its title apart from the district")
    func englishHeaderAt80() {
        var state = Fixture.state(width: 80, height: 24, language: .en)
        state.district = .district("pudong")
        let line = DashboardView.render(state).line(0)
        #expect(line.hasPrefix(" citydash"))
        #expect(!line.contains(" District:") || line.contains("  District:"), "\(line)")
    }

    @Test("the overview shows the map beside the cards from 160x45, not below")
    func overviewMap() {
        for (width, height, shown) in [(200, 60, true), (300, 80, true), (160, 48, true), (159, 60, false),
                                      (200, 44, false), (80, 24, false), (120, 40, false)] {
            let state = Fixture.state(width: width, height: height, language: .zh)
            let layout = DashboardLayout(for: state)
            #expect(!layout.overviewMap.isEmpty == shown, "\(width)x\(height)")
            guard shown else { continue }
            #expect(layout.overviewMap.x >= layout.cards.maxX)
            let text = DashboardView.render(state).lines.joined(separator: "\n")
            #expect(text.contains("示意图"), "the map is labelled a schematic at \(width)x\(height)")
            #expect(text.contains("浦东"))
        }
        var kiosk = Fixture.state(width: 200, height: 60)
        kiosk.kiosk = KioskState(config: KioskConfig(), dataset: Fixture.dataset, rotate: 20, idle: 60, unlock: nil,
                                 utcOffset: 0)
        #expect(DashboardLayout(for: kiosk).overviewMap.isEmpty, "kiosk pages keep their own layout")
    }

    @Test("a click on the overview's map opens that district's page")
    func overviewMapClick() throws {
        var state = Fixture.state(width: 200, height: 60)
        let map = DashboardLayout(for: state).overviewMap.inset(left: 1)
        let area = DistrictMap.tileArea(in: map)
        let tile = try #require(DistrictMapLayout.tiles.first { $0.district == "pudong" })
        let rect = DistrictMapLayout.rect(of: tile, in: area)
        AppReducer.reduce(&state, .click(x: rect.x + 1, y: rect.y))
        #expect(state.district == .district("pudong"))
        #expect(state.panel == .district)
    }
}
