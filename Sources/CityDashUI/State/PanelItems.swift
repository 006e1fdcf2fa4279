import CityDashCore

/// Which records each panel lists, after the district filter and the search. The view and
/// the reducer both ask here, so selection bounds and drawn rows always agree.
public enum PanelItems {
    public static func items(_ panel: PanelID, in state: AppState) -> [ItemRef] {
        state.items(for: panel)
    }

    public static func items(_ panel: PanelID, dataset: Dataset, district: DistrictFilter, search: String) -> [ItemRef] {
        let query = DatasetQuery(dataset)
        func matches(_ name: Localized) -> Bool { search.isEmpty || name.matches(search) }
        switch panel {
        case .overview:
            return query.metrics(in: district).filter { matches($0.name) }.map { .metric($0.id) }
        case .towns:
            return query.newTowns(in: district).filter { matches($0.name) }.map { .town($0.id) }
        case .zones:
            return query.zones(in: district).filter { matches($0.name) }.map { .zone($0.id) }
        case .actions:
            return query.actions(in: district).filter { matches($0.name) }.map { .action($0.id) }
        case .projects:
            return query.projects(in: district).filter { matches($0.name) }.map { .project($0.id) }
                + query.events(in: district).filter { matches($0.name) }.map { .event($0.id) }
        }
    }
}
