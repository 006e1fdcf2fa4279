import CityDashCore

/// The rows of a list as drawn: its items, and while the list is grouped (`g`) a heading row
/// above each category's items. Scrolling, drawing and clicks count in these rows; the
/// selection counts items only, so it never lands on a heading.
public struct GroupedRows: Sendable, Equatable {
    public enum Row: Sendable, Equatable {
        case heading(CategoryRun)
        /// The item's index in the panel's list.
        case item(Int)
    }

    /// The groups in list order; empty for a list drawn without headings.
    public let runs: [CategoryRun]
    public let itemCount: Int

    /// `runs` are ignored unless they cover exactly `itemCount` items.
    public init(runs: [CategoryRun], itemCount: Int) {
        self.runs = runs.reduce(0) { $0 + $1.count } == itemCount ? runs : []
        self.itemCount = itemCount
    }

    /// The rows of `panel`'s list in `state`.
    public init(_ state: AppState, panel: PanelID) {
        self.init(runs: state.categoryRuns(for: panel), itemCount: state.items(for: panel).count)
    }

    /// Items and headings.
    public var count: Int { itemCount + runs.count }

    /// The group that holds item `index` and the index of that group's first item.
    func group(ofItem index: Int) -> (group: Int, firstItem: Int) {
        var first = 0
        for (group, run) in runs.enumerated() {
            if index < first + run.count { return (group, first) }
            first += run.count
        }
        return (max(0, runs.count - 1), first)
    }

    /// The row item `index` is drawn on.
    public func row(ofItem index: Int) -> Int {
        runs.isEmpty ? index : index + group(ofItem: index).group + 1
    }

    /// The first row that must show for item `index` to be read: its heading when it is the
    /// first of its group, else its own row.
    public func topRow(forItem index: Int) -> Int {
        guard !runs.isEmpty else { return index }
        let (group, first) = group(ofItem: index)
        return index == first ? index + group : index + group + 1
    }

    /// What row `row` shows, or nil past the end.
    public func content(ofRow row: Int) -> Row? {
        guard row >= 0, row < count else { return nil }
        guard !runs.isEmpty else { return .item(row) }
        var start = 0
        for (group, run) in runs.enumerated() {
            if row == start { return .heading(run) }
            if row <= start + run.count { return .item(row - group - 1) }
            start += run.count + 1
        }
        return nil
    }
}
