import CityDashCore
@testable import CityDashUI
import Foundation
import CityDashTestBridge
import Testing

/// Golden frames of the analyst features (search over all text with highlighted matches, the
/// sources panel), in the format and with the helpers of `GoldenFrameTests`, kept in
/// Golden/analyst/. Re-record with `CITYDASH_RECORD=1 swift test --filter AnalystGoldenTests`,
/// then read every changed file before committing it.
@Suite struct AnalystGoldenTests {
    typealias Case = GoldenFrameTests.Case

    static func searched(_ text: String) -> [Key] {
        [.character("/")] + text.map { .character($0) } + [.enter]
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for (width, height) in [(80, 24), (200, 60)] {
            cases.append(Case(name: "search-digital-zh-\(width)x\(height)", width: width, height: height,
                              keys: searched("数字")))
            cases.append(Case(name: "search-digital-en-\(width)x\(height)", width: width, height: height,
                              language: .en, keys: searched("digital")))
        }
        for language in Language.allCases {
            for (width, height) in [(80, 24), (200, 60)] {
                cases.append(Case(name: "sources-\(language.rawValue)-\(width)x\(height)", width: width,
                                  height: height, panel: .sources, language: language))
            }
        }
        // Figures of three units marked (元, %, 个; the % ones a growth, a share, a target and a
        // cut), then compared: one chart per unit.
        let marking: [Key] = [.character("m"), .down, .character("m")] + Array(repeating: .down, count: 3)
            + [.character("m")] + Array(repeating: .down, count: 3) + [.character("m")]
            + Array(repeating: .down, count: 7) + [.character("m")] + [.down, .down, .character("m")]
            + [.down, .down, .character("m")]
        for language in Language.allCases {
            for (width, height) in [(80, 24), (200, 60)] {
                let size = "\(language.rawValue)-\(width)x\(height)"
                cases.append(Case(name: "grouped-\(size)", width: width, height: height, language: language,
                                  keys: [.character("g")]))
                cases.append(Case(name: "compare-\(size)", width: width, height: height, language: language,
                                  keys: marking + [.character("b")]))
            }
        }
        cases += [
            // Grouped and sorted by value: each category's figures by unit, largest first.
            Case(name: "grouped-by-value-zh-200x60", width: 200, height: 60,
                 keys: [.character("g"), .character("o")]),
            // The marks in the list, before comparing.
            Case(name: "marked-zh-80x24", width: 80, height: 24, keys: marking),
            // Enter on the fifth article lists its records; s from a figure's detail goes back to it.
            Case(name: "sources-enter-lists-records-en-80x24", width: 80, height: 24, panel: .sources,
                 language: .en, keys: [.end, .enter]),
            Case(name: "sources-s-from-detail-zh-80x24", width: 80, height: 24, keys: [.enter, .character("s")]),
            // Full-width input finds the half-width figure.
            Case(name: "search-fullwidth-gdp-zh-80x24", width: 80, height: 24, keys: searched("４．３２")),
            // Parties are searched: 华为 lists the projects it signed.
            Case(name: "search-huawei-zh-80x24", width: 80, height: 24, panel: .projects, keys: searched("华为")),
            // A district that hides matches says how many are elsewhere and how to search the city.
            Case(name: "search-hidden-by-district-en-80x24", width: 80, height: 24, language: .en,
                 district: "yangpu", keys: searched("GDP")),
            Case(name: "search-hidden-by-district-zh-80x24", width: 80, height: 24, district: "yangpu",
                 keys: searched("GDP")),
        ]
        return cases
    }()

    static let directory = GoldenFrameTests.directory.appendingPathComponent("analyst")

    @Test(arguments: cases)
    func frameMatchesGolden(_ c: Case) throws {
        try GoldenFile.check(GoldenFrameTests.golden(c), name: c.name, in: Self.directory, height: c.height)
    }

    @Test func everyGoldenFileHasACase() throws {
        let names = Set(Self.cases.map { $0.name + ".txt" })
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".txt") }
        #expect(Set(files) == names, "stale or missing golden files")
    }
}
