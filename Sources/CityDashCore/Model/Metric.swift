/// One figure from an article, kept as stated: value digits, scale word, unit and qualifier.
public struct Metric: Cited, Hashable, Sendable, Identifiable {
    // Stored fields, widest first so that the small ones pack at the end: a load of 100,000
    // metrics keeps them all in one array, so every byte here is 100 KB of its peak memory.
    public var id: String
    public var name: Localized
    /// The figure exactly as the quote writes it, e.g. `超12万家`.
    public var stated: String
    /// The number as written (Arabic digits), e.g. `4.32`.
    public var value: ExactDecimal
    /// Id of the article in `sources.yaml`.
    public var source: String
    /// The fragment of the article that states this record, copied exactly.
    public var quote: String
    public var district: String?
    /// Id of the town, zone, action or project the figure belongs to.
    public var subject: String?
    /// `short`, `asOf`, `horizon` and `note`, which few figures have (see `RareFields`).
    private var rare: RareFields?
    /// `year` and `targetYear` in 4 bytes each (see `CompactYear`).
    private var compactYear: CompactYear
    private var compactTargetYear: CompactYear
    public var scale: Scale
    public var unit: MetricUnit
    /// What the figure measures (share, growth, count, ...); decides how it may be drawn.
    public var measure: MetricMeasure
    public var qualifier: Qualifier?
    public var kind: MetricKind
    public var scope: Scope
    public var category: Category

    /// The year the figure describes.
    public var year: Int? {
        get { compactYear.value(wide: rare?.values.wideYear) }
        set { setYear(newValue, \.compactYear, wide: \.wideYear) }
    }

    public var targetYear: Int? {
        get { compactTargetYear.value(wide: rare?.values.wideTargetYear) }
        set { setYear(newValue, \.compactTargetYear, wide: \.wideTargetYear) }
    }

    private mutating func setYear(_ year: Int?, _ compact: WritableKeyPath<Metric, CompactYear>,
                                  wide: WritableKeyPath<RareFields.Values, Int?>) {
        let (packed, wideYear) = CompactYear.pack(year)
        self[keyPath: compact] = packed
        changeRare { $0[keyPath: wide] = wideYear }
    }

    /// A short label for small places (card titles, chart rows); nil when `name` is short already.
    public var short: Localized? {
        get { rare?.values.short }
        set { changeRare { $0.short = newValue } }
    }

    /// The article's own time phrase, e.g. 截至2020年底.
    public var asOf: String? {
        get { rare?.values.asOf }
        set { changeRare { $0.asOf = newValue } }
    }

    /// For targets whose year the article does not state: its own words (未来三年).
    public var horizon: Localized? {
        get { rare?.values.horizon }
        set { changeRare { $0.horizon = newValue } }
    }

    public var note: Localized? {
        get { rare?.values.note }
        set { changeRare { $0.note = newValue } }
    }

    /// Replaces the box of rare fields by a changed copy (never changes a box: others may share it).
    private mutating func changeRare(_ change: (inout RareFields.Values) -> Void) {
        var values = rare?.values ?? RareFields.Values()
        change(&values)
        rare = RareFields.make(values)
    }

    public init(id: String, name: Localized, stated: String, value: ExactDecimal, scale: Scale,
                unit: MetricUnit, qualifier: Qualifier?, year: Int?, asOf: String?, kind: MetricKind,
                targetYear: Int?, horizon: Localized?, scope: Scope, district: String?, subject: String?,
                category: Category, source: String, quote: String, note: Localized?,
                measure: MetricMeasure? = nil, short: Localized? = nil) {
        self.id = id
        self.name = name
        self.stated = stated
        self.value = value
        self.scale = scale
        self.unit = unit
        self.qualifier = qualifier
        self.kind = kind
        self.scope = scope
        self.district = district
        self.subject = subject
        self.category = category
        self.source = source
        self.quote = quote
        self.measure = measure ?? Self.defaultMeasure(for: unit)
        let (year, wideYear) = CompactYear.pack(year)
        let (targetYear, wideTargetYear) = CompactYear.pack(targetYear)
        compactYear = year
        compactTargetYear = targetYear
        rare = RareFields.make(RareFields.Values(short: short, asOf: asOf, horizon: horizon, note: note,
                                                 wideYear: wideYear, wideTargetYear: wideTargetYear))
    }

    /// The measure a figure built in code gets when none is given: per cent as growth (never
    /// assumed to be a share), money as an amount, physical units as sizes, the rest as counts.
    public static func defaultMeasure(for unit: MetricUnit) -> MetricMeasure {
        switch unit {
        case .percent: .growth
        case .yuan: .amount
        default: unit.englishSymbol != nil ? .size : .count
        }
    }

    /// Shares the box of rare fields with an earlier metric whose box has the same bytes
    /// (`pool` keeps one of each): generated data sets repeat a few hundred of them across
    /// 100,000 metrics.
    mutating func shareRareFields(_ pool: inout Set<RareFields.ExactKey>) {
        guard let rare else { return }
        self.rare = pool.insert(RareFields.ExactKey(box: rare)).memberAfterInsert.box
    }

    /// The label for tight places: `short` when the data gives one, else the full name.
    public var shortName: Localized { short ?? name }

    /// `value × scale` as an exact plain number (4.32万亿 → 4320000000000).
    public var normalized: ExactDecimal { value.shifted(by: scale.exponent) }
}
