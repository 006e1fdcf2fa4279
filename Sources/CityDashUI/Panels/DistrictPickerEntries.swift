import CityDashCore

/// The rows of the district picker: 全市 / All first, then every district with its number of
/// records, narrowed by what has been typed (id, Chinese or English name).
public enum DistrictPickerEntries {
    public struct Entry: Equatable, Sendable {
        public let filter: DistrictFilter
        public let name: Localized
        public let count: Int
    }

    public static func entries(for query: String, in state: AppState) -> [Entry] {
        let data = DatasetQuery(state.dataset)
        let counts = data.countsByDistrict()
        let all = Entry(filter: .all, name: Localized(zh: "全市", en: "All districts"), count: data.totalCount)
        let districts = state.dataset.districts.map {
            Entry(filter: .district($0.id), name: $0.name, count: counts[$0.id] ?? 0)
        }
        guard !query.isEmpty else { return [all] + districts }
        let needle = query.lowercased()
        return ([all] + districts).filter { entry in
            entry.name.matches(needle) || (entry.filter.districtID?.contains(needle) ?? false)
        }
    }
}
