import CityDashCore
@testable import CityDashUI
import Foundation
import CityDashTestBridge
import Testing

/// What users see, frame by frame, compared with reviewed files in Golden/: each file holds the
/// frame's text, then a header line naming the theme with the legend of role letters, then the
/// role of every cell, one letter a column (`RoleGrid`), so a lost selection highlight or a title
/// drawn as plain text fails as surely as a changed character.
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
                // Panels drawn as boards on big screens (cards, charts, the map, the time axis)
                // are kept at every size they change at.
                let big = panel == .district ? [] : [(120, 40), (200, 60), (300, 80)]
                for (width, height) in [(80, 24), (160, 48)] + big {
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
            Case(name: "overview-light-en-80x24", width: 80, height: 24, language: .en, keys: [.character("t")]),
            Case(name: "picker-en-80x24", width: 80, height: 24, language: .en, keys: [.character("d")]),
            Case(name: "search-en-80x24", width: 80, height: 24, language: .en,
                 keys: [.character("/")] + "ai".map { .character($0) } + [.enter]),
            Case(name: "ascii-overview-80x24", width: 80, height: 24, ascii: true),
            Case(name: "too-small-60x20", width: 60, height: 20),
            Case(name: "kiosk-overview-zh-120x36", width: 120, height: 36, kioskAt: 5),
            Case(name: "kiosk-countup-zh-120x36", width: 120, height: 36, kioskAt: 0.6),
            Case(name: "kiosk-towns-en-200x60", width: 200, height: 60, language: .en, kioskAt: 25),
            Case(name: "kiosk-overview-zh-200x60", width: 200, height: 60, kioskAt: 7.3),
            Case(name: "kiosk-paused-zh-120x36", width: 120, height: 36, keys: [.character(" "), .down], kioskAt: 30),
            Case(name: "kiosk-margin-zh-120x36", width: 120, height: 36, kioskAt: 3,
                 margin: Margin(top: 1, right: 2, bottom: 1, left: 2)),
        ]
        // Headline digits at each size, charts of related figures, the legend.
        cases += [
            Case(name: "overview-en-120x36", width: 120, height: 36, language: .en),
            Case(name: "overview-chart-detail-zh-120x40", width: 120, height: 40,
                 keys: Array(repeating: .down, count: 25) + [.enter]),
            Case(name: "help-en-120x40", width: 120, height: 40, language: .en, keys: [.character("?")]),
        ]
        return cases
    }()

    static let directory = Fixture.root.appendingPathComponent("Tests/CityDashUITests/Golden")

    /// The state a case describes, after its kiosk ticks and keys.
    static func state(_ c: Case) -> AppState {
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
        return state
    }

    /// The header line between a golden file's text rows and its role rows.
    static func rolesHeader(theme: ThemeName) -> String {
        "roles (theme \(theme.rawValue)), one letter a column: \(RoleGrid.legend)"
    }

    /// The golden file's content for a case: text rows, the roles header, role rows.
    static func golden(_ c: Case) -> String {
        let state = state(c)
        return GoldenFile.content(DashboardView.render(state), theme: state.theme)
    }

    /// What differs between a golden file and the frame drawn now, in words: the text rows that
    /// differ, the theme, and each run of cells whose role differs (row, columns, both roles).
    static func differences(expected: String, actual: String, height: Int) -> [String] {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func section(_ lines: [String], _ range: Range<Int>) -> [String] {
            Array(lines[min(range.lowerBound, lines.count)..<min(range.upperBound, lines.count)])
        }
        var out: [String] = []
        let (eText, aText) = (section(e, 0..<height), section(a, 0..<height))
        for y in 0..<max(eText.count, aText.count) where out.count < 6 {
            let (el, al) = (y < eText.count ? eText[y] : "<none>", y < aText.count ? aText[y] : "<none>")
            if el != al { out.append("text row \(y):\n  expected: \(el)\n  actual:   \(al)") }
        }
        let (eHeader, aHeader) = (section(e, height..<height + 1), section(a, height..<height + 1))
        if eHeader != aHeader {
            out.append("roles header:\n  expected: \(eHeader.first ?? "<none>")\n  actual:   \(aHeader.first ?? "<none>")")
        }
        let roleRows = height + 1..<2 * height + 1
        out += RoleGrid.differences(expected: section(e, roleRows), actual: section(a, roleRows), actualText: aText)
        if out.isEmpty { out.append("the files differ after the role rows") }
        return out
    }

    @Test(arguments: cases)
    func frameMatchesGolden(_ c: Case) throws {
        try GoldenFile.check(Self.golden(c), name: c.name, in: Self.directory, height: c.height)
    }

    /// The comparison must see a role change that leaves every character as it was.
    @Test func aChangedRoleAloneIsADifference() {
        let c = Self.cases[0]
        let state = Self.state(c)
        var buffer = DashboardView.render(state)
        let expected = (buffer.lines + [Self.rolesHeader(theme: state.theme)] + RoleGrid.rows(buffer))
            .joined(separator: "\n") + "\n"
        buffer.setRole(.warning, in: Rect(x: 3, y: 1, width: 4, height: 1))
        buffer.setRole(.selection, in: Rect(x: 0, y: 6, width: 2, height: 1))
        let actual = (buffer.lines + [Self.rolesHeader(theme: state.theme)] + RoleGrid.rows(buffer))
            .joined(separator: "\n") + "\n"
        let found = Self.differences(expected: expected, actual: actual, height: c.height)
        #expect(found.count == 2 && found.allSatisfy { $0.hasPrefix("row 1, ") || $0.hasPrefix("row 6, ") },
                "\(found)")
        #expect(found.contains { $0.hasPrefix("row 1, columns 3-6: ") && $0.contains("got W warning") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("row 6, columns 0-1: ") && $0.contains("got S selection") }, "\(found)")
    }

    @Test func everyGoldenFileHasACase() throws {
        let names = Set(Self.cases.map { $0.name + ".txt" })
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".txt") }
        #expect(Set(files) == names, "stale or missing golden files")
    }
}
