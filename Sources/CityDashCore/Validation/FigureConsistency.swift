/// Checks that the fields of a record say what its own words say: a metric's `value`, `scale`,
/// `unit` and `qualifier` must write its `stated` figure (the Chinese formatter's round trip),
/// and a year, month or day its quote or stated form writes must agree with the record's date
/// fields. Without this, `scale: 亿` for 4.32万亿元 would show 4.32亿元 on screen and still
/// be "valid".
///
/// Each contradiction names the field that disagrees (where it is reported) and the field that
/// says otherwise.
enum FigureConsistency {
    struct Contradiction: Equatable {
        /// The field to locate the diagnostic at.
        var field: String
        /// The whole message, starting with `path.field:`.
        var message: String
    }

    /// The fields of one metric that are checked against `stated`; nil fields were missing or
    /// already reported as malformed and are not checked again.
    struct Figure {
        var path: RecordPath
        var stated: String
        var value: ExactDecimal?
        /// `value` as written in the file, for messages.
        var valueText: String?
        var scale: Scale?
        var unit: MetricUnit?
        var qualifier: Qualifier?
        /// False when `qualifier` held something unknown (already reported).
        var qualifierIsKnown: Bool
    }

    static func contradictions(_ figure: Figure) -> [Contradiction] {
        let path = figure.path
        guard let parsed = StatedFigure.parse(figure.stated) else {
            return [Contradiction(field: "stated", message: "\(path).stated: \"\(figure.stated)\" is not a figure "
                + "value, scale, unit and qualifier can write; expected \(StatedFigure.form)")]
        }
        if parsed.qualifiers.count > 1 {
            let written = parsed.qualifiers.map(\.rawValue).joined(separator: ", ")
            return [Contradiction(field: "stated", message: "\(path).stated: \"\(figure.stated)\" writes "
                + "\(parsed.qualifiers.count) qualifiers (\(written)); a figure carries at most one")]
        }
        var found: [Contradiction] = []
        func contradict(_ field: String, _ shown: String, writes: String) {
            let stated = "\(path).stated \"\(figure.stated)\""
            found.append(Contradiction(field: field, message: "\(path).\(field): \(shown) contradicts \(stated), "
                + "which writes \(writes); value, scale, unit and qualifier must write stated exactly"))
        }
        if let value = figure.value, value != parsed.value {
            let numeral = parsed.numberText.isEmpty ? parsed.scale.rawValue : parsed.numberText
            let writes = parsed.isChinese ? "\(numeral) (= \(parsed.value))" : parsed.numberText
            contradict("value", "\"\(figure.valueText ?? value.description)\"", writes: "the number \(writes)")
        }
        if let scale = figure.scale, scale != parsed.scale {
            contradict("scale", scale.rawValue, writes: parsed.scale == .none ? "no scale (none)" : "the scale \(parsed.scale.rawValue)")
        }
        if let unit = figure.unit, unit != parsed.unit {
            contradict("unit", unit.rawValue, writes: parsed.unit == .none ? "no unit (none)" : "the unit \(parsed.unit.rawValue)")
        }
        if figure.qualifierIsKnown, figure.qualifier != parsed.qualifier {
            contradict("qualifier", figure.qualifier?.rawValue ?? "null",
                       writes: parsed.qualifier.map { "the qualifier \($0.rawValue)" } ?? "no qualifier (null)")
        }
        // Every part agrees, yet an Arabic figure must also come out of the formatter exactly as
        // written (4.30 is the number 4.3, which the formatter writes as 4.3).
        if found.isEmpty, !parsed.isChinese, let value = figure.value, let scale = figure.scale, let unit = figure.unit,
           figure.qualifierIsKnown {
            let written = FigureFormatter.chinese(value: value, scale: scale, unit: unit, qualifier: figure.qualifier)
            if written != figure.stated {
                found.append(Contradiction(field: "stated", message: "\(path).stated: \"\(figure.stated)\" but value, "
                    + "scale, unit and qualifier write \"\(written)\"; write value exactly as stated writes it"))
            }
        }
        return found
    }

    /// A contradiction when `year` (in `field`) is not a year that one of `texts` (field name,
    /// text) writes; nil when it is, or when none writes a year.
    static func year(_ year: Int?, field: String, path: RecordPath, writtenIn texts: [(field: String, text: String?)])
        -> Contradiction? {
        guard let year else { return nil }
        var writers: [(field: String, years: [Int])] = []
        for (name, text) in texts {
            guard let text else { continue }
            let years = WrittenDate(text).years
            if !years.isEmpty { writers.append((name, years)) }
        }
        guard !writers.isEmpty, !writers.contains(where: { $0.years.contains(year) }) else { return nil }
        let says = writers.map { writer in
            "\(path).\(writer.field) (which writes " + writer.years.map { "\($0)年" }.joined(separator: ", ") + ")"
        }.joined(separator: " and ")
        return Contradiction(field: field, message: "\(path).\(field): \(year) contradicts \(says); "
            + "\(field) must be a year the record's own words write")
    }

    /// A contradiction when a count (`scenario_count: 7`) is not the first number its stated form
    /// writes (七大场景, 首批24个"揭榜挂帅"场景), in Arabic digits or Chinese numerals.
    static func count(_ count: Int?, field: String, stated: String, statedField: String, path: RecordPath) -> Contradiction? {
        guard let count else { return nil }
        let written = firstNumber(in: stated)
        guard written != count else { return nil }
        let writes = written.map { "the number \($0)" } ?? "no number"
        return Contradiction(field: field, message: "\(path).\(field): \(count) contradicts \(path).\(statedField) "
            + "\"\(stated)\", which writes \(writes)")
    }

    /// The first run of Arabic digits in `text`, else its first run of Chinese numerals.
    static func firstNumber(in text: String) -> Int? {
        if let start = text.firstIndex(where: { $0.isASCII && $0.isNumber }) {
            let end = text[start...].firstIndex { !($0.isASCII && $0.isNumber) } ?? text.endIndex
            return Int(text[start..<end])
        }
        guard let start = text.firstIndex(where: ChineseNumeral.isNumeral) else { return nil }
        let end = text[start...].firstIndex { !ChineseNumeral.isNumeral($0) } ?? text.endIndex
        return ChineseNumeral.value(of: text[start..<end])
    }

    /// Contradictions between an event's ISO `date` and the year, month and day `dateStated`
    /// writes (2021年5月19日 must be 2021-05-19; 4月15日 only fixes month and day).
    static func eventDate(_ date: String, stated: String, path: RecordPath) -> Contradiction? {
        guard let iso = ISODate.parse(date) else { return nil }
        let written = WrittenDate(stated)
        var disagreements: [String] = []
        if let year = written.years.first, year != iso.year { disagreements.append("the year \(year)") }
        if let month = written.months.first, month != iso.month { disagreements.append("the month \(month)") }
        if let day = written.days.first, day != iso.day { disagreements.append("the day \(day)") }
        guard !disagreements.isEmpty else { return nil }
        return Contradiction(field: "date", message: "\(path).date: \"\(date)\" contradicts \(path).date_stated "
            + "\"\(stated)\", which writes \(disagreements.joined(separator: ", "))")
    }
}
