/// A word the article puts around a figure (超12万家, 280余个, 20%左右), kept exactly as written:
/// dropping it would change what the article claims.
public enum Qualifier: String, CaseIterable, Sendable, Codable {
    case chao = "超"
    case chaoguo = "超过"
    case po = "破"
    case jin = "近"
    case jiejin = "接近"
    case yue = "约"
    case yu = "余"
    case duo = "多"
    case plus = "+"
    case yishang = "以上"
    case zuoyou = "左右"

    /// Where the token stands in the Chinese text.
    public enum Position: Sendable {
        /// Before the number: 超12万家.
        case beforeNumber
        /// After the number, before the scale: 120多万家.
        case afterNumber
        /// After number and scale: 100+.
        case afterScale
        /// After the unit: 10%以上.
        case afterUnit
    }

    /// What the qualifier claims about the true value.
    public enum Meaning: Sendable {
        case moreThan
        case nearly
        case about
    }

    public var position: Position {
        switch self {
        case .chao, .chaoguo, .po, .jin, .jiejin, .yue: .beforeNumber
        case .yu, .duo: .afterNumber
        case .plus: .afterScale
        case .yishang, .zuoyou: .afterUnit
        }
    }

    public var meaning: Meaning {
        switch self {
        case .chao, .chaoguo, .po, .yu, .duo, .plus, .yishang: .moreThan
        case .jin, .jiejin: .nearly
        case .yue, .zuoyou: .about
        }
    }
}
