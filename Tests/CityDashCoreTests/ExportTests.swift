import Foundation
import CityDashTestBridge
import Testing
@testable import CityDashCore

/// `citydash export`: JSON that decodes back to exactly the records shown, CSV with one row per
/// record, both narrowed by district on request, and nothing a terminal would obey.
@Suite("Export")
struct ExportTests {
    static func decode<T: Decodable>(_ type: T.Type, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> T {
        try Exporter.jsonDecoder().decode(type, from: Data(text.utf8))
    }

    static func expectedFull(_ dataset: Dataset) -> FullExport {
        FullExport(sources: dataset.sources, districts: dataset.districts, areas: dataset.areas,
                   metrics: dataset.metrics.map(MetricRecord.init), newTowns: dataset.newTowns,
                   scenarioBatch: dataset.scenarioBatch, demoZones: dataset.zones, actions: dataset.actions,
                   projects: dataset.projects, events: dataset.events)
    }

    // MARK: JSON round trips

    @Test("JSON metrics decode back to the dataset's metric records")
    func metricsRoundTrip() throws {
        let dataset = try TestSupport.bundledDataset()
        let json = try Exporter(dataset: dataset).export(.metrics, as: .json)
        let decoded = try Self.decode([MetricRecord].self, json)
        #expect(decoded == dataset.metrics.map(MetricRecord.init))
        #expect(decoded.count == dataset.metrics.count)
    }

    @Test("JSON of every other kind decodes back to the dataset's records")
    func otherKindsRoundTrip() throws {
        let dataset = try TestSupport.bundledDataset()
        let exporter = Exporter(dataset: dataset)
        #expect(try Self.decode([NewTown].self, exporter.export(.towns, as: .json)) == dataset.newTowns)
        #expect(try Self.decode([DemoZone].self, exporter.export(.zones, as: .json)) == dataset.zones)
        #expect(try Self.decode([IndustryAction].self, exporter.export(.actions, as: .json)) == dataset.actions)
        #expect(try Self.decode([Project].self, exporter.export(.projects, as: .json)) == dataset.projects)
        #expect(try Self.decode([CityEvent].self, exporter.export(.events, as: .json)) == dataset.events)
        #expect(try Self.decode([District].self, exporter.export(.districts, as: .json)) == dataset.districts)
        #expect(try Self.decode([Source].self, exporter.export(.sources, as: .json)) == dataset.sources)
    }

    @Test("JSON of `all` decodes back to everything")
    func allRoundTrip() throws {
        let dataset = try TestSupport.bundledDataset()
        let json = try Exporter(dataset: dataset).export(.all, as: .json)
        let decoded = try Self.decode(FullExport.self, json)
        #expect(decoded == Self.expectedFull(dataset))
        #expect(decoded.scenarioBatch?.total == 24)
        #expect(decoded.metrics.count == dataset.metrics.count)
        #expect(decoded.events.count == dataset.events.count)
    }

    @Test("JSON keys are snake_case and sorted; exports are stable")
    func jsonShape() throws {
        let dataset = try TestSupport.bundledDataset()
        let exporter = Exporter(dataset: dataset)
        let json = try exporter.export(.metrics, as: .json)
        #expect(json == (try exporter.export(.metrics, as: .json)))
        #expect(json.hasSuffix("\n"))
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let gdp = try #require(objects.first { $0["id"] as? String == "city-gdp-2021" })
        #expect(gdp["normalized_text"] as? String == "4320000000000")
        #expect((gdp["normalized"] as? NSNumber)?.doubleValue == 4_320_000_000_000)
        #expect(gdp["value"] as? String == "4.32")
        #expect(gdp["scale"] as? String == "万亿")
        #expect(gdp["unit"] as? String == "元")
        #expect((gdp["formatted"] as? [String: String]) == ["zh": "4.32万亿元", "en": "CNY 4.32 trillion"])
        for object in objects {
            for key in object.keys {
                #expect(key == key.lowercased(), "camelCase key \(key)")
            }
        }
        let all = try exporter.export(.all, as: .json)
        let top = try #require(try JSONSerialization.jsonObject(with: Data(all.utf8)) as? [String: Any])
        #expect(Set(top.keys) == ["sources", "districts", "areas", "metrics", "new_towns", "scenario_batch",
                                  "demo_zones", "actions", "projects", "events"])
        // Sorted keys: "actions" comes first, "sources" after "scenario_batch".
        let order = ["actions", "areas", "demo_zones", "districts", "events", "metrics", "new_towns", "projects",
                     "scenario_batch", "sources"].map { "\n  \"\($0)\"" }
        let positions = order.compactMap { all.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
    }

    @Test("exported normalized numbers are exact", arguments: [
        ("city-gdp-2021", "4320000000000"),
        ("industrial-value-added-2021", "1073880000000"),
        ("yangpu-services-revenue-2020", "111417000000"),
        ("iip-linked-firms", "1200000"),
        ("west-bund-office-space", "1400000"),
        ("sme-quality-gain", "12.6"),
    ])
    func normalizedNumbers(_ id: String, _ normalized: String) throws {
        let dataset = try TestSupport.bundledDataset()
        let record = MetricRecord(try #require(dataset.metric(id)))
        #expect(record.normalizedText == normalized)
        #expect(record.normalized == Double(normalized))
    }

    // MARK: District filter

    @Test("a district filter keeps only that district's records", arguments: ["yangpu", "pudong", "xuhui"])
    func districtFilter(_ id: String) throws {
        let dataset = try TestSupport.bundledDataset()
        let exporter = Exporter(dataset: dataset, filter: .district(id))
        let full = try Self.decode(FullExport.self, exporter.export(.all, as: .json))
        #expect(full.districts.map(\.id) == [id])
        #expect(full.metrics == dataset.metrics.filter { $0.district == id }.map(MetricRecord.init))
        #expect(full.newTowns == dataset.newTowns.filter { $0.district == id })
        #expect(full.demoZones == dataset.zones.filter { $0.district == id })
        #expect(full.actions == dataset.actions.filter { $0.district == id })
        #expect(full.projects == dataset.projects.filter { $0.district == id })
        #expect(full.events == dataset.events.filter { $0.district == id })
        #expect(full.areas == dataset.areas.filter { $0.district == id })
        #expect(full.scenarioBatch == nil)
        #expect(full.sources == dataset.sources)
        let total = full.metrics.count + full.newTowns.count + full.demoZones.count + full.actions.count
            + full.projects.count + full.events.count
        #expect(total > 0, "\(id) has no records at all")
        #expect(total == DatasetQuery(dataset).countsByDistrict()[id])
        // City-wide records are not in a district export.
        #expect(!full.metrics.contains { $0.district == nil })

        let metrics = try Self.decode([MetricRecord].self, exporter.export(.metrics, as: .json))
        #expect(metrics == full.metrics)
        let csv = TestSupport.parseCSV(try exporter.export(.zones, as: .csv))
        #expect(csv.dropFirst().map { $0[0] } == full.demoZones.map(\.id))
        #expect(csv.dropFirst().allSatisfy { $0[3] == id })
    }

    @Test("yangpu and pudong exports contain what the articles put there")
    func districtFilterSpotChecks() throws {
        let dataset = try TestSupport.bundledDataset()
        let yangpu = try Self.decode(FullExport.self, Exporter(dataset: dataset, filter: .district("yangpu")).export(.all, as: .json))
        #expect(yangpu.metrics.contains { $0.id == "yangpu-services-revenue-2020" })
        #expect(yangpu.demoZones.map(\.id) == ["yangpu-dachuangzhi"])
        #expect(yangpu.events.map(\.id) == ["yangpu-conference-2021"])
        let pudong = try Self.decode(FullExport.self, Exporter(dataset: dataset, filter: .district("pudong")).export(.all, as: .json))
        #expect(pudong.newTowns.map(\.id) == ["nanhui"])
        #expect(Set(pudong.demoZones.map(\.id)) == ["lingang-digital-twin", "zhangjiang-digital-park"])
    }

    // MARK: CSV

    static func expectedIDs(_ kind: ExportKind, _ dataset: Dataset) -> [String] {
        switch kind {
        case .metrics: dataset.metrics.map(\.id)
        case .towns: dataset.newTowns.map(\.id)
        case .zones: dataset.zones.map(\.id)
        case .actions: dataset.actions.map(\.id)
        case .projects: dataset.projects.map(\.id)
        case .events: dataset.events.map(\.id)
        case .districts: dataset.districts.map(\.id)
        case .sources: dataset.sources.map(\.id)
        case .all: []
        }
    }

    @Test("CSV has a header row and one row per record, every row as wide as the header",
          arguments: ExportKind.allCases.filter { $0 != .all })
    func csvRows(_ kind: ExportKind) throws {
        let dataset = try TestSupport.bundledDataset()
        let csv = try Exporter(dataset: dataset).export(kind, as: .csv)
        #expect(csv.hasSuffix("\r\n"))
        let rows = TestSupport.parseCSV(csv)
        let header = try #require(rows.first)
        #expect(header.first == "id")
        #expect(Set(header).count == header.count, "duplicate column names")
        let ids = Self.expectedIDs(kind, dataset)
        #expect(!ids.isEmpty)
        #expect(rows.count == ids.count + 1)
        #expect(rows.dropFirst().map { $0[0] } == ids)
        for row in rows {
            #expect(row.count == header.count, "\(kind): row \(row.first ?? "?") has \(row.count) fields, header \(header.count)")
        }
        // The rows are exactly the lines: no field breaks a line.
        #expect(csv.components(separatedBy: "\r\n").count == rows.count + 1)
    }

    @Test("CSV metrics carry the stated, exact normalized and formatted forms")
    func csvMetricFields() throws {
        let dataset = try TestSupport.bundledDataset()
        let rows = TestSupport.parseCSV(try Exporter(dataset: dataset).export(.metrics, as: .csv))
        let header = rows[0]
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name), "no column \(name)") }
        let gdp = try #require(rows.first { $0[0] == "city-gdp-2021" })
        #expect(gdp[try column("stated")] == "4.32万亿元")
        #expect(gdp[try column("value")] == "4.32")
        #expect(gdp[try column("scale")] == "万亿")
        #expect(gdp[try column("normalized")] == "4320000000000")
        #expect(gdp[try column("formatted_en")] == "CNY 4.32 trillion")
        #expect(gdp[try column("quote")] == "全市GDP达到4.32万亿元,首次突破4万亿元")
        let smes = try #require(rows.first { $0[0] == "smes-on-platforms" })
        #expect(smes[try column("qualifier")] == "超")
        #expect(smes[try column("formatted_en")] == "120,000+")
    }

    @Test("CSV quotes fields with commas and quotes, and round-trips them")
    func csvQuoting() throws {
        let csv = CSVWriter.write(header: ["a", "b", "c"], rows: [["x,y", "say \"hi\"", "plain"], ["", "中文，全角", "\""]])
        #expect(csv == "a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",plain\r\n,中文，全角,\"\"\"\"\r\n")
        #expect(TestSupport.parseCSV(csv) == [["a", "b", "c"], ["x,y", "say \"hi\"", "plain"], ["", "中文，全角", "\""]])
        // A bundled party with a comma in its name survives the trip.
        let dataset = try TestSupport.bundledDataset()
        let rows = TestSupport.parseCSV(try Exporter(dataset: dataset).export(.projects, as: .csv))
        let sports = try #require(rows.first { $0[0] == "sports-digital-twin" })
        #expect(sports[try #require(rows[0].firstIndex(of: "parties_en"))] == "Shanghai Municipal Sports Bureau; INESA (Group) Co., Ltd.")
        #expect(sports[try #require(rows[0].firstIndex(of: "parties_zh"))] == "上海市体育局；上海仪电(集团)有限公司")
    }

    @Test("CSV of kind all is refused")
    func csvAllThrows() throws {
        let dataset = try TestSupport.bundledDataset()
        #expect(throws: Exporter.Failure.csvNeedsOneKind) {
            try Exporter(dataset: dataset).export(.all, as: .csv)
        }
        #expect(Exporter.Failure.csvNeedsOneKind.description.contains("--kind"))
    }

    // MARK: Hostile text

    static let hostile = "A\u{1B}]0;pwned\u{07}B\u{1B}[2J\u{9B}31m\u{202E}C\nD\rE\tF,\"G\""

    static func hostileDataset() throws -> Dataset {
        let h = Localized(zh: "中" + hostile, en: "en" + hostile)
        var dataset = Dataset()
        dataset.sources = [Source(id: "s1", file: "f" + hostile, outlet: h, title: h, date: "2021-01-01", dateNote: h, author: h)]
        dataset.districts = [District(id: "d1", name: h, short: h)]
        dataset.areas = [Area(id: "a1", name: h, district: "d1")]
        dataset.metrics = [Metric(id: "m1", name: h, stated: hostile, value: try #require(ExactDecimal("4.32")), scale: .wanyi,
                                  unit: .yuan, qualifier: .chao, year: 2021, asOf: hostile, kind: .actual, targetYear: nil,
                                  horizon: h, scope: .district, district: "d1", subject: hostile, category: .economy,
                                  source: "s1", quote: hostile, note: h)]
        dataset.newTowns = [NewTown(id: "t1", name: h, district: "d1", positioning: h, scenarioCount: 2,
                                    scenarioCountStated: hostile, scenarios: [h, h], source: "s1", quote: hostile)]
        dataset.scenarioBatch = ScenarioBatch(total: 1, totalStated: hostile, categories: [h], source: "s1", quote: hostile, note: h)
        dataset.zones = [DemoZone(id: "z1", name: h, district: "d1", area: "a1", focus: h, highlights: [h],
                                  metrics: ["m1"], source: "s1", quote: hostile)]
        dataset.actions = [IndustryAction(id: "x1", name: h, group: h, summary: h, district: "d1", metrics: ["m1"],
                                          source: "s1", quote: hostile, note: h)]
        dataset.projects = [Project(id: "p1", kind: .signedProject, name: h, parties: [h, h], district: "d1", summary: h,
                                    metrics: [], source: "s1", quote: hostile, note: h)]
        dataset.events = [CityEvent(id: "e1", date: "2021-01-01", dateStated: hostile, name: h, place: h, district: "d1",
                                summary: h, source: "s1", quote: hostile, note: h)]
        return dataset
    }

    @Test("no control character survives a CSV export", arguments: ExportKind.allCases.filter { $0 != .all })
    func csvHasNoControls(_ kind: ExportKind) throws {
        let dataset = try Self.hostileDataset()
        let csv = try Exporter(dataset: dataset).export(kind, as: .csv)
        let bytes = Array(csv.utf8)
        #expect(!bytes.contains(0x1B), "ESC byte in \(kind) CSV")
        #expect(!bytes.contains(0x07), "BEL byte in \(kind) CSV")
        let allowed: Set<UInt32> = [0x0D, 0x0A]
        let bad = csv.unicodeScalars.filter {
            ($0.value < 0x20 && !allowed.contains($0.value)) || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E
        }
        #expect(bad.isEmpty, "\(kind): \(bad.map { String($0.value, radix: 16) })")
        // Line breaks only end rows: header + one record.
        let rows = TestSupport.parseCSV(csv)
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        #expect(csv.components(separatedBy: "\r\n").count == 3)
        // What was there is visible rather than obeyed.
        #expect(csv.contains("␛]0;pwned␇"))
    }

    @Test("hostile text loaded from YAML escapes (\\e, \\a) exports as visible pictures in CSV")
    func hostileYAMLExport() throws {
        let yaml = "metrics:\n" + TestSupport.metricYAML(["name": "{zh: \"全市\\e]0;pwned\\a\", en: \"GDP\\e[2J\\u009B\"}"])
        let result = TestSupport.load(replacing: ["metrics.yaml": yaml])
        #expect(result.diagnostics.isEmpty)
        let csv = try Exporter(dataset: result.dataset).export(.metrics, as: .csv)
        #expect(!csv.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(csv.contains("全市␛]0;pwned␇"))
        #expect(csv.contains("GDP␛[2J\u{FFFD}"))
    }

    @Test("JSON never carries a raw ESC or BEL byte, and still round-trips the exact text")
    func jsonEscapesControls() throws {
        let dataset = try Self.hostileDataset()
        let json = try Exporter(dataset: dataset).export(.all, as: .json)
        let bytes = Array(json.utf8)
        #expect(!bytes.contains(0x1B))
        #expect(!bytes.contains(0x07))
        let decoded = try Self.decode(FullExport.self, json)
        #expect(decoded == Self.expectedFull(dataset))
        #expect(decoded.metrics.first?.quote == Self.hostile)
    }
}

/// CSV cells a spreadsheet would run as formulas, the CSV default kind, and JSON's null keys.
@Suite("Export safety and shape")
struct ExportSafetyTests {
    typealias T = TestSupport

    @Test("a text cell starting like a formula gets a ' in front (OWASP CSV injection)", arguments: [
        ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "' =1"), ("\r=1", "' =1"), ("  =1", "'  =1"), ("\u{200B}=1", "'=1"), ("-3", "'-3"),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("a=b", "a=b"), ("中文=", "中文="), ("4.32万亿元", "4.32万亿元"), ("", ""), ("100+", "100+"),
    ])
    func formulaCells(_ raw: String, _ written: String) {
        let csv = CSVWriter.write(header: ["id", "text"], rows: [["x", raw]])
        #expect(T.parseCSV(csv) == [["id", "text"], ["x", written]], "\(csv)")
    }

    @Test("a numeric column keeps plain numbers, negative ones too, and defuses anything else", arguments: [
        ("-3", "-3"), ("-12.5", "-12.5"), ("4320000000000", "4320000000000"), ("", ""),
        ("=1+1", "'=1+1"), ("--1", "'--1"), ("-1e3", "'-1e3"), ("+5", "'+5"), ("-", "'-"),
    ])
    func numericCells(_ raw: String, _ written: String) {
        let csv = CSVWriter.write(header: ["id", "value"], rows: [["x", raw]], numericColumns: ["value"])
        #expect(T.parseCSV(csv) == [["id", "value"], ["x", written]], "\(csv)")
    }

    @Test("a token column (qualifier, unit, ...) is written as it is: the qualifier + stays +")
    func tokenCells() {
        let csv = CSVWriter.write(header: ["id", "qualifier"], rows: [["x", "+"]], tokenColumns: ["qualifier"])
        #expect(T.parseCSV(csv) == [["id", "qualifier"], ["x", "+"]])
    }

    @Test("a metric named like a formula is defused in CSV and unchanged in JSON")
    func exporterDefusesFormulas() throws {
        let name = Localized(zh: "=HYPERLINK(\"http://x\")", en: "@cmd")
        var dataset = Dataset()
        dataset.metrics = [Metric(id: "m1", name: name, stated: "-", value: try #require(ExactDecimal("4.32")), scale: .wanyi,
                                  unit: .yuan, qualifier: .plus, year: 2021, asOf: "+1", kind: .actual, targetYear: nil,
                                  horizon: nil, scope: .city, district: nil, subject: nil, category: .economy,
                                  source: "s1", quote: "-quote", note: nil)]
        let rows = T.parseCSV(try Exporter(dataset: dataset).export(.metrics, as: .csv))
        let header = try #require(rows.first)
        let row = try #require(rows.last)
        func cell(_ column: String) throws -> String { row[try #require(header.firstIndex(of: column))] }
        #expect(try cell("name_zh") == "'=HYPERLINK(\"http://x\")")
        #expect(try cell("name_en") == "'@cmd")
        #expect(try cell("stated") == "'-")
        #expect(try cell("as_of") == "'+1")
        #expect(try cell("quote") == "'-quote")
        #expect(try cell("value") == "4.32")
        #expect(try cell("year") == "2021")
        #expect(try cell("qualifier") == "+")
        let json = try Exporter(dataset: dataset).export(.metrics, as: .json)
        let decoded = try Exporter.jsonDecoder().decode([MetricRecord].self, from: Data(json.utf8))
        #expect(decoded.first?.name == name)
        #expect(decoded.first?.quote == "-quote")
    }

    @Test("no bundled CSV cell is changed by the formula guard")
    func bundledCSVUnchanged() throws {
        let dataset = try T.bundledDataset()
        for kind in ExportKind.allCases where kind != .all {
            let rows = T.parseCSV(try Exporter(dataset: dataset).export(kind, as: .csv))
            #expect(!rows.joined().contains { $0.hasPrefix("'") }, "\(kind)")
        }
    }

    @Test("CSV without --kind writes the metrics; --kind all in CSV names the kinds it takes")
    func csvDefaultKind() throws {
        #expect(Exporter.defaultKind(for: .csv) == .metrics)
        #expect(Exporter.defaultKind(for: .json) == .all)
        let dataset = try T.bundledDataset()
        let exporter = Exporter(dataset: dataset)
        #expect(try exporter.export(Exporter.defaultKind(for: .csv), as: .csv) == (try exporter.export(.metrics, as: .csv)))
        let message = Exporter.Failure.csvNeedsOneKind.description
        for kind in ExportKind.allCases where kind != .all {
            #expect(message.contains(kind.rawValue), "\(message) lacks \(kind.rawValue)")
        }
        #expect(message.contains("--format json"))
    }

    @Test("every JSON metric has every key, null when empty (qualifier, district, ...)")
    func jsonNullKeys() throws {
        let dataset = try T.bundledDataset()
        let exporter = Exporter(dataset: dataset)
        for json in [try exporter.export(.metrics, as: .json), try exporter.export(.all, as: .json)] {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
            let metrics = try #require((object as? [[String: Any]]) ?? ((object as? [String: Any])?["metrics"] as? [[String: Any]]))
            #expect(metrics.count == dataset.metrics.count)
            let keys = Set(try #require(metrics.first).keys)
            for key in ["qualifier", "district", "year", "as_of", "target_year", "horizon", "subject", "note"] {
                #expect(keys.contains(key), "no \(key)")
            }
            #expect(metrics.allSatisfy { Set($0.keys) == keys }, "metric objects differ in their keys")
            let gdp = try #require(metrics.first { $0["id"] as? String == "city-gdp-2021" })
            #expect(gdp["qualifier"] is NSNull)
            #expect(gdp["district"] is NSNull)
            let smes = try #require(metrics.first { $0["id"] as? String == "smes-on-platforms" })
            #expect(smes["qualifier"] as? String == "超")
        }
    }
}
