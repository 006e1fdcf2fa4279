/// One part of a written figure, so a big-digit display can draw each part as what it is:
/// the number in block digits, the qualifier as prominently as the number, the words small.
public enum FigurePiece: Hashable, Sendable {
    /// Digits and the marks drawn with them: `4.32`, `120,000`, `20%`.
    case number(String)
    /// What the article says about the true value: 超, 余, 多, +, 以上, 左右, 近, over, nearly, about.
    case qualifier(String)
    /// Scale, currency and unit words: 万亿元, CNY, trillion, km².
    case words(String)

    public var text: String {
        switch self {
        case .number(let text), .qualifier(let text), .words(let text): text
        }
    }
}
