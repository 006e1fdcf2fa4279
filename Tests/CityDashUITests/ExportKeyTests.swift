import CityDashCore
@testable import CityDashUI
import Testing

/// `e` / `E`: the reducer only records the request (it stays pure); the outcome comes back as
/// an event and is shown in the status line. Kiosk mode never exports.
@Suite("Export keys")
struct ExportKeyTests {
    @Test("e asks for a CSV of exactly the current list; the outcome is shown")
    func exportRequest() {
        var state = Fixture.state(width: 160, height: 40, language: .en)
        state.exportDirectory = "/tmp/out"
        Fixture.press([.character("v"), .character("o"), .character("/")], &state)
        Fixture.type("亿", &state)
        let effects = Fixture.press([.enter, .character("e")], &state)
        let request = ListExport(kinds: [.metrics], query: state.query, format: .csv, directory: "/tmp/out")
        #expect(effects.export == request)
        #expect(state.query.filter.status == .actual && state.query.sort == .value && state.query.search == "亿")
        let finished = AppReducer.reduce(&state, .exportFinished(.written(["/tmp/out/citydash-metrics-1.csv"])))
        #expect(finished.export == nil && finished.redraw == .all)
        let status = DashboardView.render(state).lines.last ?? ""
        #expect(status.contains("Exported to /tmp/out/citydash-metrics-1.csv"), "\(status)")
        let json = Fixture.press([.character("5"), .character("E")], &state).export
        #expect(json?.kinds == [.projects, .events])
        #expect(json?.format == .json)
        AppReducer.reduce(&state, .exportFinished(.failed("/x: Permission denied")))
        #expect(state.notice?.en == "Export failed: /x: Permission denied")
    }

    @Test("in kiosk mode e and E do nothing")
    func kioskNeverExports() {
        var state = Fixture.state()
        state.kiosk = KioskState(config: KioskConfig(), dataset: Fixture.dataset, rotate: 20, idle: 60, unlock: nil,
                                 utcOffset: 0)
        let effects = Fixture.press([.character("e"), .character("e"), .character("E")], &state)
        #expect(effects.export == nil)
        #expect(effects.redraw == .all)
    }
}
