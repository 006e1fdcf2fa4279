import CityDashCore
@testable import CityDashUI
import Testing

/// District spotlights in the loop, and pages that a data reload left empty: the loop skips
/// them and the status line says which.
@Suite struct KioskSkipEmptyTests {
    static let start = KioskAttractTests.start

    /// The shipped data with every record in Pudong taken out, as an edit and reload could.
    static let withoutPudong: Dataset = {
        var dataset = Fixture.dataset
        dataset.metrics.removeAll { $0.district == "pudong" }
        dataset.newTowns.removeAll { $0.district == "pudong" }
        dataset.zones.removeAll { $0.district == "pudong" }
        dataset.actions.removeAll { $0.district == "pudong" }
        dataset.projects.removeAll { $0.district == "pudong" }
        dataset.events.removeAll { $0.district == "pudong" }
        return dataset
    }()

    /// The loop of a kiosk.yaml text, started at `start`.
    static func state(_ yaml: String) throws -> AppState {
        let (config, diagnostics) = KioskConfigLoader().parse(yaml, dataset: Fixture.dataset)
        try #require(diagnostics.isEmpty, "\(diagnostics)")
        var state = Fixture.state(width: 120, height: 36)
        state.kiosk = KioskState(config: config, dataset: Fixture.dataset, rotate: nil, idle: nil, unlock: "open",
                                 utcOffset: 0)
        AppReducer.reduce(&state, .tick(now: start))
        return state
    }

    static let playlist = """
    rotate: 20
    playlist:
      - {panel: overview}
      - {panel: district, district: pudong}
      - {panel: towns}
    """

    @Test func aDistrictSpotlightShowsTheDistrictsPage() throws {
        var state = try Self.state(Self.playlist)
        AppReducer.reduce(&state, .tick(now: Self.start + 20))
        #expect(state.kiosk?.index == 1)
        #expect(state.panel == .district)
        #expect(state.district == .district("pudong"))
        #expect(!state.items.isEmpty)
        #expect(state.notice == nil)
    }

    @Test func aPageEmptiedByAReloadIsLeftAtOnceAndTheStatusLineSaysSo() throws {
        var state = try Self.state(Self.playlist)
        AppReducer.reduce(&state, .tick(now: Self.start + 20))
        try #require(state.panel == .district)
        AppReducer.reduce(&state, .dataReloaded(Self.withoutPudong))
        #expect(state.kiosk?.index == 2)
        #expect(state.panel == .towns)
        #expect(state.notice?.zh.contains("浦东") == true, "\(String(describing: state.notice))")
        #expect(KioskAttractTests.statusLine(state).text.contains("已跳过无内容的页"),
                "\(KioskAttractTests.statusLine(state).text)")
        state.language = .en
        #expect(KioskAttractTests.statusLine(state).text.contains("Skipped empty page"),
                "\(KioskAttractTests.statusLine(state).text)")
    }

    @Test func theLoopPassesOverAnEmptyPageWhenItsTurnComes() throws {
        var state = try Self.state(Self.playlist)
        AppReducer.reduce(&state, .dataReloaded(Self.withoutPudong))
        // The page on screen still has records: it stays, and nothing is said.
        #expect(state.kiosk?.index == 0)
        #expect(state.notice == nil)
        AppReducer.reduce(&state, .tick(now: Self.start + 20))
        #expect(state.kiosk?.index == 2)
        #expect(state.panel == .towns)
        #expect(state.notice?.en.contains("Pudong") == true, "\(String(describing: state.notice))")
        // The next turn shows a page that was not skipped: the notice goes.
        AppReducer.reduce(&state, .tick(now: Self.start + 40))
        #expect(state.kiosk?.index == 0)
        #expect(state.notice == nil)
    }

    @Test func aVisitorsSessionIsLeftAloneUntilTheLoopReturns() throws {
        var state = try Self.state(Self.playlist)
        AppReducer.reduce(&state, .tick(now: Self.start + 20))
        AppReducer.reduce(&state, .key(.character("x")))
        try #require(state.kiosk?.isPaused == true)
        AppReducer.reduce(&state, .dataReloaded(Self.withoutPudong))
        #expect(state.kiosk?.index == 1)
        // Idle return: back to the loop, past the emptied page.
        AppReducer.reduce(&state, .tick(now: Self.start + 20 + 61))
        #expect(state.kiosk?.isPaused == false)
        #expect(state.kiosk?.index == 2)
    }

    @Test func aPlaylistOfOnlyEmptyPagesStillShowsOne() throws {
        var state = try Self.state("playlist:\n  - {panel: district, district: pudong}\n")
        AppReducer.reduce(&state, .dataReloaded(Self.withoutPudong))
        #expect(state.kiosk?.index == 0)
        AppReducer.reduce(&state, .tick(now: Self.start + 20))
        #expect(state.kiosk?.index == 0)
    }
}
