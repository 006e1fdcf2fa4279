/// The theme a figure belongs to, used for grouping and colour-free labels.
public enum Category: String, CaseIterable, Sendable, Codable {
    case economy
    case industry
    case infrastructure
    case ai
    case digitalEconomy = "digital-economy"
    case governance
    case culture
    case society

    public var label: Localized {
        switch self {
        case .economy: Localized(zh: "经济", en: "Economy")
        case .industry: Localized(zh: "产业", en: "Industry")
        case .infrastructure: Localized(zh: "基础设施", en: "Infrastructure")
        case .ai: Localized(zh: "人工智能", en: "AI")
        case .digitalEconomy: Localized(zh: "数字经济", en: "Digital economy")
        case .governance: Localized(zh: "治理", en: "Governance")
        case .culture: Localized(zh: "文化", en: "Culture")
        case .society: Localized(zh: "社会", en: "Society")
        }
    }
}
