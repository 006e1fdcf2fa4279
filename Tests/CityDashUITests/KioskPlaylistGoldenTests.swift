import CityDashCore
@testable import CityDashUI
import Foundation
import CityDashTestBridge
import Testing

/// Every page of the shipped playlist (data/kiosk.yaml) as the booth shows it 6 s into the
/// page, at 120x36 and 200x60; the first story page at 80x24, 120x36, 200x60 and 300x80 in both
/// languages; and a story page and the overview on the Linux console (ASCII), compared with
/// Golden/Playlist/*.txt like `GoldenFrameTests` (re-record with CITYDASH_RECORD=1). The same
/// frames as `citydash render --kiosk-page N --at 6`, which docs/booth.md shows.
@Suite struct KioskPlaylistGoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var page: Int
        var width: Int
        var height: Int
        var ascii = false
        var language = Language.zh
        var name: String {
            "playlist-\(page + 1)\(language == .en ? "-en" : "")\(ascii ? "-ascii" : "")-\(width)x\(height)"
        }
        var testDescription: String { name }
    }

    static let config: KioskConfig = {
        KioskConfigLoader().load(Fixture.root.appendingPathComponent("data/kiosk.yaml"), dataset: Fixture.dataset).config
    }()

    static let directory = GoldenFrameTests.directory.appendingPathComponent("Playlist")

    /// The first story page and the overview, by their place in the playlist.
    static let firstStory = config.playlist.firstIndex { $0.story != nil } ?? 0
    static let overview = config.playlist.firstIndex { $0.panel == "overview" } ?? 0

    /// Every page in Chinese at 120x36 and 200x60; the first story page also at 80x24 and
    /// 300x80, and in English at all four sizes; the console at 120x36.
    static let cases: [Case] = config.playlist.indices.flatMap { page in
        [Case(page: page, width: 120, height: 36), Case(page: page, width: 200, height: 60)]
    } + [(80, 24), (300, 80)].map { Case(page: firstStory, width: $0.0, height: $0.1) }
        + [(80, 24), (120, 36), (200, 60), (300, 80)].map { Case(page: firstStory, width: $0.0, height: $0.1, language: .en) }
        + [Case(page: firstStory, width: 120, height: 36, ascii: true), Case(page: overview, width: 120, height: 36, ascii: true)]

    /// The booth at `seconds` into playlist page `page` (the preview's fixed 10:00 clock).
    static func state(page: Int, width: Int, height: Int, ascii: Bool, language: Language = .zh,
                      at seconds: Double) -> AppState {
        var state = Fixture.state(width: width, height: height)
        state.asciiOnly = ascii
        var config = config
        config.language = language.rawValue
        var kiosk = KioskState(config: config, dataset: Fixture.dataset, rotate: nil, idle: nil, unlock: nil, utcOffset: 0)
        kiosk.index = page
        state.kiosk = kiosk
        let start = 1_000.0, wall = 10 * 3600.0
        AppReducer.reduce(&state, .tick(Instant(monotonic: start, wall: wall)))
        AppReducer.reduce(&state, .tick(Instant(monotonic: start + seconds, wall: wall + seconds)))
        return state
    }

    @Test func theShippedPlaylistLoadsWithoutProblems() {
        let (config, diagnostics) = KioskConfigLoader().load(Fixture.root.appendingPathComponent("data/kiosk.yaml"),
                                                             dataset: Fixture.dataset)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config.warnings.isEmpty, "\(config.warnings)")
        #expect(config.playlist.count >= 5)
        #expect(config.playlist.contains { $0.panel == "district" }, "the playlist should have district spotlights")
    }

    /// Nor nearly empty: every shipped panel page lists at least three records (the count
    /// `validate` and the booth's skip use).
    @Test func noShippedPageIsNearlyEmpty() {
        for page in Self.config.playlist {
            // A story page features its one to three figures.
            let minimum = page.story == nil ? 3 : 1
            #expect(page.recordCount(in: Fixture.dataset) >= minimum, "\(page.label) lists only \(page.recordCount(in: Fixture.dataset))")
        }
    }

    /// No shipped page is empty: every one lists something, at every moment sampled.
    @Test func noShippedPageIsEmpty() {
        for page in Self.config.playlist.indices {
            let state = Self.state(page: page, width: 120, height: 36, ascii: false, at: 6)
            #expect(!state.items.isEmpty, "playlist page \(page + 1) (\(Self.config.playlist[page])) shows nothing")
        }
    }

    @Test(arguments: cases)
    func pageMatchesGolden(_ c: Case) throws {
        let state = Self.state(page: c.page, width: c.width, height: c.height, ascii: c.ascii, language: c.language, at: 6)
        let buffer = DashboardView.render(state)
        try GoldenFile.check(GoldenFile.content(buffer, theme: state.theme), name: c.name, in: Self.directory,
                             height: c.height)
    }

    /// A page taken out of the playlist leaves no golden file behind.
    @Test func everyPlaylistGoldenFileHasAPage() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".txt") }
        #expect(Set(files) == Set(Self.cases.map { $0.name + ".txt" }), "stale or missing golden files")
    }
}
