import Foundation
import CityDashTestBridge
import Testing
@testable import CityDashCore

/// Shared helpers for the CityDashCore tests: where the repository, its bundled data and the
/// source articles are, a cached load of the bundled data, minimal inline data sets, and
/// small utilities (line/column lookup in inline YAML, temp directories, a CSV parser).
enum TestSupport {
    /// Tests/CityDashCoreTests/TestSupport.swift → three levels up is the repository root.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let dataDirectory: URL = repositoryRoot.appendingPathComponent("data")

    /// The source articles: `CITYDASH_SEEDS` if set, else `<root>/../shared/seeds`.
    static let seedsDirectory: URL = {
        if let override = ProcessInfo.processInfo.environment["CITYDASH_SEEDS"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").standardizedFileURL
    }()

    /// `CITYDASH_TEST_SCALE=full` (set by .ci/run): the fuzz runs at their full size. By default
    /// they run a smaller seeded size so that `swift test` on a fresh clone stays quick.
    static let fullScale = ProcessInfo.processInfo.environment["CITYDASH_TEST_SCALE"] == "full"

    /// `full` in CI, `quick` by default; prints which size ran, so a log always says.
    static func scaled(_ what: String, full: Int, quick: Int) -> Int {
        let size = fullScale ? full : quick
        print("\(what): \(size) (\(fullScale ? "full size" : "quick size; CITYDASH_TEST_SCALE=full runs \(full)"))")
        return size
    }

    /// Whether the five articles are where `seedsDirectory` says.
    static let seedsAvailable: Bool = {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: seedsDirectory.path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }()

    /// `CITYDASH_REQUIRE_SEEDS=1` (set by .ci/run): the article tests must run, so a missing
    /// seeds directory fails them instead of skipping them.
    static let seedsRequired = ProcessInfo.processInfo.environment["CITYDASH_REQUIRE_SEEDS"] == "1"

    /// The trait of every test that reads the articles: on a fresh clone without them the test
    /// is reported as skipped with this message (never a silent pass); in CI it always runs.
    static let needsArticles = Testing.ConditionTrait.enabled(
        if: seedsAvailable || seedsRequired,
        """
        SKIPPED: the five source articles are not at \(seedsDirectory.path). To run the article \
        tests, put the seeds there (a checkout with ../shared beside it, as CI has) or run \
        CITYDASH_SEEDS=/path/to/seeds swift test
        """)

    /// The seeds directory, or a test failure with a clear message when it is missing (only
    /// reached when the test was required to run; see `needsArticles`).
    static func requireSeeds(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        try #require(seedsAvailable,
                     "source articles not found at \(seedsDirectory.path); set CITYDASH_SEEDS to the directory holding the five seed articles (000_…txt … 004_…txt)",
                     sourceLocation: sourceLocation)
        return seedsDirectory
    }

    /// The bundled data, loaded once (without article checking).
    static let bundled: LoadResult = {
        do {
            return try DatasetLoader().load(directory: dataDirectory)
        } catch {
            return LoadResult(dataset: Dataset(), diagnostics: [
                Diagnostic(file: dataDirectory.path, line: 0, column: 0, message: "\(error)"),
            ])
        }
    }()

    /// The bundled dataset, failing the test when it does not load cleanly.
    static func bundledDataset(sourceLocation: SourceLocation = #_sourceLocation) throws -> Dataset {
        try #require(bundled.diagnostics.isEmpty,
                     "bundled data has diagnostics: \(bundled.diagnostics.map(\.description).joined(separator: "\n"))",
                     sourceLocation: sourceLocation)
        return bundled.dataset
    }

    // MARK: Inline YAML

    /// A complete, valid, minimal data set: one source, three districts, one area, one metric, and
    /// empty lists elsewhere. Tests replace one file to provoke one problem.
    static func minimalTexts() -> [String: String] {
        [
            "sources.yaml": """
            sources:
              - id: s900
                file: "900_test.txt"
                outlet: null
                title: {zh: "测试", en: "Test"}
                date: "2021-04-16"
            """,
            "districts.yaml": """
            districts:
              - id: yangpu
                name: {zh: "杨浦区", en: "Yangpu District"}
                short: {zh: "杨浦", en: "Yangpu"}
              - id: pudong
                name: {zh: "浦东新区", en: "Pudong New Area"}
                short: {zh: "浦东", en: "Pudong"}
              - id: xuhui
                name: {zh: "徐汇区", en: "Xuhui District"}
                short: {zh: "徐汇", en: "Xuhui"}
            areas:
              - id: zhangjiang
                name: {zh: "张江", en: "Zhangjiang"}
                district: pudong
            """,
            "metrics.yaml": "metrics:\n" + metricYAML(),
            "new_towns.yaml": "new_towns: []\n",
            "demo_zones.yaml": "demo_zones: []\n",
            "actions.yaml": "actions: []\n",
            "projects.yaml": "projects: []\n",
            "events.yaml": "events: []\n",
        ]
    }

    /// One metric record as YAML list item (two-space indented), valid unless fields are overridden.
    /// `overrides` replaces a field's raw YAML value; a nil value removes the field.
    static func metricYAML(id: String = "m1", _ overrides: [String: String?] = [:], extra: [String] = []) -> String {
        let fields: [(String, String)] = [
            ("id", id),
            ("name", "{zh: \"全市生产总值\", en: \"City GDP\"}"),
            ("stated", "\"4.32万亿元\""),
            ("value", "\"4.32\""),
            ("scale", "万亿"),
            ("unit", "元"),
            ("qualifier", "null"),
            ("year", "2021"),
            ("as_of", "null"),
            ("kind", "actual"),
            ("target_year", "null"),
            ("horizon", "null"),
            ("scope", "city"),
            ("district", "null"),
            ("subject", "null"),
            ("category", "economy"),
            ("source", "s900"),
            ("quote", "\"全市GDP达到4.32万亿元,首次突破4万亿元\""),
        ]
        var lines: [String] = []
        for (key, value) in fields {
            let raw: String?
            if let override = overrides[key] { raw = override } else { raw = value }
            guard let raw else { continue }
            lines.append("\(key): \(raw)")
        }
        lines += extra
        return lines.enumerated().map { index, line in (index == 0 ? "  - " : "    ") + line }
            .joined(separator: "\n") + "\n"
    }

    /// Loads `minimalTexts()` with some files replaced.
    static func load(replacing files: [String: String]) -> LoadResult {
        var texts = minimalTexts()
        for (name, text) in files { texts[name] = text }
        return DatasetLoader().load(texts: texts)
    }

    /// 1-based line of the first line of `text` containing `needle`.
    static func line(of needle: String, in text: String, occurrence: Int = 1,
                     sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        var seen = 0
        for (index, line) in text.components(separatedBy: "\n").enumerated() where line.contains(needle) {
            seen += 1
            if seen == occurrence { return index + 1 }
        }
        Issue.record("\"\(needle)\" not found in the test's YAML", sourceLocation: sourceLocation)
        return -1
    }

    /// 1-based column (in Unicode scalars, as libyaml counts) where `needle` starts on its line.
    static func column(of needle: String, in text: String, occurrence: Int = 1,
                       sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        let lineNumber = line(of: needle, in: text, occurrence: occurrence, sourceLocation: sourceLocation)
        guard lineNumber > 0 else { return -1 }
        let lineText = text.components(separatedBy: "\n")[lineNumber - 1]
        guard let range = lineText.range(of: needle) else { return -1 }
        return lineText.unicodeScalars.distance(from: lineText.unicodeScalars.startIndex, to: range.lowerBound) + 1
    }

    /// 1-based column where `needle` starts on the first line containing `marker`.
    static func column(of needle: String, onLineWith marker: String, in text: String,
                       sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        let lineNumber = line(of: marker, in: text, sourceLocation: sourceLocation)
        guard lineNumber > 0 else { return -1 }
        return column(of: needle, in: text.components(separatedBy: "\n")[lineNumber - 1], sourceLocation: sourceLocation)
    }

    // MARK: Files

    /// A fresh empty directory under the system temp directory.
    static func makeTemporaryDirectory(_ label: String = "citydash-tests") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes a data directory from file name → bytes.
    static func writeDataDirectory(_ files: [String: Data]) throws -> URL {
        let directory = try makeTemporaryDirectory("citydash-data")
        for (name, data) in files {
            try data.write(to: directory.appendingPathComponent(name))
        }
        return directory
    }

    static func minimalFiles() -> [String: Data] {
        minimalTexts().mapValues { Data($0.utf8) }
    }

    static func removeQuietly(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    // MARK: Byte-level search

    /// True when `needle`'s UTF-8 bytes occur contiguously in `haystack`'s: an exact copy, with no
    /// Unicode normalization or grapheme matching involved.
    static func containsBytes(_ haystack: String, _ needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        return Data(haystack.utf8).range(of: Data(needle.utf8)) != nil
    }

    // MARK: CSV

    /// Parses RFC 4180 CSV (CRLF or LF line ends, quoted fields with doubled quotes).
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        var fieldStarted = false
        while let scalar = next() {
            if inQuotes {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = following }
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                inQuotes = true
                fieldStarted = true
            case ",":
                row.append(field); field = ""; fieldStarted = true
            case "\r":
                continue
            case "\n":
                row.append(field); rows.append(row); row = []; field = ""; fieldStarted = false
            default:
                field.unicodeScalars.append(scalar); fieldStarted = true
            }
        }
        if fieldStarted || !field.isEmpty || !row.isEmpty {
            row.append(field); rows.append(row)
        }
        return rows
    }
}
