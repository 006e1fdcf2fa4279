import CityDashCore

/// Which records each panel lists, after the district filter and the search. The view and
/// the reducer both ask here, so selection bounds and drawn rows always agree.
///
/// With a `SearchIndex` a search compares pre-folded names; a district's metrics come from the
/// dataset's index. Either way the answer is the same as filtering every record.
public enum PanelItems {
    public static func items(_ panel: PanelID, in state: AppState) -> [ItemRef] {
        state.items(for: panel)
    }

    public static func items(_ panel: PanelID, dataset: Dataset, district: DistrictFilter, search: String,
                             index: SearchIndex? = nil) -> [ItemRef] {
        let filter = district
        let needle = SearchIndex.fold(needle: search)
        /// The records of one kind that pass the filter and the search, as item references.
        func select<T: Identifiable>(_ records: [T], _ keys: [String]?, positions: [Int]? = nil,
                                     _ districtOf: (T) -> String?, _ nameOf: (T) -> Localized,
                                     _ ref: (String) -> ItemRef) -> [ItemRef] where T.ID == String {
            let keys = keys?.count == records.count ? keys : nil
            func passes(_ position: Int) -> Bool {
                let record = records[position]
                if positions == nil, !filter.admits(districtOf(record)) { return false }
                guard !needle.isEmpty else { return true }
                if let keys { return keys[position].containsExactly(needle) }
                return nameOf(record).matches(search)
            }
            var out: [ItemRef] = []
            for position in positions ?? Array(records.indices) where passes(position) {
                out.append(ref(records[position].id))
            }
            return out
        }
        switch panel {
        case .overview:
            let positions = district.districtID.map { dataset.metricPositions(inDistrict: $0) }
            return select(dataset.metrics, index?.metrics, positions: positions, { $0.district }, { $0.name }, ItemRef.metric)
        case .towns:
            return select(dataset.newTowns, index?.newTowns, { $0.district }, { $0.name }, ItemRef.town)
        case .zones:
            return select(dataset.zones, index?.zones, { $0.district }, { $0.name }, ItemRef.zone)
        case .actions:
            return select(dataset.actions, index?.actions, { $0.district }, { $0.name }, ItemRef.action)
        case .projects:
            return select(dataset.projects, index?.projects, { $0.district }, { $0.name }, ItemRef.project)
                + select(dataset.events, index?.events, { $0.district }, { $0.name }, ItemRef.event)
        }
    }
}
