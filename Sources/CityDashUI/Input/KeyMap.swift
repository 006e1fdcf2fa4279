import CityDashCore

/// The dashboard's key table. The reducer dispatches through it and the `?` help screen is
/// generated from it, so the two cannot disagree.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: PanelID.numbered.map { .character(Character(String($0.number))) },
                   label: "1-\(PanelID.numbered.count)",
                   action: .showPanel(.overview), help: Localized(zh: "跳到面板", en: "Jump to panel")),
        KeyBinding(keys: [.character("0")], label: "0", action: .showPanel(.district),
                   help: Localized(zh: "区概况与地图", en: "District page and map")),
        KeyBinding(keys: [.tab, .right], label: "Tab →", action: .nextPanel,
                   help: Localized(zh: "下一个面板", en: "Next panel")),
        KeyBinding(keys: [.backTab, .left], label: "S-Tab ←", action: .previousPanel,
                   help: Localized(zh: "上一个面板", en: "Previous panel")),
        KeyBinding(keys: [.up, .character("k")], label: "↑ k", action: .moveUp,
                   help: Localized(zh: "上移", en: "Move up")),
        KeyBinding(keys: [.down, .character("j")], label: "↓ j", action: .moveDown,
                   help: Localized(zh: "下移", en: "Move down")),
        KeyBinding(keys: [.pageUp], label: "PgUp", action: .pageUp, help: Localized(zh: "上一页", en: "Page up")),
        KeyBinding(keys: [.pageDown], label: "PgDn", action: .pageDown,
                   help: Localized(zh: "下一页", en: "Page down")),
        KeyBinding(keys: [.home], label: "Home", action: .top, help: Localized(zh: "第一项", en: "First item")),
        KeyBinding(keys: [.end], label: "End", action: .bottom, help: Localized(zh: "最后一项", en: "Last item")),
        KeyBinding(keys: [.enter], label: "Enter", action: .open,
                   help: Localized(zh: "详情与出处；文章：列出其记录", en: "Details; on an article: its records")),
        KeyBinding(keys: [.escape, .backspace], label: "Esc", action: .back,
                   help: Localized(zh: "返回 / 清除搜索或出处筛选", en: "Back / clear search or source")),
        KeyBinding(keys: [.character("d")], label: "d", action: .openDistrictPicker,
                   help: Localized(zh: "选择区", en: "Choose district")),
        KeyBinding(keys: [.character("[")], label: "[", action: .previousDistrict,
                   help: Localized(zh: "上一个区", en: "Previous district")),
        KeyBinding(keys: [.character("]")], label: "]", action: .nextDistrict,
                   help: Localized(zh: "下一个区", en: "Next district")),
        KeyBinding(keys: [.character("/")], label: "/", action: .startSearch,
                   help: Localized(zh: "搜索全部文字与数值", en: "Search all text and figures")),
        KeyBinding(keys: [.character("s")], label: "s", action: .showSource,
                   help: Localized(zh: "跳到该记录的出处文章", en: "Go to the record's article")),
        KeyBinding(keys: [.character("o")], label: "o", action: .cycleSort,
                   help: Localized(zh: "排序：原文/数值/年份/名称", en: "Sort: source/value/year/name")),
        KeyBinding(keys: [.character("c")], label: "c", action: .cycleCategory,
                   help: Localized(zh: "按类别筛选（循环）", en: "Filter by category (cycles)")),
        KeyBinding(keys: [.character("v")], label: "v", action: .cycleStatus,
                   help: Localized(zh: "实际 / 目标 / 全部", en: "Actual / target / both")),
        KeyBinding(keys: [.character("y")], label: "y", action: .cycleYear,
                   help: Localized(zh: "按年份筛选（循环）", en: "Filter by year (cycles)")),
        KeyBinding(keys: [.character("g")], label: "g", action: .toggleGrouping,
                   help: Localized(zh: "按类别分组显示指标", en: "Group figures by category")),
        KeyBinding(keys: [.character("m")], label: "m", action: .toggleMark,
                   help: Localized(zh: "标记/取消标记指标以对比", en: "Mark or unmark a figure to compare")),
        KeyBinding(keys: [.character("b")], label: "b", action: .compare,
                   help: Localized(zh: "对比已标记的指标（条形图）", en: "Compare marked figures (bars)")),
        KeyBinding(keys: [.character("M")], label: "M", action: .clearMarks,
                   help: Localized(zh: "清除全部标记", en: "Clear all marks")),
        KeyBinding(keys: [.character("e")], label: "e", action: .exportList(.csv),
                   help: Localized(zh: "导出当前列表为 CSV", en: "Export this list as CSV")),
        KeyBinding(keys: [.character("E")], label: "E", action: .exportList(.json),
                   help: Localized(zh: "导出当前列表为 JSON", en: "Export this list as JSON")),
        KeyBinding(keys: [.character("C")], label: "C", action: .copyCitation,
                   help: Localized(zh: "复制数值及出处引文", en: "Copy the figure with its citation")),
        KeyBinding(keys: [.character("l")], label: "l", action: .toggleLanguage,
                   help: Localized(zh: "中文 / English", en: "English / 中文")),
        KeyBinding(keys: [.character("t")], label: "t", action: .cycleTheme,
                   help: Localized(zh: "切换配色", en: "Cycle theme")),
        KeyBinding(keys: [.character("?"), .function(1)], label: "? F1", action: .toggleHelp,
                   help: Localized(zh: "帮助", en: "Help")),
        KeyBinding(keys: [.character("q"), .control("c")], label: "q", action: .quit,
                   help: Localized(zh: "退出", en: "Quit")),
    ]

    /// The action bound to a key in normal browsing, if any.
    public static func action(for key: Key) -> Action? {
        for binding in bindings where binding.keys.contains(key) {
            if case .showPanel = binding.action, case .character(let c) = key, let n = Int(String(c)),
               let panel = PanelID.allCases.first(where: { $0.number == n }) {
                return .showPanel(panel)
            }
            return binding.action
        }
        return nil
    }
}
