/// What sort of project record this is.
public enum ProjectKind: String, CaseIterable, Sendable, Codable {
    case signedProject = "signed-project"
    case innovationBase = "innovation-base"
    case digitalPartner = "digital-partner"
    case programme
    case application

    public var label: Localized {
        switch self {
        case .signedProject: Localized(zh: "签约项目", en: "Signed project")
        case .innovationBase: Localized(zh: "产业和创新基地", en: "Innovation bases")
        case .digitalPartner: Localized(zh: "数字伙伴", en: "Digital partners")
        case .programme: Localized(zh: "计划", en: "Programme")
        case .application: Localized(zh: "应用场景", en: "Application")
        }
    }
}
