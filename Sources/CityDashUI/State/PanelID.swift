import CityDashCore

/// The panels of the dashboard: the six numbered ones, and the page of the chosen district.
///
/// The district page (`0`) is a tab only while a district is chosen: it comes first in the tab
/// bar, and choosing a district (picker, `[` `]`, a map click, `--district`) opens it. The
/// numbered panels keep filtering by the district as before. Without a district it shows the
/// map of all districts and where the articles say most.
public enum PanelID: String, CaseIterable, Sendable, Hashable {
    case overview
    case towns
    case zones
    case actions
    case projects
    /// The articles the data comes from.
    case sources
    /// The chosen district's own page (key 0), shown only while a district is chosen.
    case district

    /// The key that shows the panel: 1-6, and 0 for the district page.
    public var number: Int {
        self == .district ? 0 : (Self.numbered.firstIndex(of: self) ?? 0) + 1
    }

    /// The numbered panels, always in the tab bar.
    public static let numbered: [PanelID] = [.overview, .towns, .zones, .actions, .projects, .sources]

    /// The tabs in order: the district page first while a district is chosen.
    public static func tabs(districtActive: Bool) -> [PanelID] {
        districtActive ? [.district] + numbered : numbered
    }

    public var title: Localized {
        switch self {
        case .overview: Localized(zh: "总览", en: "Overview")
        case .towns: Localized(zh: "五个新城", en: "New towns")
        case .zones: Localized(zh: "示范区", en: "Demo zones")
        case .actions: Localized(zh: "产业行动", en: "Industry actions")
        case .projects: Localized(zh: "项目与大事记", en: "Projects & events")
        case .district: Localized(zh: "区概况", en: "District page")
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
        case .district: Localized(zh: "区", en: "District")
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
        case .district: [.metrics, .towns, .zones, .actions, .projects, .events]
        }
    }

    /// The tab `delta` places on, cycling through the tabs shown (`tabs(districtActive:)`).
    public func offset(by delta: Int, districtActive: Bool = false) -> PanelID {
        let all = Self.tabs(districtActive: districtActive)
        let index = ((all.firstIndex(of: self) ?? 0) + delta) % all.count
        return all[(index + all.count) % all.count]
    }
}
