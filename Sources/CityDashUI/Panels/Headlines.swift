import CityDashCore

/// Which figures the overview shows as large cards: the articles' headline numbers for the
/// whole city, or a district's own figures when a district is chosen.
public enum Headlines {
    /// City-wide headline figures, in display order; ids missing from the data are skipped.
    public static let cityIDs = [
        "city-gdp-2021", "online-new-economy-2021", "outdoor-5g-base-stations", "industrial-output-2021",
        "industrial-value-added-2021", "digital-core-output-2024-target", "smes-on-platforms", "ai-talent-share",
        "iip-linked-firms", "online-new-economy-growth-2021", "iip-platforms", "industrial-apps",
        "full-connection-factories", "featured-parks", "ai-scenarios-opened", "city-demo-zones",
    ]

    /// At most `limit` cards; looks at no more records than it shows, whatever the data size.
    public static func metrics(for state: AppState, limit: Int) -> [Metric] {
        let visible = state.items(for: .overview)
        if state.district == .all {
            let search = state.search
            let filter = state.filter
            return Array(cityIDs.lazy.compactMap { state.dataset.metric($0) }
                .filter { filter.admits($0) && (search.isEmpty || SearchText.matches(SearchText.of($0), search)) }
                .prefix(limit))
        }
        return visible.lazy.compactMap { item -> Metric? in
            if case .metric(let id) = item { return state.dataset.metric(id) }
            return nil
        }.prefix(limit).map { $0 }
    }
}
