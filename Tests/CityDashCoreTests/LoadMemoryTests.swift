import Testing
@testable import CityDashCore

/// What keeps a 100,000-metric load small (issue 11): the compact `Metric`, its box of rare
/// fields, and `IDTable`, each checked to behave as the plain fields and dictionaries it replaced.
@Suite("Load memory")
struct LoadMemoryTests {
    typealias T = TestSupport

    static func metric(id: String = "m", short: Localized? = nil, asOf: String? = nil,
                       horizon: Localized? = nil, note: Localized? = nil) -> Metric {
        Metric(id: id, name: Localized(zh: "指标", en: "Metric"), stated: "70%", value: ExactDecimal("70") ?? ExactDecimal("0")!,
               scale: .none, unit: .percent, qualifier: nil, year: 2021, asOf: asOf, kind: .actual, targetYear: nil,
               horizon: horizon, scope: .city, district: nil, subject: nil, category: .economy, source: "s004",
               quote: "70%", note: note, measure: .share, short: short)
    }

    @Test("a metric is at most 176 bytes inline: 100,000 of them are one array of 17.6 MB")
    func metricSize() {
        #expect(MemoryLayout<Metric>.stride <= 176, "\(MemoryLayout<Metric>.stride) bytes")
    }

    @Test("years read back as set, however wide, and nil stays nil")
    func years() {
        for year in [nil, 2021, 0, -1, Int(Int32.max), Int(Int32.min), Int(Int32.min) + 1, Int(Int32.min) + 2,
                     Int.max, Int.min] as [Int?] {
            var metric = Self.metric()
            metric.year = year
            metric.targetYear = year.map { $0 == Int.min ? $0 : $0 - 1 }
            #expect(metric.year == year)
            #expect(metric.targetYear == year.map { $0 == Int.min ? $0 : $0 - 1 })
            #expect(metric.asOf == nil)
            metric.asOf = "x"
            #expect(metric.year == year, "a rare field set later keeps a wide year")
            let built = Metric(id: "m", name: metric.name, stated: "70%", value: metric.value, scale: .none, unit: .percent,
                               qualifier: nil, year: year, asOf: nil, kind: .target, targetYear: year, horizon: nil,
                               scope: .city, district: nil, subject: nil, category: .economy, source: "s004",
                               quote: "70%", note: nil)
            #expect(built.year == year && built.targetYear == year)
        }
        var wide = Self.metric()
        wide.year = Int.max
        var other = Self.metric()
        other.year = Int.max - 1
        #expect(wide != other)
    }

    @Test("the rare fields read back as set, each on its own, and a copy keeps its own values")
    func rareFieldsRoundTrip() {
        var metric = Self.metric()
        #expect(metric.short == nil && metric.asOf == nil && metric.horizon == nil && metric.note == nil)
        let copy = metric
        metric.asOf = "截至2020年底"
        metric.horizon = Localized(zh: "未来三年", en: "next three years")
        #expect(metric.asOf == "截至2020年底")
        #expect(metric.horizon?.en == "next three years")
        #expect(metric.short == nil && metric.note == nil)
        #expect(copy.asOf == nil && copy.horizon == nil)
        #expect(metric != copy)
        metric.asOf = nil
        metric.horizon = nil
        #expect(metric == copy)
        #expect(metric.hashValue == copy.hashValue)
        let built = Self.metric(short: Localized(zh: "短", en: "S"), note: Localized(zh: "注", en: "N"))
        #expect(built.short?.zh == "短" && built.note?.en == "N" && built.asOf == nil)
    }

    @Test("equal rare fields are shared between metrics; texts equal only canonically are not")
    func rareFieldsSharing() {
        var pool = Set<Metric.RareFields.ExactKey>()
        var a = Self.metric(id: "a", asOf: "截至2020年底")
        var b = Self.metric(id: "b", asOf: "截至2020年底")
        // é as one scalar and as e + U+0301: equal as Strings, different bytes.
        var c = Self.metric(id: "c", asOf: "caf\u{E9}")
        var d = Self.metric(id: "d", asOf: "cafe\u{301}")
        for index in [0, 1, 2, 3] {
            switch index {
            case 0: a.shareRareFields(&pool)
            case 1: b.shareRareFields(&pool)
            case 2: c.shareRareFields(&pool)
            default: d.shareRareFields(&pool)
            }
        }
        #expect(pool.count == 3)
        #expect(Array(c.asOf?.utf8 ?? "".utf8) == Array("caf\u{E9}".utf8))
        #expect(Array(d.asOf?.utf8 ?? "".utf8) == Array("cafe\u{301}".utf8))
        #expect(a.asOf == "截至2020年底" && b.asOf == "截至2020年底")
    }

    @Test("IDTable finds the first record of each id, misses unknown ids, and survives growing")
    func idTable() {
        struct Record: Identifiable { var id: String; var n: Int }
        var records: [Record] = []
        var table = IDTable()
        for n in 0..<5_000 {
            records.append(Record(id: "record-\(n % 4_000)", n: n))
            let earlier = table.insert(records.count - 1, of: records)
            #expect((earlier != nil) == (n >= 4_000))
            if let earlier { #expect(records[earlier].n == n - 4_000) }
        }
        #expect(table.count == 4_000)
        for n in stride(from: 0, to: 4_000, by: 37) {
            #expect(table.position(of: "record-\(n)", in: records) == n)
        }
        #expect(table.position(of: "record-4000", in: records) == nil)
        #expect(IDTable().position(of: "x", in: records) == nil)
        let built = IDTable(records)
        #expect(built.count == 4_000 && built.position(of: "record-3999", in: records) == 3_999)
    }

    @Test("a duplicate id after a broken record names the first record's place in the list")
    func duplicateAfterBrokenRecord() {
        let yaml = "metrics:\n" + T.metricYAML(id: "m0", ["stated": nil]) + T.metricYAML(id: "m1") + T.metricYAML(id: "m1")
        let result = T.load(replacing: ["metrics.yaml": yaml])
        let duplicates = result.diagnostics.filter { $0.message.contains("duplicate id") }
        #expect(duplicates.map(\.message) == ["metrics[2].id: duplicate id \"m1\" (first used by metrics[1])"])
        #expect(result.dataset.metrics.map(\.id) == ["m1"])
        #expect(result.dataset.metric("m1") != nil && result.dataset.metric("m0") == nil)
    }

    @Test("a reference to a metric is checked against the metrics read and the broken ones")
    func metricReferences() {
        let yaml = "metrics:\n" + T.metricYAML(id: "m0", ["stated": nil]) + T.metricYAML(id: "m1")
        let dataset = T.load(replacing: ["metrics.yaml": yaml]).dataset
        let known = KnownIDs(metricsOf: dataset, broken: ["m0"])
        #expect(known.contains("m1") && known.contains("m0"))
        #expect(!known.contains("m2") && !known.contains("M1"))
        #expect(!KnownIDs(metricsOf: Dataset(), broken: []).contains("m1"))
    }
}
