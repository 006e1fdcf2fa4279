import Testing
@testable import CityDashCore

/// The `measure` and `short` fields of metrics: loaded when valid, refused with the file, line
/// and field when not, and set sensibly for every bundled figure.
@Suite("Metric measure and short label")
struct MetricMeasureAndShortTests {
    typealias T = TestSupport

    func load(_ overrides: [String: String?], extra: [String] = []) -> LoadResult {
        T.load(replacing: ["metrics.yaml": "metrics:\n" + T.metricYAML(overrides, extra: extra)])
    }

    /// A percentage quoted from the minimal data set's GDP sentence is not needed: the checks
    /// here are on fields, and the quote check only needs `stated` inside `quote`.
    static let percent: [String: String?] = [
        "stated": "\"20%\"", "value": "\"20\"", "scale": "none", "unit": "\"%\"", "quote": "\"增速超20%\"",
    ]

    @Test func validMeasureAndShortAreLoaded() throws {
        let result = load(Self.percent, extra: ["measure: growth", "short: {zh: \"增速\", en: \"Growth\"}"])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let metric = try #require(result.dataset.metric("m1"))
        #expect(metric.measure == .growth)
        #expect(metric.short == Localized(zh: "增速", en: "Growth"))
        #expect(metric.shortName == Localized(zh: "增速", en: "Growth"))
    }

    @Test func aMissingMeasureIsDerivedFromTheUnitExceptForPercentages() throws {
        let gdp = load([:])
        #expect(gdp.diagnostics.isEmpty, "\(gdp.diagnostics.map(\.description))")
        #expect(try #require(gdp.dataset.metric("m1")).measure == .amount)
        #expect(try #require(gdp.dataset.metric("m1")).shortName.en == "City GDP")
        let result = load(Self.percent)
        #expect(result.diagnostics.count == 1)
        let message = result.diagnostics.first?.description ?? ""
        #expect(message.contains("metrics.yaml:"), "\(message)")
        #expect(message.contains("metrics[0].measure") && message.contains("share"), "\(message)")
    }

    @Test func anUnknownMeasureIsRefusedWithItsLine() {
        let yaml = "metrics:\n" + T.metricYAML(extra: ["measure: speed"])
        let result = T.load(replacing: ["metrics.yaml": yaml])
        #expect(result.diagnostics.count == 1)
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.line == T.line(of: "measure: speed", in: yaml))
        #expect(diagnostic?.message.contains("\"speed\"") == true && diagnostic?.message.contains("growth") == true,
                "\(String(describing: diagnostic))")
    }

    @Test func aMeasureThatDoesNotFitTheUnitIsRefused() {
        // A share of a whole in 元 is nonsense; so is a count in per cent.
        for (overrides, measure) in [([String: String?](), "share"), (Self.percent, "count")] {
            let result = load(overrides, extra: ["measure: \(measure)"])
            #expect(result.diagnostics.count == 1, "\(measure)")
            #expect(result.diagnostics.first?.message.contains("metrics[0].measure: \(measure) cannot be written in unit")
                    == true, "\(result.diagnostics.map(\.description))")
        }
    }

    @Test func aShortLabelTooWideIsRefusedInEachLanguage() {
        let wideChinese = load([:], extra: ["short: {zh: \"全市地区生产总值合计\", en: \"GDP\"}"])
        #expect(wideChinese.diagnostics.count == 1)
        #expect(wideChinese.diagnostics.first?.message.contains("metrics[0].short: zh") == true
                && wideChinese.diagnostics.first?.message.contains("20 columns wide; a short label may be at most 12") == true,
                "\(wideChinese.diagnostics.map(\.description))")
        let wideEnglish = load([:], extra: ["short: {zh: \"生产总值\", en: \"Gross domestic product of the city\"}"])
        #expect(wideEnglish.diagnostics.count == 1)
        #expect(wideEnglish.diagnostics.first?.message.contains("at most 24") == true,
                "\(wideEnglish.diagnostics.map(\.description))")
        // Exactly at the limit is fine.
        let atLimit = load([:], extra: ["short: {zh: \"一二三四五六\", en: \"abcdefghijklmnopqrstuvwx\"}"])
        #expect(atLimit.diagnostics.isEmpty, "\(atLimit.diagnostics.map(\.description))")
    }

    @Test func everyBundledFigureHasAFittingTitleAndAMeasureThatSaysWhatItIs() throws {
        let dataset = try T.bundledDataset()
        for metric in dataset.metrics {
            #expect(DisplayWidth.of(metric.shortName.zh) <= Metric.shortMaxColumnsZh, "\(metric.id)")
            #expect(DisplayWidth.of(metric.shortName.en) <= Metric.shortMaxColumnsEn, "\(metric.id)")
        }
        let measures = Dictionary(uniqueKeysWithValues: dataset.metrics.map { ($0.id, $0.measure) })
        // Shares of a whole, growth and reductions as the quotes say (增速, 提质, 降本, 缩短).
        #expect(measures["ai-talent-share"] == .share)
        #expect(measures["online-new-economy-growth-2021"] == .growth)
        #expect(measures["sme-efficiency-gain"] == .growth)
        #expect(measures["chint-cost-cut"] == .reduction)
        #expect(measures["se-cycle-time-cut"] == .reduction)
        #expect(measures["city-gdp-2021"] == .amount)
        #expect(measures["lingang-twin-area"] == .size)
        #expect(measures["iip-linked-firms"] == .count)
    }
}
