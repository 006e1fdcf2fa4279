/// A metric as exported: every stated field plus the normalized number and both formatted
/// forms, flat, so that a JSON consumer needs no knowledge of Chinese scales.
///
/// Every key is always present: an empty optional field (`qualifier`, `district`, `year`, ...)
/// is written as `null` rather than left out, so every metric object has the same keys.
public struct MetricRecord: Codable, Equatable, Sendable {
    public var id: String
    public var name: Localized
    public var stated: String
    /// The number as written, e.g. "4.32".
    public var value: String
    public var scale: String
    public var qualifier: String?
    public var unit: String
    /// value × scale as a JSON number (exact for every figure in the bundled data).
    public var normalized: Double
    /// value × scale as exact decimal text.
    public var normalizedText: String
    public var formatted: Localized
    public var year: Int?
    public var asOf: String?
    public var kind: String
    public var targetYear: Int?
    public var horizon: Localized?
    public var scope: String
    public var district: String?
    public var subject: String?
    public var category: String
    public var source: String
    public var quote: String
    public var note: Localized?

    public init(_ metric: Metric) {
        id = metric.id
        name = metric.name
        stated = metric.stated
        value = metric.value.description
        scale = metric.scale.rawValue
        qualifier = metric.qualifier?.rawValue
        unit = metric.unit.rawValue
        normalized = metric.normalized.doubleValue
        normalizedText = metric.normalized.description
        formatted = Localized(zh: FigureFormatter.chinese(metric), en: FigureFormatter.english(metric))
        year = metric.year
        asOf = metric.asOf
        kind = metric.kind.rawValue
        targetYear = metric.targetYear
        horizon = metric.horizon
        scope = metric.scope.rawValue
        district = metric.district
        subject = metric.subject
        category = metric.category.rawValue
        source = metric.source
        quote = metric.quote
        note = metric.note
    }

    enum CodingKeys: String, CodingKey {
        case id, name, stated, value, scale, qualifier, unit, normalized, normalizedText, formatted, year, asOf, kind
        case targetYear, horizon, scope, district, subject, category, source, quote, note
    }

    /// Writes every key, `null` for an empty optional (the synthesized encoder leaves them out).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(stated, forKey: .stated)
        try container.encode(value, forKey: .value)
        try container.encode(scale, forKey: .scale)
        try container.encode(qualifier, forKey: .qualifier)
        try container.encode(unit, forKey: .unit)
        try container.encode(normalized, forKey: .normalized)
        try container.encode(normalizedText, forKey: .normalizedText)
        try container.encode(formatted, forKey: .formatted)
        try container.encode(year, forKey: .year)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(kind, forKey: .kind)
        try container.encode(targetYear, forKey: .targetYear)
        try container.encode(horizon, forKey: .horizon)
        try container.encode(scope, forKey: .scope)
        try container.encode(district, forKey: .district)
        try container.encode(subject, forKey: .subject)
        try container.encode(category, forKey: .category)
        try container.encode(source, forKey: .source)
        try container.encode(quote, forKey: .quote)
        try container.encode(note, forKey: .note)
    }
}
