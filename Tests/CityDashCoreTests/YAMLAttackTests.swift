@testable import CityDashCore
import Foundation
import CityDashTestBridge
import Testing

/// YAML built to exhaust a parser is refused with a message that says which limit it hit
/// (README "Robustness" lists the limits): the limits are what bound the work. How long the
/// refusals take is measured by the `load hostile` benchmarks, not asserted here, since tests
/// run in parallel and a clock says little.
@Suite struct YAMLAttackTests {
    static func loadReplacing(_ file: String, with text: String) -> LoadResult {
        var texts = DataFuzzTests.bundled
        texts[file] = text
        return DatasetLoader().load(texts: texts)
    }

    @Test func billionLaughsIsRefused() {
        var lines = ["a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        let names = ["b", "c", "d", "e", "f", "g", "h", "i"]
        var previous = "a"
        for name in names {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
            previous = name
        }
        lines.append("metrics: *i")
        let result = Self.loadReplacing("metrics.yaml", with: lines.joined(separator: "\n"))
        #expect(!result.isValid)
        let diagnostic = result.diagnostics.first { $0.file == "metrics.yaml" }
        #expect(diagnostic?.message.contains("alias") == true || diagnostic?.message.contains("anchor") == true,
                "\(String(describing: diagnostic))")
        #expect((diagnostic?.line ?? 0) >= 1)
    }

    @Test func tenThousandLevelsOfNestingAreRefused() {
        for nested in [String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
                       String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000)] {
            let result = Self.loadReplacing("events.yaml", with: "events: " + nested)
            #expect(!result.isValid)
            #expect(result.diagnostics.contains { $0.file == "events.yaml" && $0.message.contains("nest") },
                    "\(result.diagnostics.prefix(3))")
        }
        // Deep block indentation too.
        var block = "events:\n"
        for level in 0..<2_000 { block += String(repeating: " ", count: level * 2 + 2) + "k\(level):\n" }
        let result = Self.loadReplacing("events.yaml", with: block)
        #expect(!result.isValid)
    }

    @Test func fileOverTheSizeLimitIsRefusedBeforeParsing() throws {
        var files = DataFuzzTests.bundled.mapValues { Data($0.utf8) }
        let line = Data("# padding padding padding padding padding padding padding padding\n".utf8)
        let size = DataLimits.maxFileBytes + 1024 * 1024
        var big = Data(capacity: size + line.count)
        while big.count < size { big.append(line) }
        files["metrics.yaml"] = big
        let directory = try TestSupport.writeDataDirectory(files)
        defer { TestSupport.removeQuietly(directory) }
        let result = try DatasetLoader().load(directory: directory)
        #expect(result.diagnostics.contains { $0.file == "metrics.yaml" && $0.message.contains("limit") })
    }

    @Test func symlinkLoopAndFileAsDirectoryGiveClearErrors() throws {
        let directory = try TestSupport.writeDataDirectory(DataFuzzTests.bundled.mapValues { Data($0.utf8) })
        defer { TestSupport.removeQuietly(directory) }
        let metrics = directory.appendingPathComponent("metrics.yaml")
        try FileManager.default.removeItem(at: metrics)
        try FileManager.default.createSymbolicLink(atPath: metrics.path, withDestinationPath: metrics.path)
        let result = try DatasetLoader().load(directory: directory)
        #expect(result.diagnostics.contains { $0.file == "metrics.yaml" && $0.message.contains("symbolic link") },
                "\(result.diagnostics)")

        let loop = directory.appendingPathComponent("loop")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        #expect(throws: DataDirectoryError.self) { try DatasetLoader().load(directory: loop) }
    }
}
