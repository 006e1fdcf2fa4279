import Foundation
import CityDashTestBridge
import Testing
@testable import CityDashCore

/// What `validate` enforces beyond the shape of the files (docs/data-format.md, "What validate
/// checks"): a metric's fields write its stated figure, dates and years agree with the words
/// that state them, calendar dates exist, years are plausible, names are visible, and the
/// kiosk's unlock sequence can be typed. Each contradiction is one located diagnostic that
/// names both fields.
@Suite("Validation rules")
struct ValidationRuleTests {
    typealias T = TestSupport

    /// One metric whose quote contains `stated`, with the figure fields given.
    static func metricYAML(stated: String, value: String, scale: String, unit: String, qualifier: String?,
                           quote: String? = nil, _ overrides: [String: String?] = [:]) -> String {
        var fields: [String: String?] = [
            "stated": "\"\(stated)\"", "value": "\"\(value)\"", "scale": "\"\(scale)\"", "unit": "\"\(unit)\"",
            "qualifier": qualifier ?? "null", "quote": "\"\(quote ?? "全市指标达到\(stated),位居前列")\"",
        ]
        fields.merge(overrides) { $1 }
        // A percentage must say what it measures (docs/data-format.md, `measure`).
        return "metrics:\n" + T.metricYAML(fields, extra: unit == "%" ? ["measure: share"] : [])
    }

    // MARK: stated against value, scale, unit and qualifier

    struct Figure: Sendable, CustomTestStringConvertible {
        var stated: String
        var value: String
        var scale: String
        var unit: String
        var qualifier: String?
        var testDescription: String { stated }
    }

    static let consistentFigures: [Figure] = [
        Figure(stated: "4.32万亿元", value: "4.32", scale: "万亿", unit: "元", qualifier: nil),
        Figure(stated: "超12万家", value: "12", scale: "万", unit: "家", qualifier: "超"),
        Figure(stated: "超过1400亿元", value: "1400", scale: "亿", unit: "元", qualifier: "超过"),
        Figure(stated: "120多万家", value: "120", scale: "万", unit: "家", qualifier: "多"),
        Figure(stated: "4000余家", value: "4000", scale: "none", unit: "家", qualifier: "余"),
        Figure(stated: "100+", value: "100", scale: "none", unit: "none", qualifier: "+"),
        Figure(stated: "10%以上", value: "10", scale: "none", unit: "%", qualifier: "以上"),
        Figure(stated: "20%左右", value: "20", scale: "none", unit: "%", qualifier: "左右"),
        Figure(stated: "接近1万家", value: "1", scale: "万", unit: "家", qualifier: "接近"),
        Figure(stated: "3.2平方公里", value: "3.2", scale: "none", unit: "平方公里", qualifier: nil),
        Figure(stated: "1000亿以上", value: "1000", scale: "亿", unit: "none", qualifier: "以上"),
        // Chinese numerals are kept as written: the numeral is `value`, 万/亿 at its end the scale.
        Figure(stated: "破百亿", value: "100", scale: "亿", unit: "none", qualifier: "破"),
        Figure(stated: "超万家", value: "1", scale: "万", unit: "家", qualifier: "超"),
        Figure(stated: "万家以上", value: "1", scale: "万", unit: "家", qualifier: "以上"),
        Figure(stated: "四届", value: "4", scale: "none", unit: "届", qualifier: nil),
        Figure(stated: "两批", value: "2", scale: "none", unit: "批", qualifier: nil),
        Figure(stated: "二十四个", value: "24", scale: "none", unit: "个", qualifier: nil),
        Figure(stated: "十余个", value: "10", scale: "none", unit: "个", qualifier: "余"),
        // ... and the words after a Chinese figure say what it counts.
        Figure(stated: "七大场景", value: "7", scale: "none", unit: "none", qualifier: nil),
        Figure(stated: "五大数字产业创新工程", value: "5", scale: "none", unit: "none", qualifier: nil),
    ]

    @Test("a figure whose fields write its stated form is valid", arguments: consistentFigures)
    func consistentFigure(_ figure: Figure) {
        let yaml = Self.metricYAML(stated: figure.stated, value: figure.value, scale: figure.scale, unit: figure.unit,
                                   qualifier: figure.qualifier)
        T.expectValid(T.load(replacing: ["metrics.yaml": yaml]))
    }

    struct Contradiction: Sendable, CustomTestStringConvertible {
        var figure: Figure
        /// The field the diagnostic is located at, and a fragment of what stated writes instead.
        var field: String
        var writes: String
        var testDescription: String { "\(figure.stated) vs \(field)" }
    }

    static let contradictions: [Contradiction] = [
        // The issue's own case: the city GDP's scale changed from 万亿 to 亿.
        Contradiction(figure: Figure(stated: "4.32万亿元", value: "4.32", scale: "亿", unit: "元", qualifier: nil),
                      field: "scale", writes: "万亿"),
        Contradiction(figure: Figure(stated: "4.32万亿元", value: "4.33", scale: "万亿", unit: "元", qualifier: nil),
                      field: "value", writes: "4.32"),
        Contradiction(figure: Figure(stated: "4.32万亿元", value: "4.32", scale: "万亿", unit: "个", qualifier: nil),
                      field: "unit", writes: "元"),
        Contradiction(figure: Figure(stated: "4.32万亿元", value: "4.32", scale: "万亿", unit: "元", qualifier: "超"),
                      field: "qualifier", writes: "no qualifier"),
        Contradiction(figure: Figure(stated: "超12万家", value: "12", scale: "万", unit: "家", qualifier: nil),
                      field: "qualifier", writes: "超"),
        Contradiction(figure: Figure(stated: "超12万家", value: "12", scale: "万", unit: "家", qualifier: "超过"),
                      field: "qualifier", writes: "超"),
        Contradiction(figure: Figure(stated: "120多万家", value: "120", scale: "万", unit: "家", qualifier: "余"),
                      field: "qualifier", writes: "多"),
        Contradiction(figure: Figure(stated: "20%左右", value: "20", scale: "none", unit: "none", qualifier: "左右"),
                      field: "unit", writes: "%"),
        Contradiction(figure: Figure(stated: "1.3万亿", value: "1.3", scale: "万亿", unit: "元", qualifier: nil),
                      field: "unit", writes: "no unit"),
        Contradiction(figure: Figure(stated: "破百亿", value: "10", scale: "亿", unit: "none", qualifier: "破"),
                      field: "value", writes: "100"),
        Contradiction(figure: Figure(stated: "超万家", value: "1", scale: "none", unit: "家", qualifier: "超"),
                      field: "scale", writes: "万"),
        Contradiction(figure: Figure(stated: "四届", value: "5", scale: "none", unit: "届", qualifier: nil),
                      field: "value", writes: "四"),
        Contradiction(figure: Figure(stated: "五个", value: "5", scale: "none", unit: "none", qualifier: nil),
                      field: "unit", writes: "个"),
    ]

    @Test("a field that contradicts stated is one error at that field, naming both fields", arguments: contradictions)
    func contradiction(_ c: Contradiction) {
        let f = c.figure
        let yaml = Self.metricYAML(stated: f.stated, value: f.value, scale: f.scale, unit: f.unit, qualifier: f.qualifier)
        let result = T.load(replacing: ["metrics.yaml": yaml])
        let diagnostic = T.expectSingle(result.diagnostics, file: "metrics.yaml", line: T.line(of: "    \(c.field): ", in: yaml),
                                        column: 5 + c.field.count + 2, "metrics[0].\(c.field)", "metrics[0].stated",
                                        c.writes)
        #expect(diagnostic?.description.hasPrefix("metrics.yaml:\(diagnostic?.line ?? 0):\(5 + c.field.count + 2): ") == true)
        #expect(!result.isValid)
    }

    @Test("the bundled GDP with scale 亿 is reported, not shown as 4.32亿元")
    func bundledGDPWithWrongScale() throws {
        let url = T.dataDirectory.appendingPathComponent("metrics.yaml")
        let original = try String(contentsOf: url, encoding: .utf8)
        let marker = "    stated: \"4.32万亿元\"\n    value: \"4.32\"\n    scale: 万亿\n"
        #expect(original.contains(marker))
        let changed = original.replacingOccurrences(of: marker, with: "    stated: \"4.32万亿元\"\n    value: \"4.32\"\n    scale: 亿\n")
        var texts: [String: String] = [:]
        for name in DatasetLoader.fileNames {
            texts[name] = try String(contentsOf: T.dataDirectory.appendingPathComponent(name), encoding: .utf8)
        }
        texts["metrics.yaml"] = changed
        let line = T.line(of: "    scale: 亿", in: changed)
        T.expectSingle(DatasetLoader().load(texts: texts).diagnostics, file: "metrics.yaml", line: line, column: 12,
                       "scale", "亿", "stated \"4.32万亿元\"")
    }

    @Test("a stated form no fields could write is reported at stated", arguments: [
        "约4.32万亿元左右",  // two qualifiers
        "4.32万亿元人民币",  // words after an Arabic figure
        "GDP翻番",           // no number at all
    ])
    func unwritableStated(_ stated: String) {
        let yaml = Self.metricYAML(stated: stated, value: "4.32", scale: "万亿", unit: "元", qualifier: nil)
        T.expectSingle(T.load(replacing: ["metrics.yaml": yaml]).diagnostics, file: "metrics.yaml",
                       line: T.line(of: "stated:", in: yaml), "metrics[0].stated", stated)
    }

    @Test("an Arabic figure must come out of the formatter exactly as stated (4.30 is written 4.3)")
    func trailingZero() {
        let yaml = Self.metricYAML(stated: "4.30万亿元", value: "4.30", scale: "万亿", unit: "元", qualifier: nil)
        T.expectSingle(T.load(replacing: ["metrics.yaml": yaml]).diagnostics, file: "metrics.yaml",
                       line: T.line(of: "stated:", in: yaml), "metrics[0].stated", "4.3万亿元")
    }

    @Test("stated that is not in the quote is reported once, not again against the fields")
    func statedNotInQuoteOnce() {
        let yaml = Self.metricYAML(stated: "9.99万亿元", value: "4.32", scale: "万亿", unit: "元", qualifier: nil,
                                   quote: "全市GDP达到4.32万亿元")
        T.expectSingle(T.load(replacing: ["metrics.yaml": yaml]).diagnostics, file: "metrics.yaml",
                       line: T.line(of: "stated:", in: yaml), "does not appear in the quote")
    }

    // MARK: Years the record's words write

    @Test("a year the quote writes must be the metric's year")
    func quoteYear() {
        let quote = "2021年,全市GDP达到4.32万亿元"
        let good = Self.metricYAML(stated: "4.32万亿元", value: "4.32", scale: "万亿", unit: "元", qualifier: nil,
                                   quote: quote, ["year": "2021"])
        T.expectValid(T.load(replacing: ["metrics.yaml": good]))
        let bad = Self.metricYAML(stated: "4.32万亿元", value: "4.32", scale: "万亿", unit: "元", qualifier: nil,
                                  quote: quote, ["year": "2020"])
        T.expectSingle(T.load(replacing: ["metrics.yaml": bad]).diagnostics, file: "metrics.yaml",
                       line: T.line(of: "year: 2020", in: bad), column: 11, "metrics[0].year", "2020",
                       "metrics[0].quote", "2021年")
    }

    @Test("a year as_of writes must be the metric's year")
    func asOfYear() {
        let yaml = Self.metricYAML(stated: "4.32万亿元", value: "4.32", scale: "万亿", unit: "元", qualifier: nil,
                                   ["as_of": "\"截至2020年底\"", "year": "2021"])
        T.expectSingle(T.load(replacing: ["metrics.yaml": yaml]).diagnostics, file: "metrics.yaml",
                       line: T.line(of: "year: 2021", in: yaml), "metrics[0].year", "metrics[0].as_of", "2020年")
    }

    @Test("a target's year is its target_year")
    func targetYear() {
        func yaml(_ targetYear: String) -> String {
            Self.metricYAML(stated: "2.6万亿元", value: "2.6", scale: "万亿", unit: "元", qualifier: nil,
                            quote: "到2024年全市数字经济核心产业产值达到2.6万亿元",
                            ["kind": "target", "year": "2021", "target_year": targetYear])
        }
        T.expectValid(T.load(replacing: ["metrics.yaml": yaml("2024")]))
        let bad = yaml("2025")
        T.expectSingle(T.load(replacing: ["metrics.yaml": bad]).diagnostics, file: "metrics.yaml",
                       line: T.line(of: "target_year: 2025", in: bad), "metrics[0].target_year", "2024年")
    }

    @Test("four digits count as a year only before 年", arguments: ["建成2021个基站", "2021世界人工智能大会有2021个"])
    func digitsThatAreNotYears(_ quote: String) {
        let yaml = Self.metricYAML(stated: "2021个", value: "2021", scale: "none", unit: "个", qualifier: nil,
                                   quote: quote, ["year": "2020"])
        T.expectValid(T.load(replacing: ["metrics.yaml": yaml]))
    }

    @Test("years outside 1949...2100 are refused", arguments: [("1948", false), ("1949", true), ("2100", true), ("2101", false)])
    func plausibleYears(_ year: String, _ valid: Bool) {
        let yaml = "metrics:\n" + T.metricYAML(["year": year])
        let result = T.load(replacing: ["metrics.yaml": yaml])
        if valid {
            T.expectValid(result)
        } else {
            T.expectSingle(result.diagnostics, file: "metrics.yaml", line: T.line(of: "year: \(year)", in: yaml),
                           "metrics[0].year", "1949", "2100")
        }
    }

    // MARK: Calendar dates

    static func eventYAML(date: String, stated: String = "某日", quote: String = "大会举行") -> String {
        """
        events:
          - id: e1
            date: "\(date)"
            date_stated: "\(stated)"
            name: {zh: "大会", en: "Conference"}
            source: s900
            quote: "\(quote)"
        """
    }

    @Test("event dates must exist", arguments: [
        ("2021-02-30", false), ("2021-02-29", false), ("2020-02-29", true), ("2100-02-29", false), ("2000-02-29", true),
        ("2021-04-31", false), ("2021-12-31", true), ("2021-00-10", false), ("1948-12-31", false), ("2021-13", false),
        ("2021-11", true),
    ])
    func eventDates(_ date: String, _ valid: Bool) {
        let yaml = Self.eventYAML(date: date)
        let result = T.load(replacing: ["events.yaml": yaml])
        if valid {
            T.expectValid(result)
        } else {
            T.expectSingle(result.diagnostics, file: "events.yaml", line: T.line(of: "date: \"", in: yaml),
                           column: 11, "events[0].date", date)
        }
    }

    @Test("a source's publication date must exist")
    func sourceDate() {
        let sources = T.minimalTexts()["sources.yaml"]!.replacingOccurrences(of: "2021-04-16", with: "2021-02-29")
        T.expectSingle(T.load(replacing: ["sources.yaml": sources]).diagnostics, file: "sources.yaml",
                       line: T.line(of: "date:", in: sources), "sources[0].date", "2021-02-29")
    }

    @Test("the date must agree with the year, month and day date_stated writes", arguments: [
        ("2021-05-19", "2021年5月19日", nil),
        ("2021-05-18", "2021年5月19日", "the day 19"),
        ("2020-05-19", "2021年5月19日", "the year 2021"),
        ("2021-04-15", "4月15日上午", nil),
        ("2021-04-16", "4月15日上午", "the day 15"),
        ("2022-02-23", "今年2月23日", nil),
        ("2022-03-23", "今年2月23日", "the month 2"),
        ("2020-11", "2020年11月", nil),
        ("2020-10", "2020年11月", "the month 11"),
    ] as [(String, String, String?)])
    func dateStated(_ date: String, _ stated: String, _ problem: String?) {
        let yaml = Self.eventYAML(date: date, stated: stated)
        let result = T.load(replacing: ["events.yaml": yaml])
        if let problem {
            T.expectSingle(result.diagnostics, file: "events.yaml", line: T.line(of: "date: \"", in: yaml), column: 11,
                           "events[0].date", "events[0].date_stated", problem)
        } else {
            T.expectValid(result)
        }
    }

    @Test("an event's year must be one its quote writes")
    func eventQuoteYear() {
        let yaml = Self.eventYAML(date: "2021-11", stated: "11月", quote: "2020年11月,全会正式提出")
        T.expectSingle(T.load(replacing: ["events.yaml": yaml]).diagnostics, file: "events.yaml",
                       line: T.line(of: "date: \"", in: yaml), "events[0].date", "events[0].quote", "2020年")
    }

    // MARK: Counts written in words

    @Test("a new town's scenario_count must be the number scenario_count_stated writes")
    func scenarioCount() {
        func town(_ count: Int) -> String {
            """
            new_towns:
              - id: jiading
                name: {zh: "嘉定新城", en: "Jiading New Town"}
                district: yangpu
                positioning: {zh: "未来出行城市", en: "Future Mobility City"}
                scenario_count: \(count)
                scenario_count_stated: "七大场景"
                scenarios: []
                source: s900
                quote: "等七大场景"
            """
        }
        T.expectValid(T.load(replacing: ["new_towns.yaml": town(7)]))
        let bad = town(6)
        T.expectSingle(T.load(replacing: ["new_towns.yaml": bad]).diagnostics, file: "new_towns.yaml",
                       line: T.line(of: "scenario_count: 6", in: bad), "new_towns[0].scenario_count",
                       "new_towns[0].scenario_count_stated", "7")
    }

    @Test("scenario_batch total must be the number total_stated writes")
    func batchTotal() {
        func batch(_ total: Int) -> String {
            """
            new_towns: []
            scenario_batch:
              total: \(total)
              total_stated: "首批24个场景"
              categories: [{zh: "数字设施", en: "Digital Facilities"}]
              source: s900
              quote: "发布首批24个场景"
            """
        }
        T.expectValid(T.load(replacing: ["new_towns.yaml": batch(24)]))
        let bad = batch(25)
        T.expectSingle(T.load(replacing: ["new_towns.yaml": bad]).diagnostics, file: "new_towns.yaml",
                       line: T.line(of: "total: 25", in: bad), "scenario_batch.total", "total_stated", "24")
    }

    // MARK: Invisible text

    static let invisibleTexts: [String] = [
        "\\u200B", "\\u200B\\u200C\\u200D", "\\u3164\\u3164", "\\u2800", "\\u202E\\u200F", "\\uFEFF", "\\u0301",
        "\\u00AD", "\\uFE0F", "\\u2060", "\\uE000", "\\u0007", "\\u001B", "\\u3000\\u200B",
    ]

    @Test("a name made only of invisible or control characters is an error", arguments: invisibleTexts)
    func invisibleName(_ escaped: String) {
        let yaml = "metrics:\n" + T.metricYAML(["name": "{zh: \"\(escaped)\", en: \"City GDP\"}"])
        T.expectSingle(T.load(replacing: ["metrics.yaml": yaml]).diagnostics, file: "metrics.yaml",
                       line: T.line(of: "name:", in: yaml), "metrics[0].name.zh", "invisible", "U+")
        let district = T.minimalTexts()["districts.yaml"]!
            .replacingOccurrences(of: "{zh: \"杨浦\", en: \"Yangpu\"}", with: "{zh: \"杨浦\", en: \"\(escaped)\"}")
        T.expectSingle(T.load(replacing: ["districts.yaml": district]).diagnostics, file: "districts.yaml",
                       line: T.line(of: "short:", in: district), "districts[0].short.en", "invisible")
    }

    @Test("an invisible plain text field is an error too")
    func invisibleField() {
        let yaml = "metrics:\n" + T.metricYAML(["as_of": "\"\\u200B\\u2060\""])
        T.expectSingle(T.load(replacing: ["metrics.yaml": yaml]).diagnostics, file: "metrics.yaml",
                       line: T.line(of: "as_of:", in: yaml), "metrics[0].as_of", "U+200B U+2060")
    }

    @Test("visible text with invisible characters in it is fine", arguments: ["A\\u200B", "\\u200B杨浦", "e\\u0301", "❤\\uFE0F"])
    func visibleWithInvisible(_ escaped: String) {
        let yaml = "metrics:\n" + T.metricYAML(["name": "{zh: \"\(escaped)\", en: \"City GDP\"}"])
        T.expectValid(T.load(replacing: ["metrics.yaml": yaml]))
    }

    // MARK: The kiosk's unlock sequence

    static func kioskDiagnostics(_ unlock: String) -> [Diagnostic] {
        KioskConfigLoader().parse("unlock: \(unlock)\n", dataset: T.bundled.dataset).diagnostics
    }

    @Test("an unlock sequence that cannot be typed is an error", arguments: [
        "\"ab\\tcd\"", "\"\\e[A\"", "\"abc\\x7F\"", "\"\\x01abc\"", "\"员工42\"", "\"café\"", "\"staff 42\"",
        "\"ab\\u200Bcd\"", "\"ＡＢＣ\"", "\"\(String(repeating: "a", count: 65))\"",
    ])
    func untypableUnlock(_ raw: String) {
        let diagnostic = T.expectSingle(Self.kioskDiagnostics(raw), file: "kiosk.yaml", line: 1, column: 9, "kiosk.unlock")
        #expect(diagnostic.map { $0.message.contains("typed") || $0.message.contains("characters long") } == true)
    }

    @Test("a typable unlock sequence is accepted", arguments: ["staff42", "\"!~a{}\"", "1234",
                                                                 String(repeating: "a", count: 64)])
    func typableUnlock(_ raw: String) throws {
        let (config, diagnostics) = KioskConfigLoader().parse("unlock: \(raw)\n", dataset: T.bundled.dataset)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(config.unlock?.isEmpty == false)
        #expect(KioskConfigLoader.unlockProblem(try #require(config.unlock)) == nil)
    }

    @Test("an empty unlock sequence is an error, null is no keyboard exit")
    func emptyUnlock() {
        T.expectSingle(Self.kioskDiagnostics("\"\""), file: "kiosk.yaml", line: 1, "kiosk.unlock", "empty")
        let (config, diagnostics) = KioskConfigLoader().parse("unlock: null\n", dataset: T.bundled.dataset)
        #expect(diagnostics.isEmpty)
        #expect(config.unlock == nil)
        #expect(KioskConfigLoader.unlockProblem("") != nil)
    }
}
