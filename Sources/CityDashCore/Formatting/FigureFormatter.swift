/// Writes a metric's figure in Chinese or English, keeping its qualifier and never rounding.
///
/// Chinese reproduces the article's form: `[超|超过|破|近|接近|约] value [余|多] scale [+] unit [以上|左右]`,
/// e.g. 4.32万亿元, 超12万家, 120多万家, 20%左右.
/// English writes the exact number: CNY 4.32 trillion, 45,000, 120,000+, about 20%, over 20%.
public enum FigureFormatter {
    public static func format(_ metric: Metric, _ language: Language) -> String {
        language == .zh ? chinese(metric) : english(metric)
    }

    public static func chinese(_ metric: Metric) -> String {
        chinese(value: metric.value, scale: metric.scale, unit: metric.unit, qualifier: metric.qualifier)
    }

    public static func chinese(value: ExactDecimal, scale: Scale, unit: MetricUnit, qualifier: Qualifier?) -> String {
        var text = ""
        if let qualifier, qualifier.position == .beforeNumber { text += qualifier.rawValue }
        text += value.description
        if let qualifier, qualifier.position == .afterNumber { text += qualifier.rawValue }
        text += scale.written
        if let qualifier, qualifier.position == .afterScale { text += qualifier.rawValue }
        text += unit.written
        if let qualifier, qualifier.position == .afterUnit { text += qualifier.rawValue }
        return text
    }

    public static func english(_ metric: Metric) -> String {
        english(value: metric.value, scale: metric.scale, unit: metric.unit, qualifier: metric.qualifier)
    }

    public static func english(value: ExactDecimal, scale: Scale, unit: MetricUnit, qualifier: Qualifier?) -> String {
        let number = value.shifted(by: scale.exponent)
        var text: String
        switch unit {
        case .yuan:
            text = "CNY " + magnitude(number, wordsFrom: 6)
        case .percent:
            text = number.formatted(grouping: true) + "%"
        default:
            text = magnitude(number, wordsFrom: 9) + (unit.englishSymbol ?? "")
        }
        switch qualifier?.meaning {
        case nil:
            return text
        case .moreThan:
            // Plain counts read naturally as "120,000+"; amounts and measures as "over CNY 2.6 trillion".
            return unit.isCount ? text + "+" : "over " + text
        case .nearly:
            return "nearly " + text
        case .about:
            return "about " + text
        }
    }

    /// `1,400,000`, or from 10^`wordsFrom` on a word: `4.32 trillion`, `111.417 billion`.
    static func magnitude(_ number: ExactDecimal, wordsFrom: Int) -> String {
        let words = [(12, "trillion"), (9, "billion"), (6, "million")]
        for (power, word) in words where power >= wordsFrom && number.integerDigitCount > power {
            return number.shifted(by: -power).formatted(grouping: true) + " " + word
        }
        return number.formatted(grouping: true)
    }

    /// The year label of a figure: `2021`, `2024 target`, `目标 2024年`, or the article's horizon.
    public static func when(_ metric: Metric, _ language: Language) -> String {
        switch (metric.kind, language) {
        case (.target, .zh):
            if let year = metric.targetYear { return "\(year)年目标" }
            return "目标·" + (metric.horizon?.zh ?? "")
        case (.target, .en):
            if let year = metric.targetYear { return "target \(year)" }
            return "target, " + (metric.horizon?.en ?? "")
        case (.actual, .zh):
            return metric.year.map { "\($0)年" } ?? (metric.asOf ?? "")
        case (.actual, .en):
            return metric.year.map { "\($0)" } ?? ""
        }
    }
}
