import Foundation
import CityDashTestBridge
import Testing
@testable import CityDashCore

/// A mapping with very many keys loads in time linear in its size. Finding a repeated key by
/// searching the keys read so far made it quadratic: 40,000 fields in one record plus 40,000
/// top-level keys took 152 s in a debug build (8.4 s CPU in release; now 1.1 s and 0.3 s), so
/// the 200,000-key mappings below would take about an hour.
/// These tests assert that such mappings load, with every key accounted for; the time limit
/// only keeps a regression from running for that hour (the timings are in the README).
@Suite("Large mappings", .timeLimit(.minutes(3)))
struct LargeMappingTests {
    typealias T = TestSupport

    static let keyCount = 200_000

    @Test("one record with 200,000 fields loads, each unknown field reported at its line")
    func recordWithManyKeys() throws {
        var yaml = "metrics:\n" + T.metricYAML()
        yaml.reserveCapacity(yaml.utf8.count + Self.keyCount * 16)
        for index in 0..<Self.keyCount { yaml += "    extra\(index): 1\n" }
        let result = T.load(replacing: ["metrics.yaml": yaml])
        let firstLine = T.line(of: "extra0:", in: yaml)
        #expect(result.diagnostics.count == Self.keyCount)
        #expect(result.diagnostics.first?.line == firstLine)
        #expect(result.diagnostics.last?.line == firstLine + Self.keyCount - 1)
        #expect(result.diagnostics.last?.message.contains("unknown field `extra\(Self.keyCount - 1)`") == true)
    }

    @Test("a top-level mapping with 200,000 keys loads, each unknown key reported")
    func topLevelWithManyKeys() {
        var yaml = "events: []\n"
        yaml.reserveCapacity(Self.keyCount * 12)
        for index in 0..<Self.keyCount { yaml += "k\(index): 1\n" }
        let result = T.load(replacing: ["events.yaml": yaml])
        #expect(result.diagnostics.count == Self.keyCount)
        #expect(result.diagnostics.allSatisfy { $0.file == "events.yaml" && $0.message.hasPrefix("unknown top-level key") })
        #expect(result.diagnostics.last?.line == Self.keyCount + 1)
    }

    @Test("a nested mapping with 200,000 keys and one repeated key at the end is refused as a duplicate")
    func duplicateAtTheEnd() {
        var yaml = "metrics:\n  - id: m1\n    name: {"
        yaml.reserveCapacity(Self.keyCount * 12)
        for index in 0..<Self.keyCount { yaml += "k\(index): x, " }
        yaml += "k0: again}\n"
        let result = T.load(replacing: ["metrics.yaml": yaml])
        T.expectSingle(result.diagnostics, file: "metrics.yaml", line: 3, "duplicate", "k0")
    }
}
