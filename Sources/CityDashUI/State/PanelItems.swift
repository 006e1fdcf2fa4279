import CityDashCore

/// Which records each panel lists, after the district filter and the search. The view and
/// the reducer both ask here, so selection bounds and drawn rows always agree.
///
/// The lists are `RecordQuery`'s answers (district, search over every text field, filter, sort),
/// the same that `citydash export` writes.
public enum PanelItems {
    public static func items(_ panel: PanelID, in state: AppState) -> [ItemRef] {
        state.items(for: panel)
    }

    public static func items(_ panel: PanelID, dataset: Dataset, district: DistrictFilter, search: String,
                             index: SearchIndex? = nil, filter: RecordFilter = RecordFilter(),
                             sort: RecordSort = .source) -> [ItemRef] {
        items(panel, dataset: dataset, query: RecordQuery(district: district, search: search, filter: filter, sort: sort),
              index: index)
    }

    /// A panel's rows for a `RecordQuery`: the same query `citydash export` runs.
    /// `matches`: the search's matches, when already made for `query`'s search (see `AppState`).
    public static func items(_ panel: PanelID, dataset: Dataset, query: RecordQuery, index: SearchIndex? = nil,
                             matches: SearchIndex.Matches? = nil) -> [ItemRef] {
        switch panel {
        case .overview:
            return query.metricPositions(in: dataset, index: index, matches: matches).map { .metric(dataset.metrics[$0].id) }
        case .towns:
            return query.newTownPositions(in: dataset, index: index, matches: matches).map { .town(dataset.newTowns[$0].id) }
        case .zones:
            return query.zonePositions(in: dataset, index: index, matches: matches).map { .zone(dataset.zones[$0].id) }
        case .actions:
            return query.actionPositions(in: dataset, index: index, matches: matches).map { .action(dataset.actions[$0].id) }
        case .district:
            // The page of one district, in the order it shows them; nothing for the whole city.
            guard query.district.districtID != nil else { return [] }
            return query.newTownPositions(in: dataset, index: index, matches: matches).map { .town(dataset.newTowns[$0].id) }
                + query.zonePositions(in: dataset, index: index, matches: matches).map { .zone(dataset.zones[$0].id) }
                + query.metricPositions(in: dataset, index: index, matches: matches).map { .metric(dataset.metrics[$0].id) }
                + query.projectPositions(in: dataset, index: index, matches: matches).map { .project(dataset.projects[$0].id) }
                + query.eventPositions(in: dataset, index: index, matches: matches).map { .event(dataset.events[$0].id) }
                + query.actionPositions(in: dataset, index: index, matches: matches).map { .action(dataset.actions[$0].id) }
        case .projects:
            return query.projectPositions(in: dataset, index: index, matches: matches).map { .project(dataset.projects[$0].id) }
                + query.eventPositions(in: dataset, index: index, matches: matches).map { .event(dataset.events[$0].id) }
        case .sources:
            // Every article, whatever the district and the other filters: it is where they are chosen.
            var all = query
            all.filter = RecordFilter()
            return all.sourcePositions(in: dataset, index: index, matches: matches).map { .source(dataset.sources[$0].id) }
        }
    }
}
