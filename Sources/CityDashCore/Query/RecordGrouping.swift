/// How a figure list is grouped: not at all, or by category (`g`, `--group category`). Grouped,
/// the figures of each category come together, in `Category`'s order, each group in the list's
/// sort order; the dashboard draws a heading row with the category and its count above each.
/// Other records have no category and are not affected.
public enum RecordGrouping: String, CaseIterable, Sendable, Hashable {
    case none
    case category

    public var next: RecordGrouping { self == .none ? .category : .none }
}

/// One group of a grouped figure list: its category and how many figures it has.
public struct CategoryRun: Hashable, Sendable {
    public var category: Category
    public var count: Int

    public init(category: Category, count: Int) {
        self.category = category
        self.count = count
    }

    /// The runs of equal categories in `positions` (grouped positions give one run a category).
    public static func runs(_ positions: [Int], in metrics: [Metric]) -> [CategoryRun] {
        var runs: [CategoryRun] = []
        for position in positions where metrics.indices.contains(position) {
            let category = metrics[position].category
            if runs.last?.category == category { runs[runs.count - 1].count += 1 }
            else { runs.append(CategoryRun(category: category, count: 1)) }
        }
        return runs
    }
}
