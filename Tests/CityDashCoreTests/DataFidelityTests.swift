import Foundation
import CityDashTestBridge
import Testing
@testable import CityDashCore

/// The bundled data (data/*.yaml) against the five source articles: every record cites an
/// article, every quote is copied exactly, every figure is the article's own.
@Suite("Data fidelity")
struct DataFidelityTests {
    /// One cited record of any kind, for checks that apply to all of them.
    struct CitedRecord {
        var label: String
        var source: String
        var quote: String
    }

    static func citedRecords(_ dataset: Dataset) -> [CitedRecord] {
        var records: [CitedRecord] = []
        records += dataset.metrics.map { CitedRecord(label: "metrics/\($0.id)", source: $0.source, quote: $0.quote) }
        records += dataset.newTowns.map { CitedRecord(label: "new_towns/\($0.id)", source: $0.source, quote: $0.quote) }
        if let batch = dataset.scenarioBatch {
            records.append(CitedRecord(label: "scenario_batch", source: batch.source, quote: batch.quote))
        }
        records += dataset.zones.map { CitedRecord(label: "demo_zones/\($0.id)", source: $0.source, quote: $0.quote) }
        records += dataset.actions.map { CitedRecord(label: "actions/\($0.id)", source: $0.source, quote: $0.quote) }
        records += dataset.projects.map { CitedRecord(label: "projects/\($0.id)", source: $0.source, quote: $0.quote) }
        records += dataset.events.map { CitedRecord(label: "events/\($0.id)", source: $0.source, quote: $0.quote) }
        return records
    }

    /// Article text by source id, read straight from the seeds directory.
    static func articles(for dataset: Dataset, seeds: URL) throws -> [String: String] {
        var texts: [String: String] = [:]
        for source in dataset.sources {
            let url = seeds.appendingPathComponent(source.file)
            let data = try #require(FileManager.default.contents(atPath: url.path),
                                    "article \(source.file) of \(source.id) not found in \(seeds.path)")
            let text = String(validating: data, as: UTF8.self)
            let article: String = try #require(text, "article \(source.file) is not UTF-8")
            texts[source.id] = article
        }
        return texts
    }

    // MARK: Loading

    @Test("bundled data loads with zero diagnostics")
    func bundledDataLoadsCleanly() throws {
        let result = TestSupport.bundled
        #expect(result.diagnostics.isEmpty,
                "bundled data diagnostics:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(result.isValid)
        #expect(!result.dataset.metrics.isEmpty)
    }

    @Test("the source articles directory is present", TestSupport.needsArticles)
    func seedsArePresent() throws {
        let seeds = try TestSupport.requireSeeds()
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }
        #expect(files.count == 5, "expected the five seed articles in \(seeds.path), found \(files.sorted())")
    }

    @Test("five sources s000…s004, each naming an existing article file", TestSupport.needsArticles)
    func sourcesNameTheSeedArticles() throws {
        let dataset = try TestSupport.bundledDataset()
        let seeds = try TestSupport.requireSeeds()
        #expect(dataset.sources.map(\.id) == ["s000", "s001", "s002", "s003", "s004"])
        #expect(Set(dataset.sources.map(\.file)).count == dataset.sources.count, "two sources share an article file")
        for source in dataset.sources {
            #expect(source.file.hasPrefix(String(source.id.dropFirst())), "\(source.id) names \(source.file)")
            #expect(FileManager.default.fileExists(atPath: seeds.appendingPathComponent(source.file).path),
                    "\(source.id): article \(source.file) is not in \(seeds.path)")
            if let date = source.date {
                #expect(ISODate.isValid(date), "\(source.id): date \(date)")
            }
        }
    }

    // MARK: Quotes

    @Test("every record cites a known source with a non-empty quote copied exactly from its article", TestSupport.needsArticles)
    func everyQuoteIsAnExactSubstringOfItsArticle() throws {
        let dataset = try TestSupport.bundledDataset()
        let seeds = try TestSupport.requireSeeds()
        let articles = try Self.articles(for: dataset, seeds: seeds)
        let records = Self.citedRecords(dataset)
        // Every kind is represented.
        for prefix in ["metrics/", "new_towns/", "scenario_batch", "demo_zones/", "actions/", "projects/", "events/"] {
            #expect(records.contains { $0.label.hasPrefix(prefix) }, "no \(prefix) records were checked")
        }
        for record in records {
            #expect(dataset.source(record.source) != nil, "\(record.label): unknown source \(record.source)")
            #expect(!record.quote.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(record.label): empty quote")
            guard let article = articles[record.source] else { continue }
            #expect(TestSupport.containsBytes(article, record.quote),
                    "\(record.label): quote is not an exact substring of \(record.source)'s article: \(record.quote)")
        }
    }

    @Test("quotes are short: one clause or sentence, never a paragraph")
    func quotesAreShort() throws {
        let dataset = try TestSupport.bundledDataset()
        for record in Self.citedRecords(dataset) {
            #expect(record.quote.count <= 120, "\(record.label): quote of \(record.quote.count) characters")
            #expect(!record.quote.contains("\n"), "\(record.label): quote spans lines")
        }
    }

    // MARK: Figures

    @Test("every metric's stated figure appears in its quote")
    func statedIsInQuote() throws {
        let dataset = try TestSupport.bundledDataset()
        for metric in dataset.metrics {
            #expect(TestSupport.containsBytes(metric.quote, metric.stated),
                    "\(metric.id): stated \(metric.stated) not in quote \(metric.quote)")
        }
    }

    @Test("for every figure written in Arabic digits the Chinese formatter reproduces `stated` exactly")
    func chineseFormatterReproducesStated() throws {
        let dataset = try TestSupport.bundledDataset()
        let withDigits = dataset.metrics.filter { $0.stated.unicodeScalars.contains { ("0"..."9").contains($0) } }
        #expect(withDigits.count >= 60, "only \(withDigits.count) metrics with Arabic digits")
        for metric in withDigits {
            #expect(FigureFormatter.chinese(metric) == metric.stated, "\(metric.id)")
            #expect(FigureFormatter.format(metric, .zh) == metric.stated, "\(metric.id)")
        }
    }

    /// The Arabic number in `stated` (e.g. "4.32" in 4.32万亿元).
    static func arabicNumber(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard let start = scalars.firstIndex(where: { ("0"..."9").contains($0) }) else { return nil }
        var end = start
        while end < scalars.count, ("0"..."9").contains(scalars[end]) || scalars[end] == "." { end += 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }

    @Test("metric quotes contain the figure's digits exactly as written, and value holds those digits")
    func quotesContainTheDigitsAsWritten() throws {
        let dataset = try TestSupport.bundledDataset()
        for metric in dataset.metrics {
            guard let written = Self.arabicNumber(in: metric.stated) else { continue }
            #expect(metric.quote.contains(written), "\(metric.id): quote lacks \(written)")
            // value is the number as written: same digits, no rounding, no rescaling.
            #expect(metric.value.description == written, "\(metric.id): value \(metric.value) but stated writes \(written)")
            #expect(ExactDecimal(written) == metric.value, "\(metric.id)")
        }
        let gdp = try #require(dataset.metric("city-gdp-2021"))
        #expect(gdp.quote.contains("4.32"))
    }

    /// Scalar text of `key:` on a YAML line, without surrounding quotes.
    static func rawValue(_ key: String, in line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let prefix = trimmed.hasPrefix("- ") ? String(trimmed.dropFirst(2)) : trimmed
        guard prefix.hasPrefix(key + ": ") else { return nil }
        var value = String(prefix.dropFirst(key.count + 2))
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
        return value
    }

    @Test("metrics.yaml writes each value exactly as the figure is written (no added or dropped zeros)")
    func rawValuesAreWrittenAsStated() throws {
        let text = try String(contentsOf: TestSupport.dataDirectory.appendingPathComponent("metrics.yaml"), encoding: .utf8)
        var id = "?", stated: String?
        var checked = 0
        for line in text.components(separatedBy: "\n") {
            if let value = Self.rawValue("id", in: line) { id = value; stated = nil }
            if let value = Self.rawValue("stated", in: line) { stated = value }
            if let value = Self.rawValue("value", in: line), let stated {
                if let written = Self.arabicNumber(in: stated) {
                    #expect(value == written, "\(id): value \"\(value)\" but stated writes \(written)")
                    checked += 1
                }
            }
        }
        #expect(checked == TestSupport.bundled.dataset.metrics.filter { Self.arabicNumber(in: $0.stated) != nil }.count)
    }

    /// Value of the first run of Chinese numerals in `text` (四届 → 4, 破百亿 → 10^10, 超万家 → 10^4).
    static func chineseNumeral(in text: String) -> Int? {
        let digits: [Character: Int] = ["零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                                        "六": 6, "七": 7, "八": 8, "九": 9]
        let small: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
        let large: [Character: Int] = ["万": 10_000, "亿": 100_000_000]
        let characters = Array(text)
        guard let start = characters.firstIndex(where: { digits[$0] != nil || small[$0] != nil || large[$0] != nil }) else {
            return nil
        }
        var total = 0, section = 0, number = 0
        var index = start
        while index < characters.count {
            let c = characters[index]
            if let d = digits[c] {
                number = d
            } else if let unit = small[c] {
                section += (number == 0 ? 1 : number) * unit
                number = 0
            } else if let unit = large[c] {
                let part = section + number
                total = (total + (part == 0 ? 1 : part)) * unit
                section = 0
                number = 0
            } else {
                break
            }
            index += 1
        }
        return total + section + number
    }

    @Test("figures written in Chinese numerals (四届, 破百亿, 超万家) hold the same number in value × scale")
    func chineseNumeralFiguresMatchValue() throws {
        let dataset = try TestSupport.bundledDataset()
        let noDigits = dataset.metrics.filter { Self.arabicNumber(in: $0.stated) == nil }
        #expect(noDigits.count >= 5)
        for metric in noDigits {
            let number = try #require(Self.chineseNumeral(in: metric.stated), "\(metric.id): no numeral in \(metric.stated)")
            #expect(metric.normalized == ExactDecimal(String(number)),
                    "\(metric.id): \(metric.stated) reads \(number) but value × scale is \(metric.normalized)")
        }
    }

    @Test("every qualifier token in `stated` is kept in `qualifier`")
    func qualifiersAreKept() throws {
        let dataset = try TestSupport.bundledDataset()
        for metric in dataset.metrics {
            if let qualifier = metric.qualifier {
                #expect(metric.stated.contains(qualifier.rawValue), "\(metric.id): qualifier \(qualifier.rawValue) not in \(metric.stated)")
            } else {
                for token in ["超", "近", "约", "余", "多", "+", "以上", "左右"] {
                    // 破 and 接近 are covered by 近/超 checks elsewhere; a bare figure carries no token.
                    #expect(!metric.stated.contains(token), "\(metric.id): \(metric.stated) has \(token) but no qualifier")
                }
            }
        }
    }

    struct SpotCheck: Sendable, CustomTestStringConvertible {
        var id: String
        var stated: String
        var value: String
        var scale: Scale
        var unit: MetricUnit
        var qualifier: Qualifier?
        var normalized: String
        var testDescription: String { id }
    }

    static let spotChecks: [SpotCheck] = [
        SpotCheck(id: "city-gdp-2021", stated: "4.32万亿元", value: "4.32", scale: .wanyi, unit: .yuan, qualifier: nil,
                  normalized: "4320000000000"),
        SpotCheck(id: "online-new-economy-2021", stated: "1.3万亿", value: "1.3", scale: .wanyi, unit: .none, qualifier: nil,
                  normalized: "1300000000000"),
        SpotCheck(id: "smes-on-platforms", stated: "超12万家", value: "12", scale: .wan, unit: .jia, qualifier: .chao,
                  normalized: "120000"),
        SpotCheck(id: "outdoor-5g-base-stations", stated: "4.5万个", value: "4.5", scale: .wan, unit: .ge, qualifier: nil,
                  normalized: "45000"),
        SpotCheck(id: "iip-linked-firms", stated: "120多万家", value: "120", scale: .wan, unit: .jia, qualifier: .duo,
                  normalized: "1200000"),
        SpotCheck(id: "industrial-value-added-2021", stated: "10738.8亿元", value: "10738.8", scale: .yi, unit: .yuan,
                  qualifier: nil, normalized: "1073880000000"),
        SpotCheck(id: "yangpu-services-revenue-2020", stated: "1114.17亿元", value: "1114.17", scale: .yi, unit: .yuan,
                  qualifier: nil, normalized: "111417000000"),
        SpotCheck(id: "ai-core-firms-share", stated: "20%左右", value: "20", scale: .none, unit: .percent, qualifier: .zuoyou,
                  normalized: "20"),
        SpotCheck(id: "smart-factories-target", stated: "100+", value: "100", scale: .none, unit: .none, qualifier: .plus,
                  normalized: "100"),
        SpotCheck(id: "west-bund-office-space", stated: "140万方", value: "140", scale: .wan, unit: .fang, qualifier: nil,
                  normalized: "1400000"),
        SpotCheck(id: "cec-firms-so-far", stated: "接近1万家", value: "1", scale: .wan, unit: .jia, qualifier: .jiejin,
                  normalized: "10000"),
        SpotCheck(id: "yrd-identifier-registrations", stated: "破百亿", value: "100", scale: .yi, unit: .none, qualifier: .po,
                  normalized: "10000000000"),
    ]

    @Test("key figures have their exact values", arguments: spotChecks)
    func keyFigures(_ check: SpotCheck) throws {
        let dataset = try TestSupport.bundledDataset()
        let metric = try #require(dataset.metric(check.id), "no metric \(check.id)")
        #expect(metric.stated == check.stated)
        #expect(metric.value.description == check.value)
        #expect(metric.value == ExactDecimal(check.value))
        #expect(metric.scale == check.scale)
        #expect(metric.unit == check.unit)
        #expect(metric.qualifier == check.qualifier)
        #expect(metric.normalized.description == check.normalized)
    }

    @Test("GDP 2021 record in full")
    func gdpRecord() throws {
        let dataset = try TestSupport.bundledDataset()
        let gdp = try #require(dataset.metric("city-gdp-2021"))
        #expect(gdp.kind == .actual)
        #expect(gdp.year == 2021)
        #expect(gdp.scope == .city)
        #expect(gdp.district == nil)
        #expect(gdp.category == .economy)
        #expect(gdp.source == "s004")
        #expect(gdp.quote == "全市GDP达到4.32万亿元,首次突破4万亿元")
    }

    // MARK: Record sets

    @Test("16 districts with unique ids and names")
    func sixteenDistricts() throws {
        let dataset = try TestSupport.bundledDataset()
        #expect(dataset.districts.count == 16)
        #expect(Set(dataset.districts.map(\.id)).count == 16)
        #expect(Set(dataset.districts.map(\.name.zh)).count == 16)
        #expect(Set(dataset.districts.map(\.id)) == [
            "huangpu", "xuhui", "changning", "jingan", "putuo", "hongkou", "yangpu", "minhang",
            "baoshan", "jiading", "pudong", "jinshan", "songjiang", "qingpu", "fengxian", "chongming",
        ])
        for district in dataset.districts {
            #expect(district.name.zh.hasPrefix(district.short.zh), "\(district.id)")
            #expect(RecordReader.isValidID(district.id))
        }
        for area in dataset.areas {
            #expect(dataset.district(area.district) != nil, "area \(area.id) → \(area.district)")
        }
    }

    @Test("5 new towns and the 24-scenario first batch")
    func fiveNewTowns() throws {
        let dataset = try TestSupport.bundledDataset()
        #expect(dataset.newTowns.map(\.id) == ["jiading", "qingpu", "songjiang", "fengxian", "nanhui"])
        #expect(dataset.newTowns.first { $0.id == "nanhui" }?.district == "pudong")
        for town in dataset.newTowns {
            #expect(dataset.district(town.district) != nil, "\(town.id)")
            #expect(!town.scenarios.isEmpty, "\(town.id)")
            if let stated = town.scenarioCountStated {
                #expect(town.quote.contains(stated), "\(town.id)")
                #expect(town.scenarioCount == Self.chineseNumeral(in: stated), "\(town.id)")
            }
        }
        let batch = try #require(dataset.scenarioBatch)
        #expect(batch.total == 24)
        #expect(batch.categories.count == 4)
        #expect(batch.quote.contains(batch.totalStated))
    }

    @Test("8 demo zones, each in a known district, naming known metrics")
    func eightDemoZones() throws {
        let dataset = try TestSupport.bundledDataset()
        #expect(dataset.zones.count == 8)
        #expect(Set(dataset.zones.map(\.id)).count == 8)
        let areaIDs = Set(dataset.areas.map(\.id))
        for zone in dataset.zones {
            #expect(dataset.district(zone.district) != nil, "\(zone.id)")
            if let area = zone.area {
                #expect(areaIDs.contains(area), "\(zone.id): area \(area)")
                #expect(dataset.areas.first { $0.id == area }?.district == zone.district, "\(zone.id): area in another district")
            }
            #expect(dataset.metrics(zone.metrics).count == zone.metrics.count, "\(zone.id)")
            #expect(!zone.highlights.isEmpty, "\(zone.id)")
        }
    }

    @Test("5 signed projects, each with 2 parties")
    func fiveSignedProjects() throws {
        let dataset = try TestSupport.bundledDataset()
        let signed = dataset.projects.filter { $0.kind == .signedProject }
        #expect(signed.count == 5)
        #expect(Set(signed.map(\.id)) == [
            "public-computing-platform", "fire-5g", "sports-digital-twin", "qingpu-yrd-digital-trunk", "e-port-metaverse",
        ])
        for project in signed {
            #expect(project.parties.count == 2, "\(project.id)")
            for party in project.parties {
                #expect(project.quote.contains(party.zh), "\(project.id): party \(party.zh) not named in the quote")
            }
        }
    }

    @Test("every target has target_year or horizon; every actual has a year and no target_year")
    func targetsHaveAYearOrHorizon() throws {
        let dataset = try TestSupport.bundledDataset()
        let targets = dataset.metrics.filter { $0.kind == .target }
        #expect(!targets.isEmpty)
        for metric in targets {
            #expect(metric.targetYear != nil || metric.horizon != nil, "\(metric.id)")
        }
        for metric in dataset.metrics where metric.kind == .actual {
            #expect(metric.year != nil, "\(metric.id)")
            #expect(metric.targetYear == nil, "\(metric.id)")
        }
        #expect(dataset.metric("digital-core-output-2024-target")?.targetYear == 2024)
    }

    @Test("every id reference resolves")
    func referencesResolve() throws {
        let dataset = try TestSupport.bundledDataset()
        let districtIDs = Set(dataset.districts.map(\.id))
        let subjects = Set(dataset.newTowns.map(\.id) + dataset.zones.map(\.id) + dataset.actions.map(\.id)
            + dataset.projects.map(\.id))
        for metric in dataset.metrics {
            if let district = metric.district { #expect(districtIDs.contains(district), "\(metric.id)") }
            if let subject = metric.subject { #expect(subjects.contains(subject), "\(metric.id): subject \(subject)") }
            if metric.scope == .district { #expect(metric.district != nil, "\(metric.id)") }
        }
        for action in dataset.actions {
            #expect(dataset.metrics(action.metrics).count == action.metrics.count, "\(action.id)")
        }
        for project in dataset.projects {
            #expect(dataset.metrics(project.metrics).count == project.metrics.count, "\(project.id)")
            if let district = project.district { #expect(districtIDs.contains(district), "\(project.id)") }
        }
        for event in dataset.events {
            if let district = event.district { #expect(districtIDs.contains(district), "\(event.id)") }
        }
        for file in [dataset.metrics.map(\.id), dataset.zones.map(\.id), dataset.actions.map(\.id),
                     dataset.projects.map(\.id), dataset.events.map(\.id), dataset.newTowns.map(\.id)] {
            #expect(Set(file).count == file.count, "duplicate ids")
        }
    }

    @Test("events are sorted by date and dated YYYY-MM-DD or YYYY-MM")
    func eventsSortedByDate() throws {
        let dataset = try TestSupport.bundledDataset()
        #expect(dataset.events.count >= 10)
        let dates = dataset.events.map(\.date)
        #expect(dates == dates.sorted())
        for event in dataset.events {
            #expect(ISODate.isValid(event.date) || ISODate.isValidMonth(event.date), "\(event.id): \(event.date)")
        }
        #expect(dataset.events.first?.id == "digital-city-forum-2020")
    }

    // MARK: Validation against the articles

    @Test("validating against the seed articles yields no diagnostics", TestSupport.needsArticles)
    func validateAgainstSeeds() throws {
        let seeds = try TestSupport.requireSeeds()
        let result = try DatasetLoader(articlesDirectory: seeds).load(directory: TestSupport.dataDirectory)
        #expect(result.diagnostics.isEmpty,
                "validate diagnostics:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))")
    }

    /// Copies the seed articles into a temp directory.
    static func copyOfSeeds(_ seeds: URL) throws -> URL {
        let copy = try TestSupport.makeTemporaryDirectory("citydash-seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) {
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        return copy
    }

    @Test("an article altered by one character makes the quote that relies on it fail, located at that quote", TestSupport.needsArticles)
    func alteredArticleIsReported() throws {
        let seeds = try TestSupport.requireSeeds()
        let dataset = try TestSupport.bundledDataset()
        let copy = try Self.copyOfSeeds(seeds)
        defer { TestSupport.removeQuietly(copy) }
        let source = try #require(dataset.source("s004"))
        let articleURL = copy.appendingPathComponent(source.file)
        let original = try String(contentsOf: articleURL, encoding: .utf8)
        let fragment = "全市GDP达到4.32万亿元"
        #expect(original.contains(fragment))
        let altered = original.replacingOccurrences(of: fragment, with: "全市GDP达到4.33万亿元")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: articleURL.path)
        try Data(altered.utf8).write(to: articleURL)

        let result = try DatasetLoader(articlesDirectory: copy).load(directory: TestSupport.dataDirectory)
        let metricsText = try String(contentsOf: TestSupport.dataDirectory.appendingPathComponent("metrics.yaml"), encoding: .utf8)
        let index = try #require(dataset.metrics.firstIndex { $0.id == "city-gdp-2021" })
        let expectedLine = TestSupport.line(of: "quote: \"全市GDP达到4.32万亿元", in: metricsText)
        let expectedColumn = TestSupport.column(of: "\"全市GDP达到4.32万亿元", in: metricsText)
        let diagnostic = try #require(result.diagnostics.first { $0.message.hasPrefix("metrics[\(index)].quote") },
                                      "no quote diagnostic; got \(result.diagnostics.map(\.description))")
        #expect(diagnostic.file == "metrics.yaml")
        #expect(diagnostic.line == expectedLine)
        #expect(diagnostic.column == expectedColumn)
        #expect(diagnostic.message.contains("s004"))
        // Only quotes containing the altered text fail.
        #expect(!result.diagnostics.isEmpty)
        for other in result.diagnostics {
            #expect(other.message.contains(".quote:"), "unexpected: \(other)")
        }
        let affected = Self.citedRecords(dataset).filter { $0.source == "s004" && $0.quote.contains("4.32万亿元") }
        #expect(result.diagnostics.count == affected.count)
    }

    @Test("an article missing from the articles directory is reported against sources.yaml", TestSupport.needsArticles)
    func missingArticleIsReported() throws {
        let seeds = try TestSupport.requireSeeds()
        let dataset = try TestSupport.bundledDataset()
        let copy = try Self.copyOfSeeds(seeds)
        defer { TestSupport.removeQuietly(copy) }
        let source = try #require(dataset.source("s002"))
        try FileManager.default.removeItem(at: copy.appendingPathComponent(source.file))
        let result = try DatasetLoader(articlesDirectory: copy).load(directory: TestSupport.dataDirectory)
        #expect(result.diagnostics.count == 1)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.file == "sources.yaml")
        #expect(diagnostic.message.contains("s002"))
        #expect(diagnostic.message.contains(source.file))
    }
}
