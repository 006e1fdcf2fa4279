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

    /// Everything else the dashboard knows of the panel, in one place: adding a panel means a
    /// case here, its descriptor, its rows in `PanelItems` and its drawing.
    public var descriptor: PanelDescriptor {
        switch self {
        case .overview:
            PanelDescriptor(title: Localized(zh: "总览", en: "Overview"), shortTitle: Localized(zh: "总览", en: "Overview"),
                            exportKinds: [.metrics])
        case .towns:
            PanelDescriptor(title: Localized(zh: "五个新城", en: "New towns"), shortTitle: Localized(zh: "新城", en: "Towns"),
                            exportKinds: [.towns])
        case .zones:
            PanelDescriptor(title: Localized(zh: "示范区", en: "Demo zones"), shortTitle: Localized(zh: "示范区", en: "Zones"),
                            exportKinds: [.zones])
        case .actions:
            PanelDescriptor(title: Localized(zh: "产业行动", en: "Industry actions"),
                            shortTitle: Localized(zh: "行动", en: "Actions"), exportKinds: [.actions])
        case .projects:
            PanelDescriptor(title: Localized(zh: "项目与大事记", en: "Projects & events"),
                            shortTitle: Localized(zh: "项目", en: "Projects"), exportKinds: [.projects, .events])
        case .sources:
            PanelDescriptor(title: Localized(zh: "出处文章", en: "Sources"), shortTitle: Localized(zh: "出处", en: "Sources"),
                            exportKinds: [.sources])
        case .district:
            PanelDescriptor(title: Localized(zh: "区概况", en: "District page"), shortTitle: Localized(zh: "区", en: "District"),
                            exportKinds: [.metrics, .towns, .zones, .actions, .projects, .events])
        }
    }

    public var title: Localized { descriptor.title }

    /// A shorter title for tab bars that cannot fit the full ones.
    public var shortTitle: Localized { descriptor.shortTitle }

    /// The kinds of record the panel lists, as `export --kind` names them.
    public var exportKinds: [ExportKind] { descriptor.exportKinds }

    /// The tab `delta` places on, cycling through the tabs shown (`tabs(districtActive:)`).
    public func offset(by delta: Int, districtActive: Bool = false) -> PanelID {
        let all = Self.tabs(districtActive: districtActive)
        let index = ((all.firstIndex(of: self) ?? 0) + delta) % all.count
        return all[(index + all.count) % all.count]
    }
}
