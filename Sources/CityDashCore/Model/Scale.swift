/// The Chinese magnitude word a figure is written with (4.32**万亿**元), kept as stated.
public enum Scale: String, CaseIterable, Sendable, Codable {
    case wanyi = "万亿"
    case yi = "亿"
    case wan = "万"
    case none

    /// The power of ten the scale stands for.
    public var exponent: Int {
        switch self {
        case .wanyi: 12
        case .yi: 8
        case .wan: 4
        case .none: 0
        }
    }

    /// How the scale is written after the number in Chinese ("" for none).
    public var written: String { self == .none ? "" : rawValue }
}
