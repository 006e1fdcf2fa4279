/// The unit a figure counts or measures, with how it reads in each language.
public enum MetricUnit: String, CaseIterable, Sendable, Codable {
    case yuan = "元"
    case ge = "个"
    case jia = "家"
    case tai = "台"
    case ren = "人"
    case tiao = "条"
    case pi = "批"
    case kuan = "款"
    case jie = "届"
    case percent = "%"
    case squareKilometre = "平方公里"
    case kilometre = "公里"
    case squareMetre = "平方米"
    /// Square metres as the articles write them in floor areas: 140万方.
    case fang = "方"
    case nanometre = "纳米"
    case none

    /// How the unit is written after the number in Chinese ("" for none).
    public var written: String { self == .none ? "" : rawValue }

    /// English unit symbol written after the number, for measured quantities; nil for counts.
    public var englishSymbol: String? {
        switch self {
        case .percent: "%"
        case .squareKilometre: " km²"
        case .kilometre: " km"
        case .squareMetre, .fang: " m²"
        case .nanometre: " nm"
        default: nil
        }
    }

    /// Counts of things (个, 家, 台, ...): English shows the bare number with a "+" for "more than".
    public var isCount: Bool {
        switch self {
        case .ge, .jia, .tai, .ren, .tiao, .pi, .kuan, .jie, .none: true
        default: false
        }
    }
}
