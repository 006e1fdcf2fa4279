import CityDashCore
@testable import CityDashUI
import Foundation
import CityDashTestBridge
import Testing

/// Golden frames of the district page (a district with much, 浦东; one with a little, 奉贤;
/// one the articles say nothing about, 金山; the whole city) and of the district picker with its map, at the
/// four reference sizes in both languages. Files are in Golden/District/ (so the main golden
/// suite's file check is not disturbed); re-record with
/// `CITYDASH_RECORD=1 swift test --filter DistrictPageGoldenTests` and read every diff.
@Suite struct DistrictPageGoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var width: Int
        var height: Int
        var language: Language
        var district: String?
        var panel: PanelID = .district
        var keys: [Key] = []
        var testDescription: String { name }
    }

    static let sizes = [(80, 24), (120, 40), (200, 60), (300, 80)]

    static let cases: [Case] = {
        var cases: [Case] = []
        for language in Language.allCases {
            for (width, height) in sizes {
                let size = "\(language.rawValue)-\(width)x\(height)"
                cases.append(Case(name: "district-pudong-\(size)", width: width, height: height, language: language,
                                  district: "pudong"))
                cases.append(Case(name: "district-jinshan-\(size)", width: width, height: height, language: language,
                                  district: "jinshan"))
                // The picker over Pudong's page, its cursor moved one tile west: lit and cursor both show.
                cases.append(Case(name: "picker-map-\(size)", width: width, height: height, language: language,
                                  district: "pudong", keys: [.character("d"), .left]))
            }
        }
        cases.append(Case(name: "district-fengxian-zh-120x40", width: 120, height: 40, language: .zh,
                          district: "fengxian"))
        cases.append(Case(name: "district-city-en-120x40", width: 120, height: 40, language: .en, district: nil))
        // The city's page on big screens: the headline figures fill the rows under the lists.
        cases.append(Case(name: "district-city-zh-300x80", width: 300, height: 80, language: .zh, district: nil))
        cases.append(Case(name: "district-city-en-200x60", width: 200, height: 60, language: .en, district: nil))
        cases.append(Case(name: "district-ascii-pudong-120x40", width: 120, height: 40, language: .en,
                          district: "pudong"))
        return cases
    }()

    static let directory = Fixture.root.appendingPathComponent("Tests/CityDashUITests/Golden/District")

    static func frame(_ c: Case) -> String {
        var state = Fixture.state(width: c.width, height: c.height, panel: c.panel, language: c.language)
        state.asciiOnly = c.name.hasPrefix("district-ascii")
        if let district = c.district { state.district = .district(district) }
        state.refreshItemCache()
        Fixture.press(c.keys, &state)
        return GoldenFile.content(DashboardView.render(state), theme: state.theme)
    }

    @Test(arguments: cases)
    func frameMatchesGolden(_ c: Case) throws {
        let actual = Self.frame(c)
        let lines = actual.split(separator: "\n", omittingEmptySubsequences: false).prefix(c.height)
        #expect(lines.count == c.height)
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) == c.width }, "every line exactly \(c.width) wide")
        try GoldenFile.check(actual, name: c.name, in: Self.directory, height: c.height)
    }

    @Test func everyGoldenFileHasACase() throws {
        let names = Set(Self.cases.map { $0.name + ".txt" })
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".txt") }
        #expect(Set(files) == names, "stale or missing golden files")
    }
}
