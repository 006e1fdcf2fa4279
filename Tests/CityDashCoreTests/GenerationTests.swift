import Foundation
import Testing
@testable import CityDashCore

/// The synthetic data generator (`citydash generate`), and the event reader that large data sets
/// are loaded with, compared with Yams on the same texts, valid and broken.
@Suite("Generated data and the event reader")
struct GenerationTests {
    static func generator() throws -> DatasetGenerator {
        try DatasetGenerator(base: try TestSupport.bundledDataset(), directory: TestSupport.dataDirectory)
    }

    static func load(_ texts: [String: String], yams: Bool = false) -> LoadResult {
        var loader = DatasetLoader()
        loader.composesWithYams = yams
        return loader.load(texts: texts)
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

    // MARK: Event reader against Yams

    @Test("bundled and generated data read the same from libyaml events and with Yams")
    func eventReaderMatchesYams() throws {
        var texts: [String: String] = [:]
        for name in DatasetLoader.fileNames {
            texts[name] = try String(contentsOf: TestSupport.dataDirectory.appendingPathComponent(name), encoding: .utf8)
        }
        for files in [texts, try Self.generator().files(metrics: 500, seed: 11)] {
            let events = Self.load(files)
            let yams = Self.load(files, yams: true)
            #expect(events.diagnostics == yams.diagnostics)
            #expect(events.dataset == yams.dataset)
        }
    }

    @Test("broken and unusual YAML gives the same diagnostics from libyaml events as with Yams")
    func mutationsMatchYams() throws {
        let base = try Self.generator().files(metrics: 20, seed: 5)
        let snippets = [
            "", " ", "#", "  # comment", "-", "- ", "- x", "  - ", "    - a", "key: value", "    name: x",
            "    extra: 1", "    note:", "    note: ~", "    note: null", "    year: '2021'", "    year: \"2021\"",
            "    quote: \"unterminated", "    quote: 'it''s'", "    name: {zh: a, en: b", "    name: {zh: a}",
            "    name: {zh: a, zh: b, en: c}", "    name: [a, b]", "    metrics: [a, , b]", "    metrics: [a, b,]",
            "\tname: x", "    id: &a x", "    id: *a", "    id: !!str x", "    quote: |", "    quote: >-",
            "---", "...", "%YAML 1.2", "    a: b: c", "    name: x # c", "    name: x#c", "    name: \"x\"#c",
            "    name: \"\\u00e9\\t\\x41\\N\"", "    name: \"\\q\"", "    name: \"\\ud800\"", "    id: dup", "    id: dup",
            "  - id: dup", "metrics:", "other: 1", "    scope: city\r", "    district: yangpu  ", "     district: x",
            "    stated: \"a\" \"b\"", "    value: 1.5", "    value: .5", "    category: economy # note",
            "    ? complex", "    name: {zh: \"a\", en: \"b\"} extra", "    highlights:\n      - {zh: a, en: b}",
            "    kind: target\n    target_year: 2030", "  -  id: spaced", "\u{85}", "    name: \u{2028}x",
        ]
        // CITYDASH_FUZZ_ROUNDS and CITYDASH_FUZZ_SEED run more or other mutations.
        let environment = ProcessInfo.processInfo.environment
        let rounds = environment["CITYDASH_FUZZ_ROUNDS"].flatMap { Int($0) } ?? 60
        var random = SplitMix64(seed: environment["CITYDASH_FUZZ_SEED"].flatMap { UInt64($0) } ?? 99)
        for file in ["metrics.yaml", "demo_zones.yaml", "new_towns.yaml", "sources.yaml"] {
            let lines = (base[file] ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for _ in 0..<rounds {
                var mutated = lines
                var changes: [String] = []
                for _ in 0..<(1 + random.below(2)) {
                    let at = random.below(mutated.count)
                    switch random.below(5) {
                    case 0: mutated.remove(at: at)
                    case 1: mutated.insert(random.pick(snippets), at: at)
                    case 2: mutated[at] = random.pick(snippets)
                    case 3: mutated[at] = " " + mutated[at]
                    default: mutated.insert(mutated[random.below(mutated.count)], at: at)
                    }
                    changes.append("line \(at + 1): \(at < mutated.count ? mutated[at].debugDescription : "(end)")")
                }
                var files = base
                files[file] = mutated.joined(separator: "\n")
                let events = Self.load(files)
                let yams = Self.load(files, yams: true)
                #expect(events.diagnostics.map(\.description) == yams.diagnostics.map(\.description),
                        "\(file) after \(changes)")
                #expect(events.dataset == yams.dataset, "\(file) after \(changes)")
            }
        }
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
}
