@testable import CityDashCore
import Testing

/// The kiosk.yaml keys of the attract loop: `theme`, `advance` (playlist and per page) and
/// `shift_minutes`, each checked with file, line and field.
@Suite struct KioskConfigKeysTests {
    static let dataset = Dataset()

    @Test func readsTheLoopsThemeAdvanceAndShift() {
        let text = """
        theme: light
        advance: 6
        shift_minutes: 15
        playlist:
          - {panel: towns, advance: 2}
          - {panel: zones}
        """
        let (config, diagnostics) = KioskConfigLoader().parse(text, dataset: Self.dataset)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config.theme == "light")
        #expect(config.advance == 6)
        #expect(config.shiftMinutes == 15)
        #expect(config.playlist.map(\.advance) == [2, nil])
    }

    @Test func theDefaultsLeaveTheShiftOffAndTheThemeToTheCommandLine() {
        let (config, diagnostics) = KioskConfigLoader().parse("rotate: 20\n", dataset: Self.dataset)
        #expect(diagnostics.isEmpty)
        #expect(config.theme == nil)
        #expect(config.shiftMinutes == nil)
        #expect(config.advance == 4)
    }

    @Test(arguments: [("theme: sepia\n", 1, "theme"), ("shift_minutes: 0\n", 1, "shift_minutes"),
                      ("advance: -1\n", 1, "advance"), ("playlist:\n  - {panel: towns, advance: 0}\n", 2, "advance")])
    func badValuesAreReportedWithLineAndField(text: String, line: Int, field: String) {
        let (_, diagnostics) = KioskConfigLoader().parse(text, dataset: Self.dataset)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(diagnostics.first?.line == line)
        #expect(diagnostics.first?.description.contains(field) == true, "\(diagnostics)")
        #expect(diagnostics.first?.description.contains("kiosk.yaml") == true)
    }
}
