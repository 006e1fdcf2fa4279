import CityDashCore
import CityDashUI
import Foundation
import CityDashTestBridge
import Testing

/// The panel lists made with the search index and the district index are the lists made by
/// filtering every record, on a generated set of 2,000 metrics as on the bundled data.
@Suite("Panel lists with indexes")
struct PanelItemsTests {
    static let generated: Dataset = {
        let data = Fixture.root.appendingPathComponent("data")
        do {
            let generator = try DatasetGenerator(base: Fixture.dataset, directory: data)
            return DatasetLoader().load(texts: generator.files(metrics: 2000, seed: 3)).dataset
        } catch {
            preconditionFailure("cannot generate a data set: \(error)")
        }
    }()

    /// Every record of the panel, filtered and searched one by one (over all its text).
    static func scanned(_ panel: PanelID, _ dataset: Dataset, _ filter: DistrictFilter, _ search: String) -> [ItemRef] {
        func keep(_ district: String?, _ text: String) -> Bool {
            filter.admits(district) && SearchText.matches(text, search)
        }
        switch panel {
        case .overview: return dataset.metrics.filter { keep($0.district, SearchText.of($0)) }.map { .metric($0.id) }
        case .towns: return dataset.newTowns.filter { keep($0.district, SearchText.of($0)) }.map { .town($0.id) }
        case .zones: return dataset.zones.filter { keep($0.district, SearchText.of($0)) }.map { .zone($0.id) }
        case .actions: return dataset.actions.filter { keep($0.district, SearchText.of($0)) }.map { .action($0.id) }
        case .projects:
            return dataset.projects.filter { keep($0.district, SearchText.of($0)) }.map { .project($0.id) }
                + dataset.events.filter { keep($0.district, SearchText.of($0)) }.map { .event($0.id) }
        case .sources:
            return dataset.sources.filter { SearchText.matches(SearchText.of($0), search) }.map { .source($0.id) }
        case .district:
            guard filter != .all else { return [] }
            return dataset.newTowns.filter { keep($0.district, SearchText.of($0)) }.map { .town($0.id) }
                + dataset.zones.filter { keep($0.district, SearchText.of($0)) }.map { .zone($0.id) }
                + dataset.metrics.filter { keep($0.district, SearchText.of($0)) }.map { .metric($0.id) }
                + dataset.projects.filter { keep($0.district, SearchText.of($0)) }.map { .project($0.id) }
                + dataset.events.filter { keep($0.district, SearchText.of($0)) }.map { .event($0.id) }
                + dataset.actions.filter { keep($0.district, SearchText.of($0)) }.map { .action($0.id) }
        }
    }

    @Test("indexed lists equal scanned lists for every panel, filter and search")
    func indexedEqualsScanned() {
        for dataset in [Fixture.dataset, Self.generated] {
            let index = SearchIndex(dataset)
            let filters = [DistrictFilter.all, .district("yangpu"), .district("pudong"), .district("nowhere")]
            for panel in PanelID.allCases {
                for filter in filters {
                    for search in ["", "数字", "GDP", "gdp", "ＧＤＰ", "4.32", "新城", "#2", "5g", "华为", "zz-no-match"] {
                        let indexed = PanelItems.items(panel, dataset: dataset, district: filter, search: search,
                                                       index: index)
                        #expect(indexed == Self.scanned(panel, dataset, filter, search), "\(panel) \(filter) \(search)")
                        #expect(PanelItems.items(panel, dataset: dataset, district: filter, search: search) == indexed)
                    }
                }
            }
        }
    }

    @Test("search ignores case in both languages and never matches across them")
    func searchSemantics() {
        let name = Localized(zh: "城市数字化转型", en: "Digital Transformation")
        #expect(name.matches("digital"))
        #expect(name.matches("TRANSFORM"))
        #expect(name.matches("数字化"))
        #expect(!name.matches("转型digital"))
        #expect(!name.matches("型D"))
        #expect(Localized(zh: "x", en: "École").matches("éCOLE"))
    }
}
