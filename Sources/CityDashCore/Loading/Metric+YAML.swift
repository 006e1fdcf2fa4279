extension Metric {
    static let years = ISODate.plausibleYears
    /// Widest `short` label, in terminal columns: it must fit a headline card's title at 120 columns.
    public static let shortMaxColumnsZh = 12
    public static let shortMaxColumnsEn = 24

    init?(reading r: RecordReader) {
        let id = r.id()
        let name = r.localized("name")
        let short = r.localized("short", required: false)
        let stated = r.string("stated", interned: true)
        let valueText = r.string("value")
        var value: ExactDecimal?
        if let valueText {
            value = ExactDecimal(valueText)
            if value == nil {
                r.fail("value", "\"\(valueText)\" is not a plain finite decimal number; expected digits such as \"4.32\"")
            }
        }
        let scale = r.enumeration("scale", Scale.self)
        let unit = r.enumeration("unit", MetricUnit.self)
        let measureGiven = r.enumeration("measure", MetricMeasure.self, required: false)
        let qualifier = r.enumeration("qualifier", Qualifier.self, required: false)
        let year = r.int("year", range: Self.years)
        let asOf = r.string("as_of", required: false)
        let kind = r.enumeration("kind", MetricKind.self)
        let targetYear = r.int("target_year", range: Self.years)
        let horizon = r.localized("horizon", required: false)
        let scope = r.enumeration("scope", Scope.self)
        let district = r.reference("district", to: .district)
        let subject = r.reference("subject", to: .subject)
        let category = r.enumeration("category", Category.self)
        let provenance = r.provenance()
        let note = r.localized("note", required: false, interned: true)

        if kind == .target && targetYear == nil && horizon == nil && !r.failedFields.contains("target_year") {
            r.fail("target_year", "a target needs target_year (or horizon when the article states no year)")
        }
        if kind == .actual && targetYear != nil {
            r.fail("target_year", "only targets have a target_year; this metric's kind is actual")
        }
        if kind == .actual && year == nil && !r.failedFields.contains("year") {
            r.fail("year", "missing; an actual figure needs the year it describes")
        }
        if scope == .district && district == nil {
            r.fail("district", "missing; scope is district")
        }
        if let stated, let provenance, !provenance.quote.containsExactly(stated) {
            r.fail("stated", "\"\(stated)\" does not appear in the quote; stated must be copied from it")
        }
        if let stated, !r.failedFields.contains("stated") {
            let figure = FigureConsistency.Figure(
                path: r.path, stated: stated, value: value, valueText: valueText, scale: scale, unit: unit,
                qualifier: qualifier, qualifierIsKnown: !r.failedFields.contains("qualifier"))
            FigureConsistency.contradictions(figure).forEach(r.report)
        }
        // The year the figure is about: a target's year when it states one.
        let checkedYear = kind == .target && targetYear != nil ? (field: "target_year", year: targetYear)
            : (field: "year", year: year)
        if !r.failedFields.contains(checkedYear.field), let contradiction = FigureConsistency.year(
            checkedYear.year, field: checkedYear.field, path: r.path,
            writtenIn: [("quote", provenance?.quote), ("stated", stated), ("as_of", asOf)]) {
            r.report(contradiction)
        }
        if let short {
            for (language, text, limit) in [("zh", short.zh, Self.shortMaxColumnsZh), ("en", short.en, Self.shortMaxColumnsEn)]
            where DisplayWidth.of(text) > limit {
                r.fail("short", "\(language) \"\(text)\" is \(DisplayWidth.of(text)) columns wide; a short label may be at most \(limit)")
            }
        }
        var measure = measureGiven
        if let unit {
            if let given = measureGiven, !given.allows(unit) {
                r.fail("measure", "\(given.rawValue) cannot be written in unit \(unit.rawValue); "
                    + "share, growth and reduction are per cent, amount is 元 or none, count a count unit, size a physical unit")
            } else if measureGiven == nil && unit == .percent {
                r.fail("measure", "missing; a percentage needs measure: share (a part of a whole), growth or reduction")
            } else if measureGiven == nil {
                measure = Metric.defaultMeasure(for: unit)
            }
        }
        guard let id, let name, let stated, let value, let scale, let unit, let kind, let scope, let category,
              let provenance else { return nil }
        self.init(id: id, name: name, stated: stated, value: value, scale: scale, unit: unit, qualifier: qualifier,
                  year: year, asOf: asOf, kind: kind, targetYear: targetYear, horizon: horizon, scope: scope,
                  district: district, subject: subject, category: category, source: provenance.source, quote: provenance.quote, note: note,
                  measure: measure, short: short)
        shareRareFields(&r.context.rareFields)
    }
}
