import CityDashCore

/// Which records each panel lists, after the district filter and the search. The view and
/// the reducer both ask here, so selection bounds and drawn rows always agree.
///
/// The search looks at every text field of a record (`SearchText`). With a `SearchIndex` it
/// compares pre-folded texts; a district's metrics come from the dataset's index. Either way the
/// answer is the same as filtering every record.
public enum PanelItems {
    public static func items(_ panel: PanelID, in state: AppState) -> [ItemRef] {
        state.items(for: panel)
    }

    public static func items(_ panel: PanelID, dataset: Dataset, district: DistrictFilter, search: String,
                             index: SearchIndex? = nil, filter recordFilter: RecordFilter = RecordFilter()) -> [ItemRef] {
        let filter = district
        let needle = SearchIndex.fold(needle: search)
        /// The records of one kind that pass the filter and the search, as item references.
        /// `positions`: the records the district filter admits, when an index already knows them.
        func select<T: Identifiable & Cited>(_ records: [T], _ names: SearchIndex.Names?, positions: [Int]? = nil,
                                     _ districtOf: (T) -> String?, _ textOf: (T) -> String,
                                     _ ref: (String) -> ItemRef) -> [ItemRef] where T.ID == String {
            var out: [ItemRef] = []
            if !needle.isEmpty, let names, names.count == records.count {
                // Search first: it leaves few records, and hands them over in list order.
                for position in names.positions(matching: needle) where filter.admits(districtOf(records[position]))
                    && recordFilter.admits(records[position]) {
                    out.append(ref(records[position].id))
                }
                return out
            }
            if needle.isEmpty, positions == nil, filter == .all, recordFilter.isEmpty {
                return records.map { ref($0.id) }
            }
            // Records are read in place, never copied: a metric has a dozen strings to retain.
            for position in positions ?? Array(records.indices) {
                if positions == nil, !filter.admits(districtOf(records[position])) { continue }
                if !recordFilter.admits(records[position]) { continue }
                if !needle.isEmpty, !SearchText.fold(textOf(records[position])).containsExactly(needle) { continue }
                out.append(ref(records[position].id))
            }
            return out
        }
        switch panel {
        case .overview:
            let positions = district.districtID.map { dataset.metricPositions(inDistrict: $0) }
            return select(dataset.metrics, index?.metrics, positions: positions, { $0.district }, SearchText.of, ItemRef.metric)
        case .towns:
            return select(dataset.newTowns, index?.newTowns, { $0.district }, SearchText.of, ItemRef.town)
        case .zones:
            return select(dataset.zones, index?.zones, { $0.district }, SearchText.of, ItemRef.zone)
        case .actions:
            return select(dataset.actions, index?.actions, { $0.district }, SearchText.of, ItemRef.action)
        case .projects:
            return select(dataset.projects, index?.projects, { $0.district }, SearchText.of, ItemRef.project)
                + select(dataset.events, index?.events, { $0.district }, SearchText.of, ItemRef.event)
        case .sources:
            // Every article, whatever the district and the source filter: it is where they are chosen.
            return dataset.sources.filter { needle.isEmpty || SearchText.fold(SearchText.of($0)).containsExactly(needle) }
                .map { ItemRef.source($0.id) }
        }
    }
}
