import CityDashCore

/// Words of grouping (`g`) and comparing (`m`, `M`, `b`).
extension UIText {
    public static func groupingNotice(_ grouping: RecordGrouping) -> Localized {
        grouping == .category
            ? Localized(zh: "按类别分组（g 取消）", en: "Grouped by category (g to ungroup)")
            : Localized(zh: "不分组", en: "Not grouped")
    }

    /// After `m` or `M`: how many figures are marked, and what to do next.
    public static func marksNotice(_ count: Int) -> Localized {
        count == 0
            ? Localized(zh: "没有标记的指标：在总览中按 m 标记要对比的指标", en: "No marked figures: press m on figures to compare them")
            : Localized(zh: "已标记 \(count) 项（b 对比，M 清除）", en: "\(count) marked (b compares, M clears)")
    }

    public static let onlyFiguresMark = Localized(zh: "只有指标可以标记对比（总览中按 m）",
                                                  en: "Only figures can be marked to compare (m on the overview)")

    public static let compareTitle = Localized(zh: "对比已标记的指标", en: "Marked figures compared")
    public static let compareHint = Localized(zh: "Esc 关闭 · M 清除标记", en: "Esc closes · M clears marks")
}
