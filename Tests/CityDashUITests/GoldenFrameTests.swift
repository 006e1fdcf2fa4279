import CityDashCore
@testable import CityDashUI
import Foundation
import Testing

/// What users see, frame by frame, compared with reviewed text files in Golden/.
/// After an intended change, re-record with `CITYDASH_RECORD=1 swift test --filter GoldenFrameTests`,
/// then read every changed file (git diff) before committing it.
@Suite struct GoldenFrameTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var width: Int
        var height: Int
        var panel: PanelID = .overview
        var language: Language = .zh
        var district: String?
        var keys: [Key] = []
        var ascii = false
        /// Seconds into a kiosk attract loop (nil: not kiosk mode).
        var kioskAt: Double?
        var margin: Margin = .zero

        var testDescription: String { name }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for panel in PanelID.allCases {
            for language in Language.allCases {
                for (width, height) in [(80, 24), (160, 48)] {
                    cases.append(Case(name: "\(panel.rawValue)-\(language.rawValue)-\(width)x\(height)",
                                      width: width, height: height, panel: panel, language: language))
                }
            }
        }
        cases += [
            Case(name: "zones-detail-zh-80x24", width: 80, height: 24, panel: .zones, keys: [.down, .enter]),
            Case(name: "overview-detail-en-160x48", width: 160, height: 48, language: .en, keys: [.enter]),
            Case(name: "projects-detail-en-80x24", width: 80, height: 24, panel: .projects, language: .en,
                 keys: [.down, .down, .down, .down, .enter]),
            Case(name: "overview-yangpu-zh-80x24", width: 80, height: 24, district: "yangpu"),
            Case(name: "towns-yangpu-en-80x24", width: 80, height: 24, panel: .towns, language: .en,
                 district: "yangpu"),
            Case(name: "overview-pudong-en-160x48", width: 160, height: 48, language: .en, district: "pudong"),
            Case(name: "help-zh-80x24", width: 80, height: 24, keys: [.character("?")]),
            Case(name: "picker-en-80x24", width: 80, height: 24, language: .en, keys: [.character("d")]),
            Case(name: "search-en-80x24", width: 80, height: 24, language: .en,
                 keys: [.character("/")] + "ai".map { .character($0) } + [.enter]),
            Case(name: "ascii-overview-80x24", width: 80, height: 24, ascii: true),
            Case(name: "too-small-60x20", width: 60, height: 20),
            Case(name: "overview-zh-200x60", width: 200, height: 60),
            Case(name: "towns-en-200x60", width: 200, height: 60, panel: .towns, language: .en),
            Case(name: "kiosk-overview-zh-120x36", width: 120, height: 36, kioskAt: 5),
            Case(name: "kiosk-countup-zh-120x36", width: 120, height: 36, kioskAt: 0.6),
            Case(name: "kiosk-towns-en-200x60", width: 200, height: 60, language: .en, kioskAt: 25),
            Case(name: "kiosk-overview-zh-200x60", width: 200, height: 60, kioskAt: 7.3),
            Case(name: "kiosk-paused-zh-120x36", width: 120, height: 36, keys: [.character(" "), .down], kioskAt: 30),
            Case(name: "kiosk-margin-zh-120x36", width: 120, height: 36, kioskAt: 3,
                 margin: Margin(top: 1, right: 2, bottom: 1, left: 2)),
        ]
        return cases
    }()

    static let directory = Fixture.root.appendingPathComponent("Tests/CityDashUITests/Golden")

    static func frame(_ c: Case) -> String {
        var state = Fixture.state(width: c.width, height: c.height, panel: c.panel, language: c.language)
        state.asciiOnly = c.ascii
        if let district = c.district { state.district = .district(district) }
        state.margin = c.margin
        if let at = c.kioskAt {
            var config = KioskConfig()
            config.language = c.language.rawValue
            config.ticker = ["city-gdp-2021", "outdoor-5g-base-stations", "smes-on-platforms"]
            state.kiosk = KioskState(config: config, dataset: Fixture.dataset, rotate: 20, idle: 60, unlock: nil,
                                     utcOffset: 8 * 3600)
            let start = 1_700_000_000.0
            AppReducer.reduce(&state, .tick(now: start))
            AppReducer.reduce(&state, .tick(now: start + at))
        }
        Fixture.press(c.keys, &state)
        return DashboardView.render(state).lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: cases)
    func frameMatchesGolden(_ c: Case) throws {
        let actual = Self.frame(c)
        let file = Self.directory.appendingPathComponent(c.name + ".txt")
        if ProcessInfo.processInfo.environment["CITYDASH_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOf: file, encoding: .utf8),
                                    "missing golden file \(file.path); record with CITYDASH_RECORD=1")
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDiff = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("""
                \(c.name) differs from golden at line \(firstDiff + 1):
                expected: \(firstDiff < e.count ? String(e[firstDiff]) : "<none>")
                actual:   \(firstDiff < a.count ? String(a[firstDiff]) : "<none>")
                """)
        }
    }

    @Test func everyGoldenFileHasACase() throws {
        let names = Set(Self.cases.map { $0.name + ".txt" })
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".txt") }
        #expect(Set(files) == names, "stale or missing golden files")
    }
}
