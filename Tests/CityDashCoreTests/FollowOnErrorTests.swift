import Foundation
import CityDashTestBridge
import Testing
@testable import CityDashCore

/// One mistake gives one error: references into a file that could not be read, or to a record
/// that is there but broken, are not reported as "unknown id" on top of the real problem
/// (one syntax error in districts.yaml used to come with 48 of them).
@Suite("Follow-on errors")
struct FollowOnErrorTests {
    typealias T = TestSupport

    static func bundledTexts() throws -> [String: String] {
        var texts: [String: String] = [:]
        for name in DatasetLoader.fileNames {
            texts[name] = try String(contentsOf: T.dataDirectory.appendingPathComponent(name), encoding: .utf8)
        }
        return texts
    }

    @Test("a YAML syntax error in districts.yaml is the only error, though every file refers to districts")
    func syntaxErrorInDistricts() throws {
        var texts = try Self.bundledTexts()
        let districts = try #require(texts["districts.yaml"])
        // A second colon in a plain value: "mapping values are not allowed here".
        let broken = districts.replacingOccurrences(of: "  - id: yangpu\n", with: "  - id: yangpu: x\n")
        #expect(broken != districts)
        texts["districts.yaml"] = broken
        let result = DatasetLoader().load(texts: texts)
        let diagnostic = T.expectSingle(result.diagnostics, file: "districts.yaml", line: T.line(of: "id: yangpu: x", in: broken),
                                        "YAML syntax error")
        #expect(diagnostic != nil)
        #expect(!result.isValid)
        // Without the syntax error, the same references are all fine.
        #expect(DatasetLoader().load(texts: try Self.bundledTexts()).diagnostics.isEmpty)
    }

    @Test("a missing, empty or malformed districts.yaml is the only error",
          arguments: [nil, "", "# nothing\n", "- a\n- b\n", "districts: [\n"] as [String?])
    func unusableDistricts(_ text: String?) throws {
        var texts = try Self.bundledTexts()
        texts["districts.yaml"] = text
        let result = DatasetLoader().load(texts: texts)
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(result.diagnostics.allSatisfy { $0.file == "districts.yaml" })
    }

    @Test("a districts list that is missing or not a list gives no unknown-district errors",
          arguments: ["districts: 3\n", "areas: []\n"])
    func unusableDistrictList(_ text: String) throws {
        var texts = try Self.bundledTexts()
        texts["districts.yaml"] = text
        let result = DatasetLoader().load(texts: texts)
        let districtList = result.diagnostics.filter { $0.file == "districts.yaml" }
        #expect(districtList.count == 1, "\(result.diagnostics.map(\.description).joined(separator: "\n"))")
        // The areas are gone too, and references to them are real errors; district ones are not reported.
        #expect(!result.diagnostics.contains { $0.message.hasSuffix("expected an id from districts.yaml") },
                "\(result.diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test("a broken sources.yaml gives no unknown-source errors")
    func brokenSources() throws {
        var texts = try Self.bundledTexts()
        texts["sources.yaml"] = "sources:\n  - id: s000: x\n"
        let result = DatasetLoader().load(texts: texts)
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(result.diagnostics.first?.file == "sources.yaml")
    }

    @Test("a district record with an error of its own is not also an unknown id where it is used")
    func brokenRecordIsKnown() {
        let districts = T.minimalTexts()["districts.yaml"]!
            .replacingOccurrences(of: "    short: {zh: \"杨浦\", en: \"Yangpu\"}\n", with: "")
        let metrics = "metrics:\n" + T.metricYAML(["scope": "district", "district": "yangpu"])
        let result = T.load(replacing: ["districts.yaml": districts, "metrics.yaml": metrics])
        T.expectSingle(result.diagnostics, file: "districts.yaml", line: T.line(of: "- id: yangpu", in: districts),
                       "districts[0].short", "missing")
    }

    @Test("a reference to an id that no file has is still reported when its file is fine")
    func realUnknownStillReported() throws {
        var texts = try Self.bundledTexts()
        texts["districts.yaml"] = try #require(texts["districts.yaml"]).replacingOccurrences(of: "  - id: yangpu\n",
                                                                                              with: "  - id: yang-pu\n")
        let result = DatasetLoader().load(texts: texts)
        #expect(!result.diagnostics.isEmpty)
        #expect(result.diagnostics.allSatisfy { $0.message.contains("unknown id \"yangpu\"") })
    }

    // MARK: The articles directory

    @Test("a missing articles directory is its own error, not five unreadable articles")
    func missingArticlesDirectory() throws {
        let parent = try T.makeTemporaryDirectory()
        defer { T.removeQuietly(parent) }
        let missing = parent.appendingPathComponent("no-such-seeds")
        #expect(throws: DataDirectoryError.articlesMissing(missing.path)) {
            try DatasetLoader(articlesDirectory: missing).load(directory: T.dataDirectory)
        }
        let description = DataDirectoryError.articlesMissing(missing.path).description
        #expect(description.contains("articles folder not found"))
        #expect(description.contains(missing.path))
        // A file where the folder should be is the same mistake.
        let file = parent.appendingPathComponent("seeds.txt")
        try Data("x".utf8).write(to: file)
        #expect(throws: DataDirectoryError.articlesMissing(file.path)) {
            try DatasetLoader(articlesDirectory: file).load(directory: T.dataDirectory)
        }
    }

    @Test("paths in directory errors are sanitized like data")
    func sanitizedPaths() {
        let description = DataDirectoryError.missing("/tmp/\u{1B}]0;pwned\u{07}").description
        #expect(!description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(description.contains("␛]0;pwned␇"))
    }
}
