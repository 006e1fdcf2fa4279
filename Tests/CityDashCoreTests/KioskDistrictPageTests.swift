@testable import CityDashCore
import Foundation
import CityDashTestBridge
import Testing

/// District spotlights in kiosk.yaml (`panel: district`) and the warning about a playlist page
/// that would show nothing for the data, with file, line and column.
@Suite struct KioskDistrictPageTests {
    /// The shipped data, which has records in Pudong and Xuhui but none in Huangpu.
    static let dataset: Dataset = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return (try? DatasetLoader().load(directory: root.appendingPathComponent("data")).dataset) ?? Dataset()
    }()

    @Test func aDistrictPageIsAPlaylistPanel() {
        let text = """
        playlist:
          - {panel: district, district: pudong, duration: 15}
        """
        let (config, diagnostics) = KioskConfigLoader().parse(text, dataset: Self.dataset)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config.playlist == [KioskPage(panel: "district", district: "pudong", duration: 15)])
        #expect(config.warnings.isEmpty, "\(config.warnings)")
    }

    @Test func aPageWithNothingToShowIsAWarningWithItsLine() throws {
        try #require(Self.dataset.district("huangpu") != nil && Self.dataset.district("xuhui") != nil)
        let text = """
        playlist:
          - {panel: overview}
          - {panel: district, district: huangpu}
          - {panel: towns, district: xuhui}
          - {panel: projects, district: xuhui}
        """
        let (config, diagnostics) = KioskConfigLoader().parse(text, dataset: Self.dataset)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config.playlist.count == 4)
        // Huangpu has no record at all, Xuhui no new town; Xuhui's projects page has five.
        #expect(config.warnings.map(\.line) == [3, 4], "\(config.warnings)")
        #expect(config.warnings.map(\.column) == [5, 5], "\(config.warnings)")
        #expect(config.warnings.first?.description.hasPrefix("kiosk.yaml:3:5: warning: playlist[1]: page district (huangpu)") == true,
                "\(config.warnings)")
    }

    @Test func anUnknownPanelOrDistrictStaysAnError() {
        let text = """
        playlist:
          - {panel: map}
          - {panel: district, district: atlantis}
        """
        let (config, diagnostics) = KioskConfigLoader().parse(text, dataset: Self.dataset)
        #expect(diagnostics.map(\.line) == [2, 3], "\(diagnostics)")
        #expect(config.warnings.isEmpty, "an error is not repeated as a warning: \(config.warnings)")
    }

    @Test func recordCountsFollowWhatEachPageLists() throws {
        let pudong = try #require(Self.dataset.recordCountsByDistrict["pudong"])
        #expect(pudong > 0)
        #expect(KioskPage(panel: "district", district: "pudong").recordCount(in: Self.dataset) == pudong)
        #expect(KioskPage(panel: "district").recordCount(in: Self.dataset) == DatasetQuery(Self.dataset).totalCount)
        #expect(KioskPage(panel: "overview", district: "pudong").recordCount(in: Self.dataset)
            == Self.dataset.metricPositions(inDistrict: "pudong").count)
        #expect(KioskPage(panel: "projects").recordCount(in: Self.dataset)
            == Self.dataset.projects.count + Self.dataset.events.count)
        #expect(KioskPage(panel: "district", district: "atlantis").recordCount(in: Self.dataset) == 0)
    }
}
