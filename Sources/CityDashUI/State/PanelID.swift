import CityDashCore

/// The panels of the dashboard: the five numbered ones, and the page of the chosen district.
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
    case district

    /// The key that shows the panel: 1-5, and 0 for the district page.
    public var number: Int {
        self == .district ? 0 : (Self.allCases.firstIndex(of: self) ?? 0) + 1
    }

    /// The five numbered panels, always in the tab bar.
    public static let numbered: [PanelID] = [.overview, .towns, .zones, .actions, .projects]

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
        }
    }

    /// The tab `delta` places on, cycling through the tabs shown (`tabs(districtActive:)`).
    public func offset(by delta: Int, districtActive: Bool = false) -> PanelID {
        let all = Self.tabs(districtActive: districtActive)
        let index = ((all.firstIndex(of: self) ?? 0) + delta) % all.count
        return all[(index + all.count) % all.count]
    }
}
