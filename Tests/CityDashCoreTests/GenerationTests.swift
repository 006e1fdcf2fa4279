import Foundation
import CityDashTestBridge
import Testing
@testable import CityDashCore

/// The synthetic data generator (`citydash generate`).
@Suite("Generated data")
struct GenerationTests {
    static func generator() throws -> DatasetGenerator {
        try DatasetGenerator(base: try TestSupport.bundledDataset(), directory: TestSupport.dataDirectory)
    }

    static func load(_ texts: [String: String]) -> LoadResult {
        DatasetLoader().load(texts: texts)
    }

    // MARK: Generator

    @Test("SplitMix64 gives the published sequence for seed 0 and stays in bounds")
    func splitMix() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        for bound in [1, 2, 3, 16, 1000] {
            for _ in 0..<200 { #expect((0..<bound).contains(random.below(bound))) }
        }
    }

    @Test("generated sets load with no diagnostics", arguments: [100, 1000])
    func generatedSetsAreValid(metrics: Int) throws {
        let files = try Self.generator().files(metrics: metrics, seed: 7)
        let result = Self.load(files)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(5).map(\.description))")
        let counts = DatasetGenerator.Counts(metrics: metrics)
        #expect(result.dataset.metrics.count == metrics)
        #expect(result.dataset.newTowns.count == counts.towns)
        #expect(result.dataset.zones.count == counts.zones)
        #expect(result.dataset.actions.count == counts.actions)
        #expect(result.dataset.projects.count == counts.projects)
        #expect(result.dataset.events.count == counts.events)
        // Spread over districts and subjects, and still formatted as stated.
        #expect(Set(result.dataset.metrics.compactMap(\.district)).count >= min(12, result.dataset.districts.count))
        #expect(result.dataset.metrics.contains { $0.subject != nil })
        #expect(result.dataset.metrics.contains { $0.district == nil })
        for metric in result.dataset.metrics {
            #expect(FigureFormatter.chinese(metric) == metric.stated, "\(metric.id)")
        }
        let zoned = result.dataset.zones.flatMap(\.metrics)
        #expect(!zoned.isEmpty)
        let subjects = Dictionary(uniqueKeysWithValues: result.dataset.metrics.map { ($0.id, $0.subject) })
        #expect(zoned.allSatisfy { subjects[$0] ?? nil != nil })
    }

    @Test("the same seed gives the same files; another seed different ones")
    func deterministic() throws {
        let generator = try Self.generator()
        let first = generator.files(metrics: 1000, seed: 42)
        #expect(first == generator.files(metrics: 1000, seed: 42))
        #expect(first["metrics.yaml"] != generator.files(metrics: 1000, seed: 43)["metrics.yaml"])
        #expect(first["sources.yaml"] == (try String(contentsOf: TestSupport.dataDirectory.appendingPathComponent("sources.yaml"), encoding: .utf8)))
    }

    @Test("quotes of generated records are verbatim in the articles", TestSupport.needsArticles)
    func quotesStayVerbatim() throws {
        let seeds = try TestSupport.requireSeeds()
        let directory = try TestSupport.makeTemporaryDirectory("citydash-generated")
        defer { TestSupport.removeQuietly(directory) }
        try Self.generator().write(metrics: 300, seed: 3, to: directory)
        let result = try DatasetLoader(articlesDirectory: seeds).load(directory: directory)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(5).map(\.description))")
        #expect(result.dataset.metrics.count == 300)
    }
}

/// The dataset's id and district indexes answer what scanning the lists answers.
@Suite("Dataset indexes")
struct DatasetIndexTests {
    @Test("lookups by id, by district and by subject agree with scanning, and follow changes")
    func indexesAgree() throws {
        let files = try GenerationTests.generator().files(metrics: 1000, seed: 1)
        let dataset = GenerationTests.load(files).dataset
        for metric in dataset.metrics.prefix(300) { #expect(dataset.metric(metric.id) == metric) }
        #expect(dataset.metric("no-such-id") == nil)
        for district in dataset.districts {
            #expect(dataset.district(district.id) == district)
            #expect(dataset.metricPositions(inDistrict: district.id).map { dataset.metrics[$0] }
                == dataset.metrics.filter { $0.district == district.id })
        }
        for town in dataset.newTowns {
            #expect(dataset.newTown(town.id) == town)
            #expect(dataset.metrics(about: town.id) == dataset.metrics.filter { $0.subject == town.id })
        }
        for zone in dataset.zones { #expect(dataset.zone(zone.id) == zone) }
        for action in dataset.actions { #expect(dataset.action(action.id) == action) }
        for project in dataset.projects { #expect(dataset.project(project.id) == project) }
        for event in dataset.events { #expect(dataset.event(event.id) == event) }

        // Replacing or editing a list rebuilds its index; equality ignores the indexes.
        var changed = dataset
        changed.metrics = Array(dataset.metrics.reversed())
        #expect(changed.metric(dataset.metrics[0].id) == dataset.metrics[0])
        #expect(changed.metricPositions(inDistrict: "yangpu").map { changed.metrics[$0] }
            == changed.metrics.filter { $0.district == "yangpu" })
        changed.metrics[0].id = "renamed"
        #expect(changed.metric("renamed")?.id == "renamed")
        #expect(changed.metric(dataset.metrics.last?.id ?? "") == nil)
        changed.metrics = dataset.metrics
        #expect(changed == dataset)
    }

    /// The loader hands the dataset the id table it built while finding duplicates
    /// (`Dataset.setMetrics`) instead of the dataset hashing every id again.
    @Test("the loader's id table serves lookups: every metric, the first of a duplicate, broken records skipped")
    func loaderIDTableServesLookups() throws {
        let metrics = "metrics:\n" + TestSupport.metricYAML(id: "m1")
            + TestSupport.metricYAML(id: "m2", ["value": "[broken]"])
            + TestSupport.metricYAML(id: "m3", ["year": "2022"])
            + TestSupport.metricYAML(id: "m1", ["year": "2020"])
            + TestSupport.metricYAML(id: "m4")
        let result = TestSupport.load(replacing: ["metrics.yaml": metrics])
        #expect(result.diagnostics.contains { $0.message.contains("duplicate id \"m1\"") })
        let dataset = result.dataset
        #expect(dataset.metrics.map(\.id) == ["m1", "m3", "m4"])
        #expect(dataset.metric("m1")?.year == 2021)
        #expect(dataset.metric("m3")?.year == 2022)
        #expect(dataset.metric("m4")?.id == "m4")
        #expect(dataset.metric("m2") == nil)
        #expect(dataset.metric("m5") == nil)
        // Generated at scale: every id is found at its own position.
        let large = GenerationTests.load(try GenerationTests.generator().files(metrics: 2000, seed: 5)).dataset
        #expect(large.metrics.allSatisfy { large.metric($0.id) == $0 })
        // A later assignment builds its own table; the loader's is used once.
        var reordered = large
        reordered.metrics = Array(large.metrics.reversed())
        #expect(reordered.metrics.allSatisfy { reordered.metric($0.id) == $0 })
    }
}
