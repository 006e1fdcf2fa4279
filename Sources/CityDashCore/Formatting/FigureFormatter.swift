/// Writes a metric's figure in Chinese or English, keeping its qualifier and never rounding.
///
/// Chinese reproduces the article's form: `[超|超过|破|近|接近|约] value [余|多] scale [+] unit [以上|左右]`,
/// e.g. 4.32万亿元, 超12万家, 120多万家, 20%左右.
/// English writes the exact number: CNY 4.32 trillion, CNY 4,201.4 billion, 45,000, 120,000+, about 20%, over 20%.
public enum FigureFormatter {
    public static func format(_ metric: Metric, _ language: Language) -> String {
        language == .zh ? chinese(metric) : english(metric)
    }

    public static func chinese(_ metric: Metric) -> String {
        chinese(value: metric.value, scale: metric.scale, unit: metric.unit, qualifier: metric.qualifier)
    }

    /// `chinesePieces` joined, written straight into one string: every row of the figure list
    /// formats its figure, and the pieces' array was most of that.
    public static func chinese(value: ExactDecimal, scale: Scale, unit: MetricUnit, qualifier: Qualifier?) -> String {
        let position = qualifier?.position
        let mark = qualifier?.rawValue ?? ""
        var text = position == .beforeNumber ? mark : ""
        text += value.description
        if position == .afterNumber { text += mark }
        text += scale.written
        if position == .afterScale { text += mark }
        text += unit.written
        if position == .afterUnit { text += mark }
        return text
    }

    /// The pieces' texts in order, appended into one string (a key-path map and `joined` cost
    /// several times more, and every list row formats its figure).
    static func joined(_ pieces: [FigurePiece]) -> String {
        var text = ""
        for piece in pieces { text += piece.text }
        return text
    }

    /// The figure in parts, in the article's order; joined they are exactly `format(metric, language)`.
    public static func pieces(_ metric: Metric, _ language: Language) -> [FigurePiece] {
        language == .zh
            ? chinesePieces(value: metric.value, scale: metric.scale, unit: metric.unit, qualifier: metric.qualifier)
            : englishPieces(value: metric.value, scale: metric.scale, unit: metric.unit, qualifier: metric.qualifier)
    }

    public static func chinesePieces(value: ExactDecimal, scale: Scale, unit: MetricUnit,
                                     qualifier: Qualifier?) -> [FigurePiece] {
        var pieces: [FigurePiece] = []
        func add(_ piece: FigurePiece) { if !piece.text.isEmpty { pieces.append(piece) } }
        if let qualifier, qualifier.position == .beforeNumber { add(.qualifier(qualifier.rawValue)) }
        add(.number(value.description))
        if let qualifier, qualifier.position == .afterNumber { add(.qualifier(qualifier.rawValue)) }
        add(.words(scale.written))
        if let qualifier, qualifier.position == .afterScale { add(.qualifier(qualifier.rawValue)) }
        // A bare percentage's sign is drawn with its digits (20%); after a scale word it is a word.
        if unit == .percent && scale.written.isEmpty && qualifier?.position != .afterScale {
            add(.number(unit.written))
        } else {
            add(.words(unit.written))
        }
        if let qualifier, qualifier.position == .afterUnit { add(.qualifier(qualifier.rawValue)) }
        return pieces
    }

    public static func english(_ metric: Metric) -> String {
        english(value: metric.value, scale: metric.scale, unit: metric.unit, qualifier: metric.qualifier)
    }

    public static func english(value: ExactDecimal, scale: Scale, unit: MetricUnit, qualifier: Qualifier?) -> String {
        joined(englishPieces(value: value, scale: scale, unit: unit, qualifier: qualifier))
    }

    public static func englishPieces(value: ExactDecimal, scale: Scale, unit: MetricUnit,
                                     qualifier: Qualifier?) -> [FigurePiece] {
        let number = value.shifted(by: scale.exponent)
        var body: [FigurePiece]
        switch unit {
        case .yuan:
            let (digits, word) = magnitudeParts(number, wordsFrom: 6)
            body = [.words("CNY "), .number(digits)] + (word.map { [.words(" " + $0)] } ?? [])
        case .percent:
            body = [.number(number.formatted(grouping: true) + "%")]
        default:
            let (digits, word) = magnitudeParts(number, wordsFrom: 9)
            body = [.number(digits)] + (word.map { [.words(" " + $0)] } ?? [])
                + (unit.englishSymbol.map { [.words($0)] } ?? [])
        }
        switch qualifier?.meaning {
        case nil:
            return body
        case .moreThan:
            // Plain counts read naturally as "120,000+"; amounts and measures as "over CNY 2.6 trillion".
            return unit.isCount ? body + [.qualifier("+")] : [.qualifier("over"), .words(" ")] + body
        case .nearly:
            return [.qualifier("nearly"), .words(" ")] + body
        case .about:
            return [.qualifier("about"), .words(" ")] + body
        }
    }

    /// `1,400,000`, or from 10^`wordsFrom` on a word: `4.32 trillion`, `4,201.4 billion`.
    static func magnitude(_ number: ExactDecimal, wordsFrom: Int) -> String {
        let (digits, word) = magnitudeParts(number, wordsFrom: wordsFrom)
        return word.map { digits + " " + $0 } ?? digits
    }

    /// The digits and scale word of a large number. The largest word is used that leaves at most
    /// two decimals, so every stated digit stays readable (42014亿 → 4,201.4 billion, never
    /// 4.2014 trillion); a number with more precision than that takes the smallest word that applies.
    static func magnitudeParts(_ number: ExactDecimal, wordsFrom: Int) -> (String, String?) {
        let words = [(12, "trillion"), (9, "billion"), (6, "million")]
            .filter { $0.0 >= wordsFrom && number.integerDigitCount > $0.0 }
        guard !words.isEmpty else { return (number.formatted(grouping: true), nil) }
        let (power, word) = words.first { max(0, -number.shifted(by: -$0.0).exponent) <= 2 } ?? words[words.count - 1]
        return (number.shifted(by: -power).formatted(grouping: true), word)
    }

    /// The year label of a figure: `2021`, `2024 target`, `目标 2024年`, or the article's horizon.
    public static func when(_ metric: Metric, _ language: Language) -> String {
        switch (metric.kind, language) {
        case (.target, .zh):
            if let year = metric.targetYear { return String(year) + "年目标" }
            return "目标·" + (metric.horizon?.zh ?? "")
        case (.target, .en):
            if let year = metric.targetYear { return "target " + String(year) }
            return "target, " + (metric.horizon?.en ?? "")
        case (.actual, .zh):
            if let year = metric.year { return String(year) + "年" }
            return metric.asOf ?? ""
        case (.actual, .en):
            if let year = metric.year { return String(year) }
            return ""
        }
    }
}
