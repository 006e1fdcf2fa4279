/// What a figure measures, so a screen draws it as what it is: only a `share` of a whole is
/// drawn as a 0-100 % gauge; growth and reductions are rates of change, never shares.
public enum MetricMeasure: String, CaseIterable, Sendable, Codable {
    /// A part of a whole in per cent (33 % of China's AI talent); the only measure drawn as a 0-100 % gauge.
    case share
    /// A rise in per cent (增速超20%, 提质12.6%).
    case growth
    /// A fall in per cent (降本5%, 周期缩短10%以上).
    case reduction
    /// A number of things (个, 家, 台, 批, ...), or a count with no unit word (超40万 developers).
    case count
    /// Money or an economy's size (4.32万亿元, 1.3万亿).
    case amount
    /// A physical size: an area, a length, a chip process node (3.2平方公里, 7纳米).
    case size

    /// Whether `unit` is one this measure can be written in; the loader rejects other pairs.
    public func allows(_ unit: MetricUnit) -> Bool {
        switch self {
        case .share, .growth, .reduction: unit == .percent
        case .count: unit.isCount
        case .amount: unit == .yuan || unit == .none
        case .size: unit.englishSymbol != nil && unit != .percent
        }
    }

    /// Rates of change, drawn as signed bars (growth right of the axis, reductions left).
    public var isChange: Bool { self == .growth || self == .reduction }
}
