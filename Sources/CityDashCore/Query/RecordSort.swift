/// The order of a list: as the data files give it (article order), by value within a unit, by
/// year, or by name. The same order everywhere (`--sort`, the `o` key, export).
public enum RecordSort: String, CaseIterable, Sendable, Hashable {
    /// The order of the data files, which follow the articles.
    case source
    /// Figures grouped by unit (yuan, %, firms, ...), largest first within each unit. Only
    /// figures have values; other records keep source order.
    case value
    /// Oldest first; figures by year (target year for targets), events by date; records
    /// without a year last.
    case year
    /// By English name, ignoring case (Chinese has no agreed order without a pinyin table, and
    /// every record has both names).
    case name

    public var next: RecordSort {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    public var label: Localized {
        switch self {
        case .source: Localized(zh: "原文顺序", en: "source order")
        case .value: Localized(zh: "按数值（同单位）", en: "value, within a unit")
        case .year: Localized(zh: "按年份", en: "year")
        case .name: Localized(zh: "按名称", en: "name")
        }
    }
}
