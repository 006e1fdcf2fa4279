import Foundation
import CityDashTestBridge
import Testing
@testable import CityDashCore

/// Problems inside data files come back as diagnostics located at FILE:LINE:COLUMN that name the
/// field; every problem of a file is reported in one pass; nothing traps.
@Suite("Loader errors")
struct LoaderErrorTests {
    typealias T = TestSupport

    /// Expects exactly one diagnostic, at `file:line[:column]`, whose message contains every fragment.
    @discardableResult
    func expectSingle(_ result: LoadResult, file: String, line: Int, column: Int? = nil, _ fragments: String...,
                      sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        #expect(result.diagnostics.count == 1,
                "expected one diagnostic, got:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        guard let diagnostic = result.diagnostics.first else { return nil }
        #expect(diagnostic.file == file, sourceLocation: sourceLocation)
        #expect(diagnostic.line == line, "\(diagnostic)", sourceLocation: sourceLocation)
        if let column { #expect(diagnostic.column == column, "\(diagnostic)", sourceLocation: sourceLocation) }
        for fragment in fragments {
            #expect(diagnostic.message.contains(fragment), "\(diagnostic) lacks \(fragment)", sourceLocation: sourceLocation)
        }
        #expect(diagnostic.description.hasPrefix("\(file):\(line):\(diagnostic.column): "), sourceLocation: sourceLocation)
        return diagnostic
    }

    func metrics(_ records: String...) -> String { "metrics:\n" + records.joined() }

    // MARK: Baseline

    @Test("the minimal inline data set used by these tests is valid")
    func minimalDataIsValid() throws {
        let result = DatasetLoader().load(texts: T.minimalTexts())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let metric = try #require(result.dataset.metric("m1"))
        #expect(metric.value == ExactDecimal("4.32"))
        #expect(metric.scale == .wanyi)
        #expect(result.dataset.districts.count == 3)
        #expect(result.dataset.areas.map(\.id) == ["zhangjiang"])
    }

    // MARK: References

    @Test("unknown district id")
    func unknownDistrict() {
        let yaml = metrics(T.metricYAML(["scope": "district", "district": "nowhere"]))
        let result = T.load(replacing: ["metrics.yaml": yaml])
        expectSingle(result, file: "metrics.yaml", line: T.line(of: "district: nowhere", in: yaml),
                     column: T.column(of: "nowhere", in: yaml),
                     "metrics[0].district", "\"nowhere\"", "districts.yaml")
        #expect(result.isValid == false)
    }

    @Test("unknown district id in an area and in a demo zone")
    func unknownDistrictElsewhere() {
        let districts = T.minimalTexts()["districts.yaml"]! + "\n  - id: atlantis\n    name: {zh: \"亚特兰蒂斯\", en: \"Atlantis\"}\n    district: sea\n"
        expectSingle(T.load(replacing: ["districts.yaml": districts]), file: "districts.yaml",
                     line: T.line(of: "district: sea", in: districts), column: T.column(of: "sea", in: districts),
                     "areas[1].district", "\"sea\"")

        let zones = """
        demo_zones:
          - id: z1
            name: {zh: "示范区", en: "Zone"}
            district: yangpu
            area: nowhere-area
            focus: {zh: "重点", en: "Focus"}
            highlights: []
            metrics: [m1, no-such-metric]
            source: s900
            quote: "示范区"
        """
        let result = T.load(replacing: ["demo_zones.yaml": zones])
        #expect(result.diagnostics.count == 2, "\(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.contains {
            $0.file == "demo_zones.yaml" && $0.line == T.line(of: "area: nowhere-area", in: zones)
                && $0.message.contains("demo_zones[0].area") && $0.message.contains("areas")
        })
        #expect(result.diagnostics.contains {
            $0.file == "demo_zones.yaml" && $0.line == T.line(of: "no-such-metric", in: zones)
                && $0.column == T.column(of: "no-such-metric", in: zones)
                && $0.message.contains("demo_zones[0].metrics[1]") && $0.message.contains("no-such-metric")
        })
    }

    @Test("unknown subject id")
    func unknownSubject() {
        let yaml = metrics(T.metricYAML(["subject": "ghost-action"]))
        expectSingle(T.load(replacing: ["metrics.yaml": yaml]), file: "metrics.yaml",
                     line: T.line(of: "subject: ghost-action", in: yaml), "metrics[0].subject", "ghost-action")
    }

    @Test("duplicate id is reported at the second use")
    func duplicateID() {
        let yaml = metrics(T.metricYAML(id: "m1"), T.metricYAML(id: "m2"), T.metricYAML(id: "m1"))
        let result = T.load(replacing: ["metrics.yaml": yaml])
        expectSingle(result, file: "metrics.yaml", line: T.line(of: "- id: m1", in: yaml, occurrence: 2),
                     column: 9, "metrics[2].id", "duplicate id \"m1\"", "metrics[0]")
        #expect(result.dataset.metrics.map(\.id) == ["m1", "m2"])
    }

    @Test("missing source is reported at the record")
    func missingSource() {
        let yaml = metrics(T.metricYAML(["source": nil]))
        expectSingle(T.load(replacing: ["metrics.yaml": yaml]), file: "metrics.yaml",
                     line: T.line(of: "- id: m1", in: yaml), column: 5, "metrics[0].source", "missing")
    }

    @Test("unknown source id")
    func unknownSource() {
        let yaml = metrics(T.metricYAML(["source": "s999"]))
        expectSingle(T.load(replacing: ["metrics.yaml": yaml]), file: "metrics.yaml",
                     line: T.line(of: "source: s999", in: yaml), column: T.column(of: "s999", in: yaml),
                     "metrics[0].source", "\"s999\"", "sources.yaml")
    }

    // MARK: Text fields

    @Test("empty quote", arguments: ["\"\"", "\"   \"", "''"])
    func emptyQuote(_ raw: String) {
        let yaml = metrics(T.metricYAML(["quote": raw]))
        expectSingle(T.load(replacing: ["metrics.yaml": yaml]), file: "metrics.yaml",
                     line: T.line(of: "quote: \(raw)", in: yaml), column: T.column(of: raw, onLineWith: "quote:", in: yaml),
                     "metrics[0].quote", "empty")
    }

    @Test("missing quote")
    func missingQuote() {
        let yaml = metrics(T.metricYAML(["quote": nil]))
        expectSingle(T.load(replacing: ["metrics.yaml": yaml]), file: "metrics.yaml",
                     line: T.line(of: "- id: m1", in: yaml), column: 5, "metrics[0].quote", "missing")
    }

    @Test("empty quote alone")
    func emptyQuoteAlone() {
        let yaml = """
        events:
          - id: e1
            date: "2021-04-15"
            date_stated: "4月15日"
            name: {zh: "大会", en: "Conference"}
            source: s900
            quote: ""
        """
        expectSingle(T.load(replacing: ["events.yaml": yaml]), file: "events.yaml",
                     line: T.line(of: "quote: \"\"", in: yaml), column: T.column(of: "\"\"", in: yaml),
                     "events[0].quote", "empty")
    }

    @Test("stated not in quote")
    func statedNotInQuote() {
        let yaml = metrics(T.metricYAML(["stated": "\"4.33万亿元\""]))
        expectSingle(T.load(replacing: ["metrics.yaml": yaml]), file: "metrics.yaml",
                     line: T.line(of: "stated: \"4.33万亿元\"", in: yaml), column: T.column(of: "\"4.33", in: yaml),
                     "metrics[0].stated", "4.33万亿元", "quote")
    }

    @Test("scenario_batch total_stated not in quote")
    func totalStatedNotInQuote() {
        let yaml = """
        new_towns: []
        scenario_batch:
          total: 24
          total_stated: "首批25个场景"
          categories:
            - {zh: "数字设施", en: "Digital facilities"}
          source: s900
          quote: "首批24个场景"
        """
        expectSingle(T.load(replacing: ["new_towns.yaml": yaml]), file: "new_towns.yaml",
                     line: T.line(of: "total_stated:", in: yaml), "scenario_batch.total_stated")
    }

    // MARK: Numbers and enumerations

    @Test("value that is not a plain decimal number",
          arguments: ["\"1e309\"", "\"nan\"", "\"-3\"", "\"1,000\"", "\".5\"", "\"5.\"", "\"inf\"", "\"4.32 \"",
                      "1e309", ".nan", "-3", ".inf", "0x10", "\"１２\"", "\"\u{0663}\"", "\"1\u{301}\""])
    func valueNotPlainNumber(_ raw: String) {
        let yaml = metrics(T.metricYAML(["value": raw]))
        expectSingle(T.load(replacing: ["metrics.yaml": yaml]), file: "metrics.yaml",
                     line: T.line(of: "value: \(raw)", in: yaml), column: T.column(of: raw, in: yaml),
                     "metrics[0].value", "not a plain finite decimal number")
    }

    @Test("unknown unit")
    func unknownUnit() {
        let yaml = metrics(T.metricYAML(["unit": "吨"]))
        expectSingle(T.load(replacing: ["metrics.yaml": yaml]), file: "metrics.yaml",
                     line: T.line(of: "unit: 吨", in: yaml), column: T.column(of: "吨", in: yaml),
                     "metrics[0].unit", "\"吨\"", "平方公里")
    }

    @Test("unknown scale")
    func unknownScale() {
        let yaml = metrics(T.metricYAML(["scale": "千"]))
        expectSingle(T.load(replacing: ["metrics.yaml": yaml]), file: "metrics.yaml",
                     line: T.line(of: "scale: 千", in: yaml), column: T.column(of: "千", in: yaml),
                     "metrics[0].scale", "\"千\"", "万亿")
    }

    @Test("unknown qualifier")
    func unknownQualifier() {
        let yaml = metrics(T.metricYAML(["qualifier": "大约"]))
        expectSingle(T.load(replacing: ["metrics.yaml": yaml]), file: "metrics.yaml",
                     line: T.line(of: "qualifier: 大约", in: yaml), column: T.column(of: "大约", in: yaml),
                     "metrics[0].qualifier", "\"大约\"")
    }

    @Test("unknown kind, scope and category")
    func unknownEnumerations() {
        let yaml = metrics(T.metricYAML(["kind": "forecast", "scope": "galaxy", "category": "sports"]))
        let result = T.load(replacing: ["metrics.yaml": yaml])
        #expect(result.diagnostics.count == 3, "\(result.diagnostics.map(\.description))")
        for (field, value) in [("kind", "forecast"), ("scope", "galaxy"), ("category", "sports")] {
            #expect(result.diagnostics.contains {
                $0.line == T.line(of: "\(field): \(value)", in: yaml) && $0.message.contains("metrics[0].\(field)")
                    && $0.message.contains(value)
            }, "\(field)")
        }
    }

    @Test("target without target_year or horizon, field absent: reported at the record")
    func targetWithoutYearAbsent() {
        let yaml = metrics(T.metricYAML(["kind": "target", "target_year": nil, "horizon": nil]))
        expectSingle(T.load(replacing: ["metrics.yaml": yaml]), file: "metrics.yaml",
                     line: T.line(of: "- id: m1", in: yaml), column: 5, "metrics[0].target_year", "horizon")
    }

    @Test("target without target_year or horizon, fields null: reported at target_year")
    func targetWithoutYearNull() {
        let yaml = metrics(T.metricYAML(["kind": "target"]))
        expectSingle(T.load(replacing: ["metrics.yaml": yaml]), file: "metrics.yaml",
                     line: T.line(of: "target_year: null", in: yaml), column: T.column(of: "null", onLineWith: "target_year:", in: yaml),
                     "metrics[0].target_year")
    }

    @Test("a target with target_year or with horizon is valid")
    func targetsWithYearOrHorizonAreValid() throws {
        let withYear = metrics(T.metricYAML(["kind": "target", "target_year": "2024"]))
        let withHorizon = metrics(T.metricYAML(["kind": "target", "horizon": "{zh: \"未来三年\", en: \"in the next three years\"}"]))
        for yaml in [withYear, withHorizon] {
            let result = T.load(replacing: ["metrics.yaml": yaml])
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        }
        let metric = try #require(T.load(replacing: ["metrics.yaml": withYear]).dataset.metric("m1"))
        #expect(metric.kind == .target)
        #expect(metric.targetYear == 2024)
    }

    @Test("an actual figure with target_year, or without year, is reported")
    func actualFigureYears() {
        let withTargetYear = metrics(T.metricYAML(["target_year": "2024"]))
        expectSingle(T.load(replacing: ["metrics.yaml": withTargetYear]), file: "metrics.yaml",
                     line: T.line(of: "target_year: 2024", in: withTargetYear), "metrics[0].target_year", "actual")
        let withoutYear = metrics(T.metricYAML(["year": nil]))
        expectSingle(T.load(replacing: ["metrics.yaml": withoutYear]), file: "metrics.yaml",
                     line: T.line(of: "- id: m1", in: withoutYear), "metrics[0].year")
    }

    @Test("year out of range or not a whole number")
    func badYear() {
        for raw in ["1800", "2021.5", "twenty", "99999999999999999999999"] {
            let yaml = metrics(T.metricYAML(["year": raw]))
            let result = T.load(replacing: ["metrics.yaml": yaml])
            #expect(result.diagnostics.contains {
                $0.line == T.line(of: "year: \(raw)", in: yaml) && $0.message.contains("metrics[0].year")
                    && $0.message.contains("whole number")
            }, "\(raw): \(result.diagnostics.map(\.description))")
        }
    }

    // MARK: Structure

    @Test("unknown field (a typo) is reported at its key")
    func unknownField() {
        let yaml = metrics(T.metricYAML(["qualifier": nil], extra: ["qualifer: 超"]))
        let result = T.load(replacing: ["metrics.yaml": yaml])
        expectSingle(result, file: "metrics.yaml", line: T.line(of: "qualifer: 超", in: yaml), column: 5,
                     "metrics[0]", "unknown field `qualifer`")
    }

    @Test("unknown language key in a bilingual text and unknown top-level key")
    func unknownKeys() {
        let yaml = metrics(T.metricYAML(["name": "{zh: \"全市生产总值\", en: \"City GDP\", fr: \"PIB\"}"])) + "metricz: []\n"
        let result = T.load(replacing: ["metrics.yaml": yaml])
        #expect(result.diagnostics.count == 2, "\(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.contains {
            $0.line == T.line(of: "fr: \"PIB\"", in: yaml) && $0.column == T.column(of: "fr:", in: yaml)
                && $0.message.contains("metrics[0].name") && $0.message.contains("`fr`")
        })
        #expect(result.diagnostics.contains {
            $0.line == T.line(of: "metricz", in: yaml) && $0.column == 1 && $0.message.contains("`metricz`")
        })
    }

    @Test("wrong type: a list where text is expected, text where {zh, en} is expected")
    func wrongType() {
        let listYAML = metrics(T.metricYAML(["stated": "[\"4.32万亿元\", \"x\"]"]))
        expectSingle(T.load(replacing: ["metrics.yaml": listYAML]), file: "metrics.yaml",
                     line: T.line(of: "stated: [", in: listYAML), column: T.column(of: "[", in: listYAML),
                     "metrics[0].stated", "expected text", "a list")
        let nameYAML = metrics(T.metricYAML(["name": "\"City GDP\""]))
        expectSingle(T.load(replacing: ["metrics.yaml": nameYAML]), file: "metrics.yaml",
                     line: T.line(of: "name: \"City GDP\"", in: nameYAML), "metrics[0].name", "{zh: ..., en: ...}")
        let missingEnglish = metrics(T.metricYAML(["name": "{zh: \"全市生产总值\"}"]))
        expectSingle(T.load(replacing: ["metrics.yaml": missingEnglish]), file: "metrics.yaml",
                     line: T.line(of: "name: {zh:", in: missingEnglish), "metrics[0].name.en", "missing")
        let notAList = "metrics: {a: b}\n"
        expectSingle(T.load(replacing: ["metrics.yaml": notAList]), file: "metrics.yaml", line: 1, column: 10,
                     "`metrics` must be a list")
        let scalarRecord = "metrics:\n  - just text\n"
        expectSingle(T.load(replacing: ["metrics.yaml": scalarRecord]), file: "metrics.yaml", line: 2, column: 5,
                     "metrics[0]", "expected a mapping")
    }

    @Test("missing top-level key, and the misspelt one reported as unknown")
    func missingTopLevelKey() {
        let result = T.load(replacing: ["metrics.yaml": "figures: []\n"])
        #expect(result.diagnostics.count == 2, "\(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.contains {
            $0.file == "metrics.yaml" && $0.line == 1 && $0.message.contains("missing top-level key `metrics`")
        })
        #expect(result.diagnostics.contains {
            $0.file == "metrics.yaml" && $0.line == 1 && $0.column == 1 && $0.message.contains("unknown top-level key `figures`")
        })
    }

    @Test("invalid id and invalid event date")
    func invalidIDAndDate() {
        let ids = metrics(T.metricYAML(id: "City_GDP"))
        expectSingle(T.load(replacing: ["metrics.yaml": ids]), file: "metrics.yaml", line: 2, column: 9,
                     "metrics[0].id", "City_GDP", "not a valid id")
        let events = """
        events:
          - id: e1
            date: "2021-13-40"
            date_stated: "某日"
            name: {zh: "大会", en: "Conference"}
            source: s900
            quote: "大会"
        """
        expectSingle(T.load(replacing: ["events.yaml": events]), file: "events.yaml",
                     line: T.line(of: "date: \"2021-13-40\"", in: events), column: T.column(of: "\"2021-13-40\"", in: events),
                     "events[0].date", "2021-13-40")
    }

    @Test("dates with a sign inside are not ISO dates", arguments: ["2021-+4-15", "2021-04-+5", "2021-+4"])
    func signedDateParts(_ date: String) {
        let yaml = """
        events:
          - id: e1
            date: "\(date)"
            date_stated: "4月15日"
            name: {zh: "大会", en: "Conference"}
            source: s900
            quote: "大会"
        """
        expectSingle(T.load(replacing: ["events.yaml": yaml]), file: "events.yaml",
                     line: T.line(of: "date: \"", in: yaml), "events[0].date", date)
    }

    @Test("events given out of order are sorted by date")
    func eventsAreSorted() {
        func event(_ id: String, _ date: String) -> String {
            """
              - id: \(id)
                date: "\(date)"
                date_stated: "某日"
                name: {zh: "活动", en: "Event"}
                source: s900
                quote: "活动"

            """
        }
        let yaml = "events:\n" + event("late", "2022-08-24") + event("month", "2020-11") + event("early", "2020-10-13")
            + event("mid", "2021-04-15")
        let result = T.load(replacing: ["events.yaml": yaml])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.dataset.events.map(\.id) == ["early", "month", "mid", "late"])
    }

    // MARK: YAML syntax and encoding

    @Test("YAML syntax error: bad indentation reports its line")
    func yamlSyntaxErrorIndentation() {
        let yaml = "metrics:\n  - id: a\n   bad: x\n  - id: b\n"
        let result = T.load(replacing: ["metrics.yaml": yaml])
        expectSingle(result, file: "metrics.yaml", line: 3, "YAML syntax error")
        #expect((result.diagnostics.first?.column ?? 0) > 0)
    }

    @Test("YAML syntax error: a colon inside a plain value reports its line")
    func yamlSyntaxErrorMappingValue() {
        let yaml = metrics(T.metricYAML(["stated": "4.32万亿元: 全市"]))
        let result = T.load(replacing: ["metrics.yaml": yaml])
        expectSingle(result, file: "metrics.yaml", line: T.line(of: "stated:", in: yaml), "YAML syntax error")
        // A broken file does not hide problems in the others.
        let both = T.load(replacing: ["metrics.yaml": yaml, "events.yaml": "events: {\n"])
        #expect(Set(both.diagnostics.map(\.file)) == ["metrics.yaml", "events.yaml"])
    }

    @Test("a raw control character (ESC, C1) in a data file is reported with its line and column")
    func controlCharacterInYAMLIsLocated() {
        for control in ["\u{1B}", "\u{9B}", "\u{07}"] {
            let yaml = metrics(T.metricYAML(["stated": "\"4.32万亿元\(control)[2J\""]))
            let result = T.load(replacing: ["metrics.yaml": yaml])
            #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.description))")
            let diagnostic = result.diagnostics.first
            #expect(diagnostic?.file == "metrics.yaml")
            // The character is on the `stated:` line; the loader must say so rather than 0:0.
            #expect(diagnostic?.line == T.line(of: "stated:", in: yaml),
                    "control character U+\(String(control.unicodeScalars.first!.value, radix: 16)) reported as \(diagnostic.map(\.description) ?? "nothing")")
            #expect((diagnostic?.column ?? 0) > 0)
            // The message itself must not carry the control character to the terminal.
            #expect(diagnostic.map { !$0.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x07 } } ?? true)
        }
    }

    @Test("YAML escapes in double quotes (\\e, \\a) load as text and never trap")
    func yamlEscapesLoad() throws {
        let yaml = metrics(T.metricYAML(["name": "{zh: \"全市\\e[2J生产总值\", en: \"GDP\\e]0;pwned\\a\"}"]))
        let result = T.load(replacing: ["metrics.yaml": yaml])
        #expect(result.diagnostics.isEmpty)
        let metric = try #require(result.dataset.metric("m1"))
        #expect(metric.name.en == "GDP\u{1B}]0;pwned\u{07}")
    }

    @Test("invalid UTF-8 is reported with the line of the first bad byte")
    func invalidUTF8() throws {
        var files = T.minimalFiles()
        let text = metrics(T.metricYAML())
        let badLine = T.line(of: "stated:", in: text)
        var lines = text.components(separatedBy: "\n").map { Data($0.utf8) }
        lines[badLine - 1] += Data([0xC3, 0x28, 0xFF])   // an invalid two-byte sequence and a stray 0xFF
        files["metrics.yaml"] = lines.reduce(into: Data()) { out, line in
            if !out.isEmpty { out.append(0x0A) }
            out.append(line)
        }
        let directory = try T.writeDataDirectory(files)
        defer { T.removeQuietly(directory) }
        let result = try DatasetLoader().load(directory: directory)
        expectSingle(result, file: "metrics.yaml", line: badLine, "not valid UTF-8")
        // The other files still load.
        #expect(result.dataset.sources.map(\.id) == ["s900"])
        #expect(result.dataset.districts.count == 3)
    }

    @Test("a byte-order mark is accepted")
    func byteOrderMarkAccepted() throws {
        var files = T.minimalFiles()
        for name in files.keys { files[name] = Data([0xEF, 0xBB, 0xBF]) + files[name]! }
        let directory = try T.writeDataDirectory(files)
        defer { T.removeQuietly(directory) }
        let result = try DatasetLoader().load(directory: directory)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.dataset.sources.map(\.id) == ["s900"])
        #expect(result.dataset.metric("m1")?.stated == "4.32万亿元")
        // And line numbers still count from the first line after the BOM.
        files["metrics.yaml"] = Data([0xEF, 0xBB, 0xBF]) + Data(metrics(T.metricYAML(["unit": "吨"])).utf8)
        let second = try T.writeDataDirectory(files)
        defer { T.removeQuietly(second) }
        let located = try DatasetLoader().load(directory: second)
        expectSingle(located, file: "metrics.yaml", line: T.line(of: "unit: 吨", in: metrics(T.metricYAML(["unit": "吨"]))),
                     column: 11, "metrics[0].unit")
        // In-memory text with a BOM loads too.
        #expect(T.load(replacing: ["metrics.yaml": "\u{FEFF}" + metrics(T.metricYAML())]).diagnostics.isEmpty)
    }

    @Test("empty file and comment-only file")
    func emptyFile() {
        expectSingle(T.load(replacing: ["events.yaml": ""]), file: "events.yaml", line: 1, "empty")
        expectSingle(T.load(replacing: ["events.yaml": "# nothing here\n"]), file: "events.yaml", line: 1, "empty")
    }

    // MARK: Files and directories

    @Test("a missing file is reported (in memory and on disk)")
    func missingFile() throws {
        var texts = T.minimalTexts()
        texts["events.yaml"] = nil
        expectSingle(DatasetLoader().load(texts: texts), file: "events.yaml", line: 0, "file is missing")

        var files = T.minimalFiles()
        files["projects.yaml"] = nil
        let directory = try T.writeDataDirectory(files)
        defer { T.removeQuietly(directory) }
        let result = try DatasetLoader().load(directory: directory)
        expectSingle(result, file: "projects.yaml", line: 0, "missing")
        #expect(result.dataset.metrics.count == 1)
    }

    @Test("a missing data directory throws DataDirectoryError.missing")
    func missingDirectory() throws {
        let parent = try T.makeTemporaryDirectory()
        defer { T.removeQuietly(parent) }
        let missing = parent.appendingPathComponent("no-such-data")
        #expect(throws: DataDirectoryError.missing(missing.path)) {
            try DatasetLoader().load(directory: missing)
        }
        #expect(DataDirectoryError.missing(missing.path).description.contains(missing.path))
    }

    @Test("a data path that is a file throws DataDirectoryError.notADirectory")
    func dataPathIsAFile() throws {
        let directory = try T.writeDataDirectory(T.minimalFiles())
        defer { T.removeQuietly(directory) }
        let file = directory.appendingPathComponent("sources.yaml")
        #expect(throws: DataDirectoryError.notADirectory(file.path)) {
            try DatasetLoader().load(directory: file)
        }
    }

    @Test("a data file that is a directory is reported")
    func fileIsADirectory() throws {
        var files = T.minimalFiles()
        files["events.yaml"] = nil
        let directory = try T.writeDataDirectory(files)
        defer { T.removeQuietly(directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("events.yaml"), withIntermediateDirectories: false)
        let result = try DatasetLoader().load(directory: directory)
        expectSingle(result, file: "events.yaml", line: 0, "is a directory")
    }

    @Test("the bundled directory loads through load(directory:) and load(texts:) identically")
    func directoryAndTextsAgree() throws {
        var texts: [String: String] = [:]
        for name in DatasetLoader.fileNames {
            texts[name] = try String(contentsOf: T.dataDirectory.appendingPathComponent(name), encoding: .utf8)
        }
        let fromTexts = DatasetLoader().load(texts: texts)
        #expect(fromTexts.diagnostics.isEmpty)
        #expect(fromTexts.dataset == T.bundled.dataset)
    }

    // MARK: Many problems at once

    @Test("every problem of a multi-error file is reported at once, each at its own line")
    func allErrorsReported() {
        let yaml = metrics(
            T.metricYAML(id: "m1", ["unit": "吨"]),
            T.metricYAML(id: "m2", ["value": "\"1,000\""], extra: ["colour: red"]),
            T.metricYAML(id: "m3", ["scope": "district", "district": "nowhere", "stated": "\"9.99万亿元\""]),
            T.metricYAML(id: "m4"),
            T.metricYAML(id: "m5", ["kind": "target", "target_year": nil, "source": "s404"])
        )
        let result = T.load(replacing: ["metrics.yaml": yaml])
        let record5 = T.line(of: "- id: m5", in: yaml)
        let expected: [(line: Int, fragment: String)] = [
            (T.line(of: "unit: 吨", in: yaml), "metrics[0].unit"),
            (T.line(of: "value: \"1,000\"", in: yaml), "metrics[1].value"),
            (T.line(of: "colour: red", in: yaml), "unknown field `colour`"),
            (T.line(of: "stated: \"9.99万亿元\"", in: yaml), "metrics[2].stated"),
            (T.line(of: "district: nowhere", in: yaml), "metrics[2].district"),
            (record5, "metrics[4].target_year"),
            (T.line(of: "source: s404", in: yaml), "metrics[4].source"),
        ]
        #expect(result.diagnostics.count == expected.count,
                "got:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))")
        for (line, fragment) in expected {
            #expect(result.diagnostics.contains { $0.file == "metrics.yaml" && $0.line == line && $0.message.contains(fragment) },
                    "missing \(fragment) at line \(line)")
        }
        // The valid record still loads.
        #expect(result.dataset.metric("m4") != nil)
        #expect(!result.isValid)
    }

    @Test("problems in several files are all reported")
    func errorsAcrossFiles() {
        let metricsYAML = metrics(T.metricYAML(["scale": "千"]))
        let sourcesYAML = T.minimalTexts()["sources.yaml"]!.replacingOccurrences(of: "date: \"2021-04-16\"", with: "date: \"April\"")
        let projectsYAML = """
        projects:
          - id: p1
            kind: joint-venture
            name: {zh: "项目", en: "Project"}
            parties: []
            source: s900
            quote: "项目"
        """
        let result = T.load(replacing: ["metrics.yaml": metricsYAML, "sources.yaml": sourcesYAML, "projects.yaml": projectsYAML])
        #expect(result.diagnostics.count == 3, "\(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.contains { $0.file == "metrics.yaml" && $0.line == T.line(of: "scale: 千", in: metricsYAML) })
        #expect(result.diagnostics.contains { $0.file == "sources.yaml" && $0.line == T.line(of: "date:", in: sourcesYAML)
            && $0.message.contains("sources[0].date") })
        #expect(result.diagnostics.contains { $0.file == "projects.yaml" && $0.line == T.line(of: "kind:", in: projectsYAML)
            && $0.message.contains("projects[0].kind") && $0.message.contains("signed-project") })
    }

    @Test("quotes are checked against the article when an articles directory is given")
    func quoteCheckedAgainstArticle() throws {
        let articles = try T.makeTemporaryDirectory("citydash-articles")
        defer { T.removeQuietly(articles) }
        try Data("前言。全市GDP达到4.32万亿元,首次突破4万亿元。后记".utf8).write(to: articles.appendingPathComponent("900_test.txt"))
        let loader = DatasetLoader(articlesDirectory: articles)
        #expect(loader.load(texts: T.minimalTexts()).diagnostics.isEmpty)

        // Full-width comma instead of the article's half-width one: not an exact copy.
        let yaml = metrics(T.metricYAML(["quote": "\"全市GDP达到4.32万亿元，首次突破4万亿元\""]))
        var texts = T.minimalTexts()
        texts["metrics.yaml"] = yaml
        expectSingle(loader.load(texts: texts), file: "metrics.yaml", line: T.line(of: "quote:", in: yaml),
                     column: T.column(of: "\"全市", onLineWith: "quote:", in: yaml), "metrics[0].quote", "s900")
    }

    @Test("a quote that differs from the article only by Unicode normalization is not an exact copy")
    func quoteMustMatchByteForByte() throws {
        let articles = try T.makeTemporaryDirectory("citydash-articles")
        defer { T.removeQuietly(articles) }
        // The article writes the unified ideograph 豈 (U+8C48) and a precomposed é (U+00E9).
        try Data("论坛在\u{8C48}城举行，café开业".utf8).write(to: articles.appendingPathComponent("900_test.txt"))
        let loader = DatasetLoader(articlesDirectory: articles)
        func eventYAML(_ quote: String) -> String {
            """
            events:
              - id: e1
                date: "2021-04-15"
                date_stated: "某日"
                name: {zh: "论坛", en: "Forum"}
                source: s900
                quote: "\(quote)"
            """
        }
        var texts = T.minimalTexts()
        texts["metrics.yaml"] = "metrics: []\n"
        texts["events.yaml"] = eventYAML("论坛在\u{8C48}城举行")
        #expect(loader.load(texts: texts).diagnostics.isEmpty)
        // The CJK compatibility ideograph U+F900 and a decomposed e + U+0301 are canonically
        // equivalent to the article's characters but are not what the article contains.
        for quote in ["论坛在\u{F900}城举行", "cafe\u{301}开业"] {
            texts["events.yaml"] = eventYAML(quote)
            #expect(!T.containsBytes("论坛在\u{8C48}城举行，café开业", quote))
            let result = loader.load(texts: texts)
            #expect(result.diagnostics.contains { $0.file == "events.yaml" && $0.message.contains("events[0].quote") },
                    "quote \(quote.unicodeScalars.map { String($0.value, radix: 16) }) accepted though it is not a byte-exact substring of the article")
        }
    }

    // MARK: No traps

    static let hostileInputs: [String] = [
        "",
        "\n\n\n",
        "metrics:",
        "metrics: ~",
        "metrics: [1, \"x\", [a], null, {}]",
        "- a\n- b\n",
        "just a scalar",
        "metrics:\n\t- id: a\n",
        "metrics: [\n",
        "metrics: {\n",
        "metrics: \"unterminated\n",
        "metrics: []\n---\nmetrics: []\n",
        "base: &b\n  id: x\nmetrics:\n  - *b\n  - {<<: *b, id: y}\n",
        "metrics:\n  - ? [a, b]\n    : c\n    id: z\n",
        "metrics:\n  - id: a\n    id: b\n",
        "metrics:\n  -\n  - ~\n",
        "metrics:\n  - id: !!binary aGVsbG8=\n    value: !!float .nan\n    year: !!str 2021\n",
        "metrics:\n  - id: x\n    value: \"" + String(repeating: "9", count: 20_000) + "\"\n    year: 99999999999999999999999999\n",
        "metrics:\n  - id: \"" + String(repeating: "a", count: 1_000) + "\"\n",
        "metrics:\n  - {id: m, name: {zh: [], en: {}}, stated: {}, value: [], scale: [], unit: {}, qualifier: [], year: [], kind: {}, target_year: {}, horizon: [], scope: [], district: [], subject: {}, category: [], source: [], quote: []}\n",
        "metrics:\n  - id: m\n    scenario_count: -1\n" + String(repeating: "    k: v\n", count: 3),
        String(repeating: "[", count: 500) + String(repeating: "]", count: 500),
        "metrics:\n  - id: \u{0}\n",
        "\u{FEFF}\u{FEFF}other: []\n",
        "metrics:\n  - id: m\n    name: {zh: \"\u{202E}\", en: \"\u{200B}\"}\n",
    ]

    @Test("hostile inputs never trap and always produce a located diagnostic", arguments: hostileInputs.indices)
    func hostileInputsDoNotTrap(_ index: Int) {
        let input = Self.hostileInputs[index]
        for file in ["metrics.yaml", "new_towns.yaml", "sources.yaml", "districts.yaml", "events.yaml"] {
            let result = T.load(replacing: [file: input])
            #expect(!result.diagnostics.isEmpty, "input \(index) in \(file) produced no diagnostic")
            for diagnostic in result.diagnostics {
                #expect(diagnostic.line >= 0 && diagnostic.column >= 0)
                #expect(DatasetLoader.fileNames.contains(diagnostic.file))
            }
        }
    }

    @Test("truncations of the bundled data, cut anywhere, load without trapping")
    func truncationsDoNotTrap() throws {
        for (name, cuts) in [("metrics.yaml", 24), ("new_towns.yaml", 12), ("projects.yaml", 12), ("districts.yaml", 8)] {
            let text = try String(contentsOf: T.dataDirectory.appendingPathComponent(name), encoding: .utf8)
            let characters = Array(text)
            for step in 1..<cuts {
                // Odd offsets land mid-line, mid-key and mid-quote.
                let cut = characters.count * step / cuts + step % 7
                let result = T.load(replacing: [name: String(characters[..<min(cut, characters.count)])])
                for diagnostic in result.diagnostics {
                    #expect(diagnostic.line >= 0 && diagnostic.column >= 0)
                }
            }
        }
    }
}
