import CityDashCore

/// The five panels of the dashboard, in tab order.
public enum PanelID: String, CaseIterable, Sendable, Hashable {
    case overview
    case towns
    case zones
    case actions
    case projects
    /// The articles the data comes from.
    case sources

    public var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    public var title: Localized {
        switch self {
        case .overview: Localized(zh: "总览", en: "Overview")
        case .towns: Localized(zh: "五个新城", en: "New towns")
        case .zones: Localized(zh: "示范区", en: "Demo zones")
        case .actions: Localized(zh: "产业行动", en: "Industry actions")
        case .projects: Localized(zh: "项目与大事记", en: "Projects & events")
        case .sources: Localized(zh: "出处文章", en: "Sources")
        }
    }

    /// A shorter title for tab bars that cannot fit the full ones.
    public var shortTitle: Localized {
        switch self {
        case .overview: Localized(zh: "总览", en: "Overview")
        case .towns: Localized(zh: "新城", en: "Towns")
        case .zones: Localized(zh: "示范区", en: "Zones")
        case .actions: Localized(zh: "行动", en: "Actions")
        case .projects: Localized(zh: "项目", en: "Projects")
        case .sources: Localized(zh: "出处", en: "Sources")
        }
    }

    /// The kinds of record the panel lists, as `export --kind` names them.
    public var exportKinds: [ExportKind] {
        switch self {
        case .overview: [.metrics]
        case .towns: [.towns]
        case .zones: [.zones]
        case .actions: [.actions]
        case .projects: [.projects, .events]
        case .sources: [.sources]
        }
    }

    public func offset(by delta: Int) -> PanelID {
        let all = Self.allCases
        let index = ((all.firstIndex(of: self) ?? 0) + delta) % all.count
        return all[(index + all.count) % all.count]
    }
}
