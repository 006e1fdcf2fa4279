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

    /// Subjects whose related figures the overview charts when it has room: SME and CHINT
    /// gains, the CEC partnership's progress, the industrial-internet counts, Yangpu's targets.
    public static let chartSubjects = [
        "sme-on-platforms", "cec-city-partnership", "iip-plus-manufacturing", "yangpu-online-economy-plan",
    ]

    /// At most `limit` cards; looks at no more records than it shows, whatever the data size.
    /// Plain loops: lazy filter-map chains instantiated their generic types on the first frame.
    public static func metrics(for state: AppState, limit: Int) -> [Metric] {
        var metrics: [Metric] = []
        guard limit > 0 else { return metrics }
        if state.district == .all {
            let search = state.search
            let filter = state.filter
            for id in cityIDs {
                guard let metric = state.dataset.metric(id), filter.admits(metric),
                      search.isEmpty || SearchText.matches(SearchText.of(metric), search) else { continue }
                metrics.append(metric)
                if metrics.count == limit { break }
            }
            return metrics
        }
        for item in state.items(for: .overview) {
            guard case .metric(let id) = item, let metric = state.dataset.metric(id) else { continue }
            metrics.append(metric)
            if metrics.count == limit { break }
        }
        return metrics
    }

    /// How a row of headline cards is drawn: one digit size for all its cards and each card's width.
    public struct RowPlan: Equatable, Sendable {
        public var size: DigitSize?
        public var widths: [Int]
    }

    /// The largest digit size, up to `largest`, at which every figure of the row fits with its
    /// title uncut when each card gets the columns it needs and the rest is shared evenly;
    /// otherwise (no size fits, or no block digits) one-line figures in `slots` equal cards.
    public static func rowPlan(_ metrics: [Metric], width: Int, slots: Int, language: Language,
                               upTo largest: DigitSize?) -> RowPlan {
        let titles = metrics.map { DisplayWidth.of($0.shortName[language]) + 6 }
        // Formatted once, measured at each size tried.
        let figures = metrics.map { FigureFormatter.pieces($0, language) }
        var candidate = largest
        while let size = candidate, !metrics.isEmpty {
            let needs = zip(figures, titles).map { pieces, title in
                max(title, (BigFigure.width(of: pieces, size: size) ?? width) + 4)
            }
            let total = needs.reduce(0, +)
            if total <= width {
                let extra = width - total
                let widths = needs.enumerated().map { index, need in
                    need + extra / needs.count + (index < extra % needs.count ? 1 : 0)
                }
                return RowPlan(size: size, widths: widths)
            }
            candidate = size.smaller
        }
        let count = max(1, slots)
        return RowPlan(size: nil, widths: (0..<count).map { width / count + ($0 < width % count ? 1 : 0) })
    }

    /// The next row of cards from `metrics`: `slots` cards, or one fewer when that lets the row
    /// use bigger digits (a wide figure takes the room of a card rather than shrink the rest).
    public static func flowRow(_ metrics: [Metric], width: Int, slots: Int, language: Language,
                               upTo largest: DigitSize?) -> (count: Int, plan: RowPlan) {
        let full = min(slots, metrics.count)
        let plan = rowPlan(Array(metrics.prefix(full)), width: width, slots: slots, language: language, upTo: largest)
        guard full >= 3, plan.size != largest else { return (full, plan) }
        let fewer = rowPlan(Array(metrics.prefix(full - 1)), width: width, slots: full - 1, language: language,
                            upTo: largest)
        let better = (fewer.size?.rows ?? 0) > (plan.size?.rows ?? 0)
        return better ? (full - 1, fewer) : (full, plan)
    }
}
