import Testing
@testable import CityDashCore

/// Figures in Chinese reproduce the article's form; in English they are exact numbers with the
/// qualifier's meaning kept. Nothing is ever rounded.
@Suite("Figure formatter")
struct FigureFormatterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var value: String
        var scale: Scale
        var unit: MetricUnit
        var qualifier: Qualifier?
        var zh: String
        var en: String
        var testDescription: String { zh }

        init(_ value: String, _ scale: Scale, _ unit: MetricUnit, _ qualifier: Qualifier?, zh: String, en: String) {
            self.value = value
            self.scale = scale
            self.unit = unit
            self.qualifier = qualifier
            self.zh = zh
            self.en = en
        }
    }

    static let cases: [Case] = [
        // Scales and yuan amounts.
        Case("4.32", .wanyi, .yuan, nil, zh: "4.32万亿元", en: "CNY 4.32 trillion"),
        Case("1114.17", .yi, .yuan, nil, zh: "1114.17亿元", en: "CNY 111,417 million"),
        Case("10738.8", .yi, .yuan, nil, zh: "10738.8亿元", en: "CNY 1,073.88 billion"),
        Case("42014", .yi, .yuan, nil, zh: "42014亿元", en: "CNY 4,201.4 billion"),
        Case("1500", .yi, .yuan, nil, zh: "1500亿元", en: "CNY 150 billion"),
        Case("1114.17", .wan, .yuan, nil, zh: "1114.17万元", en: "CNY 11.1417 million"),
        Case("500", .none, .yuan, nil, zh: "500元", en: "CNY 500"),
        Case("1.3", .wanyi, .none, nil, zh: "1.3万亿", en: "1.3 trillion"),
        // Counts: the bare number, grouped.
        Case("4.5", .wan, .ge, nil, zh: "4.5万个", en: "45,000"),
        Case("820", .wan, .tai, nil, zh: "820万台", en: "8,200,000"),
        Case("150", .wan, .ge, nil, zh: "150万个", en: "1,500,000"),
        Case("10000", .none, .kuan, nil, zh: "10000款", en: "10,000"),
        Case("16", .none, .jia, nil, zh: "16家", en: "16"),
        Case("12", .none, .tiao, nil, zh: "12条", en: "12"),
        Case("3", .none, .pi, nil, zh: "3批", en: "3"),
        Case("4", .none, .jie, nil, zh: "4届", en: "4"),
        Case("7", .none, .none, nil, zh: "7", en: "7"),
        // Measures.
        Case("3.2", .none, .squareKilometre, nil, zh: "3.2平方公里", en: "3.2 km²"),
        Case("225", .none, .kilometre, nil, zh: "225公里", en: "225 km"),
        Case("140", .wan, .fang, nil, zh: "140万方", en: "1,400,000 m²"),
        Case("50", .none, .squareMetre, nil, zh: "50平方米", en: "50 m²"),
        Case("7", .none, .nanometre, nil, zh: "7纳米", en: "7 nm"),
        Case("12.6", .none, .percent, nil, zh: "12.6%", en: "12.6%"),
        // Qualifiers before the number.
        Case("12", .wan, .jia, .chao, zh: "超12万家", en: "120,000+"),
        Case("40", .wan, .none, .chao, zh: "超40万", en: "400,000+"),
        Case("20", .none, .percent, .chao, zh: "超20%", en: "over 20%"),
        Case("6", .wan, .jia, .chaoguo, zh: "超过6万家", en: "60,000+"),
        Case("2.6", .wanyi, .yuan, .chaoguo, zh: "超过2.6万亿元", en: "over CNY 2.6 trillion"),
        Case("1400", .yi, .yuan, .chaoguo, zh: "超过1400亿元", en: "over CNY 140 billion"),
        Case("100", .yi, .none, .po, zh: "破100亿", en: "10 billion+"),
        Case("100", .none, .ge, .jin, zh: "近100个", en: "nearly 100"),
        Case("1", .wan, .jia, .jiejin, zh: "接近1万家", en: "nearly 10,000"),
        Case("5", .wan, .ge, .yue, zh: "约5万个", en: "about 50,000"),
        Case("2.5", .yi, .yuan, .yue, zh: "约2.5亿元", en: "about CNY 250 million"),
        // Qualifiers after the number, before the scale.
        Case("120", .wan, .jia, .duo, zh: "120多万家", en: "1,200,000+"),
        Case("200", .none, .ge, .duo, zh: "200多个", en: "200+"),
        Case("280", .none, .ge, .yu, zh: "280余个", en: "280+"),
        Case("4000", .none, .jia, .yu, zh: "4000余家", en: "4,000+"),
        Case("200", .none, .ren, .yu, zh: "200余人", en: "200+"),
        // After number and scale.
        Case("100", .none, .none, .plus, zh: "100+", en: "100+"),
        Case("3", .wan, .ge, .plus, zh: "3万+个", en: "30,000+"),
        // After the unit.
        Case("10", .none, .percent, .yishang, zh: "10%以上", en: "over 10%"),
        Case("1000", .none, .jia, .yishang, zh: "1000家以上", en: "1,000+"),
        Case("1000", .yi, .none, .yishang, zh: "1000亿以上", en: "100 billion+"),
        Case("20", .none, .percent, .zuoyou, zh: "20%左右", en: "about 20%"),
        Case("3", .wan, .ge, .zuoyou, zh: "3万个左右", en: "about 30,000"),
    ]

    static func decimal(_ text: String) -> ExactDecimal {
        guard let value = ExactDecimal(text) else { fatalError("bad test value \(text)") }
        return value
    }

    @Test("Chinese and English forms", arguments: cases)
    func formats(_ c: Case) {
        let value = Self.decimal(c.value)
        #expect(FigureFormatter.chinese(value: value, scale: c.scale, unit: c.unit, qualifier: c.qualifier) == c.zh)
        #expect(FigureFormatter.english(value: value, scale: c.scale, unit: c.unit, qualifier: c.qualifier) == c.en)
    }

    @Test("the table covers every scale, every unit and every qualifier token")
    func tableCoversEverything() {
        #expect(Set(Self.cases.map(\.scale)) == Set(Scale.allCases))
        #expect(Set(Self.cases.map(\.unit)) == Set(MetricUnit.allCases))
        #expect(Set(Self.cases.compactMap(\.qualifier)) == Set(Qualifier.allCases))
    }

    @Test("each qualifier stands where the article writes it")
    func qualifierPositions() {
        let expected: [Qualifier: Qualifier.Position] = [
            .chao: .beforeNumber, .chaoguo: .beforeNumber, .po: .beforeNumber, .jin: .beforeNumber,
            .jiejin: .beforeNumber, .yue: .beforeNumber, .yu: .afterNumber, .duo: .afterNumber,
            .plus: .afterScale, .yishang: .afterUnit, .zuoyou: .afterUnit,
        ]
        #expect(expected.count == Qualifier.allCases.count)
        for qualifier in Qualifier.allCases {
            #expect(qualifier.position == expected[qualifier], "\(qualifier.rawValue)")
            let zh = FigureFormatter.chinese(value: Self.decimal("12"), scale: .wan, unit: .jia, qualifier: qualifier)
            let token = qualifier.rawValue
            switch expected[qualifier]! {
            case .beforeNumber: #expect(zh == token + "12万家")
            case .afterNumber: #expect(zh == "12" + token + "万家")
            case .afterScale: #expect(zh == "12万" + token + "家")
            case .afterUnit: #expect(zh == "12万家" + token)
            }
        }
    }

    @Test("each qualifier's meaning is kept in English")
    func qualifierMeaningsInEnglish() {
        for qualifier in Qualifier.allCases {
            let count = FigureFormatter.english(value: Self.decimal("12"), scale: .wan, unit: .jia, qualifier: qualifier)
            let amount = FigureFormatter.english(value: Self.decimal("12"), scale: .yi, unit: .yuan, qualifier: qualifier)
            switch qualifier.meaning {
            case .moreThan:
                #expect(count == "120,000+", "\(qualifier.rawValue)")
                #expect(amount == "over CNY 1.2 billion", "\(qualifier.rawValue)")
            case .nearly:
                #expect(count == "nearly 120,000", "\(qualifier.rawValue)")
                #expect(amount == "nearly CNY 1.2 billion", "\(qualifier.rawValue)")
            case .about:
                #expect(count == "about 120,000", "\(qualifier.rawValue)")
                #expect(amount == "about CNY 1.2 billion", "\(qualifier.rawValue)")
            }
        }
        #expect(Qualifier.jin.meaning == .nearly && Qualifier.jiejin.meaning == .nearly)
        #expect(Qualifier.yue.meaning == .about && Qualifier.zuoyou.meaning == .about)
    }

    @Test("no rounding ever, however many digits")
    func noRounding() {
        let long = Self.decimal("1.23456789012345678")
        #expect(FigureFormatter.chinese(value: long, scale: .wanyi, unit: .yuan, qualifier: nil) == "1.23456789012345678万亿元")
        #expect(FigureFormatter.english(value: long, scale: .wanyi, unit: .yuan, qualifier: nil) == "CNY 1,234,567.89012345678 million")
        let huge = Self.decimal("123456789.123456789")
        #expect(FigureFormatter.english(value: huge, scale: .yi, unit: .yuan, qualifier: nil) == "CNY 12,345,678,912.3456789 million")
        #expect(FigureFormatter.english(value: huge, scale: .none, unit: .ge, qualifier: nil) == "123,456,789.123456789")
        #expect(FigureFormatter.english(value: Self.decimal("0.05"), scale: .none, unit: .percent, qualifier: nil) == "0.05%")
        #expect(FigureFormatter.english(value: Self.decimal("99999.99"), scale: .wan, unit: .ge, qualifier: nil) == "999,999,900")
        #expect(FigureFormatter.english(value: Self.decimal("0.0001"), scale: .wan, unit: .ge, qualifier: nil) == "1")
    }

    @Test("Chinese keeps the value's digits; English keeps every significant digit of value × scale (bundled data)")
    func bundledFiguresKeepTheirDigits() throws {
        let dataset = try TestSupport.bundledDataset()
        for metric in dataset.metrics {
            let english = FigureFormatter.english(metric)
            let digits = String(english.filter { $0.isASCII && $0.isNumber })
            let significant = metric.normalized.digits
            #expect(digits.hasPrefix(significant) && digits.dropFirst(significant.count).allSatisfy { $0 == "0" },
                    "\(metric.id): \(english) does not carry \(metric.normalized)")
            #expect(!english.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(metric.id): \(english)")
            if metric.qualifier != nil {
                #expect(english.hasSuffix("+") || english.hasPrefix("over ") || english.hasPrefix("nearly ")
                    || english.hasPrefix("about "), "\(metric.id): \(english) drops the qualifier")
            }
            #expect(FigureFormatter.format(metric, .en) == english)
            #expect(FigureFormatter.format(metric, .zh) == FigureFormatter.chinese(metric))
        }
    }

    @Test("bundled key figures in English",
          arguments: [
            ("city-gdp-2021", "CNY 4.32 trillion"),
            ("yangpu-services-revenue-2020", "CNY 111,417 million"),
            ("industrial-value-added-2021", "CNY 1,073.88 billion"),
            ("outdoor-5g-base-stations", "45,000"),
            ("smes-on-platforms", "120,000+"),
            ("iip-linked-firms", "1,200,000+"),
            ("ai-core-firms-share", "about 20%"),
            ("online-new-economy-growth-2021", "over 20%"),
            ("lingang-twin-area", "3.2 km²"),
            ("west-bund-office-space", "1,400,000 m²"),
            ("digital-core-output-2024-target", "over CNY 2.6 trillion"),
            ("cec-cities-surveyed", "nearly 100"),
            ("smart-factories-target", "100+"),
          ])
    func bundledEnglish(_ id: String, _ expected: String) throws {
        let dataset = try TestSupport.bundledDataset()
        let metric = try #require(dataset.metric(id))
        #expect(FigureFormatter.english(metric) == expected)
    }

    static func metric(kind: MetricKind, year: Int?, targetYear: Int?, horizon: Localized?, asOf: String? = nil) -> Metric {
        Metric(id: "m", name: Localized(zh: "指标", en: "Metric"), stated: "70%", value: decimal("70"), scale: .none,
               unit: .percent, qualifier: nil, year: year, asOf: asOf, kind: kind, targetYear: targetYear, horizon: horizon,
               scope: .city, district: nil, subject: nil, category: .economy, source: "s004", quote: "70%", note: nil)
    }

    @Test("year labels for actual figures and targets")
    func whenLabels() {
        let horizon = Localized(zh: "未来三年", en: "in the next three years")
        let targetYear = Self.metric(kind: .target, year: nil, targetYear: 2024, horizon: nil)
        #expect(FigureFormatter.when(targetYear, .zh) == "2024年目标")
        #expect(FigureFormatter.when(targetYear, .en) == "target 2024")
        let targetHorizon = Self.metric(kind: .target, year: nil, targetYear: nil, horizon: horizon)
        #expect(FigureFormatter.when(targetHorizon, .zh) == "目标·未来三年")
        #expect(FigureFormatter.when(targetHorizon, .en) == "target, in the next three years")
        let actual = Self.metric(kind: .actual, year: 2021, targetYear: nil, horizon: nil)
        #expect(FigureFormatter.when(actual, .zh) == "2021年")
        #expect(FigureFormatter.when(actual, .en) == "2021")
        let asOf = Self.metric(kind: .actual, year: nil, targetYear: nil, horizon: nil, asOf: "截至2020年底")
        #expect(FigureFormatter.when(asOf, .zh) == "截至2020年底")
    }
}
