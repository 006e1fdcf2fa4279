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

    public static func metrics(for state: AppState, limit: Int) -> [Metric] {
        let visible = Set(PanelItems.items(.overview, in: state).compactMap { item -> String? in
            if case .metric(let id) = item { return id }
            return nil
        })
        let chosen: [Metric]
        if state.district == .all {
            chosen = cityIDs.compactMap { state.dataset.metric($0) }.filter { visible.contains($0.id) }
        } else {
            chosen = state.dataset.metrics.filter { visible.contains($0.id) }
        }
        return Array(chosen.prefix(limit))
    }
}
