import CityDashCore

/// The dashboard's own words (not from the data), in both languages.
public enum UIText {
    public static let appTitle = Localized(zh: "上海城市数字化转型", en: "Shanghai City Digital Transformation")
    public static let appTitleShort = Localized(zh: "上海城市数字化转型", en: "Shanghai Digital Transformation")
    public static let district = Localized(zh: "区", en: "District")
    public static let allCity = Localized(zh: "全市", en: "All districts")

    /// The status line after `t`: which theme is now on.
    public static func themeNotice(_ theme: ThemeName) -> Localized {
        let names: [ThemeName: Localized] = [
            .dark: Localized(zh: "深色", en: "dark"), .light: Localized(zh: "浅色", en: "light"),
            .contrast: Localized(zh: "高对比度", en: "high contrast"),
        ]
        let name = names[theme] ?? Localized(zh: theme.rawValue, en: theme.rawValue)
        return Localized(zh: "主题：\(name.zh)（t 切换）", en: "Theme: \(name.en) (t to change)")
    }
    public static let figures = Localized(zh: "数据", en: "Figures")
    public static let source = Localized(zh: "出处", en: "Source")
    public static let quote = Localized(zh: "原文", en: "Quote")
    public static let stated = Localized(zh: "原文写法", en: "As written")
    public static let exact = Localized(zh: "数值", en: "Exact value")
    public static let category = Localized(zh: "类别", en: "Category")
    public static let scope = Localized(zh: "范围", en: "Scope")
    public static let note = Localized(zh: "说明", en: "Note")
    public static let positioning = Localized(zh: "定位", en: "Positioning")
    public static let scenarios = Localized(zh: "场景", en: "Scenarios")
    public static let focus = Localized(zh: "重点", en: "Focus")
    public static let highlights = Localized(zh: "进展", en: "Highlights")
    public static let group = Localized(zh: "类别", en: "Group")
    public static let parties = Localized(zh: "签约/参与方", en: "Parties")
    public static let date = Localized(zh: "日期", en: "Date")
    public static let place = Localized(zh: "地点", en: "Place")
    public static let outlet = Localized(zh: "媒体", en: "Outlet")
    public static let author = Localized(zh: "作者", en: "Author")
    public static let file = Localized(zh: "文件", en: "File")
    public static let statedRecords = Localized(zh: "本文所载记录", en: "Records this article states")
    public static let listSourceHint = Localized(zh: "在「出处」面板按 Enter 列出这些记录", en: "Enter on the Sources panel lists them")

    /// After Enter on an article: the lists now show only its records.
    public static func sourceFilterNotice(_ title: String) -> Localized {
        Localized(zh: "只显示《\(title)》所载记录 · Esc 取消", en: "Only records from “\(title)” · Esc to clear")
    }

    /// After `s`: the article of the record, on the sources panel.
    public static let jumpedToSource = Localized(zh: "该记录的出处文章 · Enter 列出其全部记录",
                                                 en: "The record's article · Enter lists all its records")
    public static let noOutlet = Localized(zh: "未注明媒体", en: "outlet not named")
    public static let noDate = Localized(zh: "未注明日期", en: "date not given")
    public static let help = Localized(zh: "帮助 · 按任意键关闭", en: "Help · press any key to close")
    public static let pickDistrict = Localized(zh: "选择区 · 输入筛选 · Enter 确定 · Esc 取消",
                                               en: "Choose district · type to filter · Enter · Esc")
    public static let search = Localized(zh: "搜索", en: "Search")
    public static let timeline = Localized(zh: "大事记", en: "Timeline")
    public static let headline = Localized(zh: "核心指标", en: "Headline figures")
    public static let allMetrics = Localized(zh: "全部指标", en: "All figures")
    public static let batch = Localized(zh: "首批揭榜挂帅场景", en: "First open-competition scenarios")
    public static let hints = Localized(zh: "?帮助 d选区 /搜索 l English q退出", en: "? help  d district  / search  l 中文  q quit")
    /// Without CJK the language key does nothing, so it is not offered.
    public static let asciiHints = "? help  d district  / search  q quit"
    public static let detailHints = Localized(zh: "↑↓滚动 Esc返回", en: "↑↓ scroll  Esc back")
    public static let dataWarning = Localized(zh: "数据有误，仍显示上次有效数据", en: "data error, showing last good data")

    public static let chineseOnly = Localized(
        zh: "（原文为中文，此终端无法显示；可用 citydash export 查看）",
        en: "(The quote is in Chinese, which this terminal cannot show; see `citydash export`.)")

    public static func nothingHere(_ panel: PanelID, district: String, search: String) -> Localized {
        if !search.isEmpty {
            return Localized(zh: "“\(search)”在「\(panel.title.zh)」中没有匹配项",
                             en: "Nothing in \(panel.title.en) matches “\(search)”")
        }
        return Localized(zh: "\(district)在「\(panel.title.zh)」中没有条目，按 [ ] 或 d 换区",
                         en: "\(panel.title.en): nothing for \(district). Press [ ] or d to change district")
    }

    /// The list title's addition when the district filter hides matches of the search (in other
    /// districts or city-wide records, which belong to no district).
    public static func matchesElsewhere(_ count: Int) -> Localized {
        Localized(zh: "全市另有\(count)项 · d 选全市", en: "\(count) more city-wide · d: All")
    }

    /// The empty list's message when the search matches only outside the chosen district.
    public static func onlyElsewhere(_ panel: PanelID, district: String, search: String, count: Int) -> Localized {
        Localized(zh: "“\(search)”在\(district)的「\(panel.title.zh)」中没有匹配项；全市另有\(count)项，按 d 选「全市」可搜索全市",
                  en: "Nothing in \(district) matches “\(search)” in \(panel.title.en); \(count) more city-wide. "
                      + "Press d and choose All districts to search the whole city")
    }

    public static func sortNotice(_ sort: RecordSort) -> Localized {
        Localized(zh: "排序：\(sort.label.zh)（o 切换）", en: "Sorted by \(sort.label.en) (o to change)")
    }

    /// The active filters in words, for the status line and the notice after `c`, `v`, `y`.
    public static func filterSummary(_ filter: RecordFilter) -> Localized {
        var zh: [String] = [], en: [String] = []
        if let category = filter.category { zh.append(category.label.zh); en.append(category.label.en) }
        if let status = filter.status {
            zh.append(status == .actual ? "实际" : "目标")
            en.append(status.rawValue)
        }
        if let year = filter.year { zh.append("\(year)年"); en.append(String(year)) }
        if let source = filter.source { zh.append("出处 \(source)"); en.append("source \(source)") }
        return Localized(zh: zh.joined(separator: "·"), en: en.joined(separator: " · "))
    }

    public static func filterNotice(_ filter: RecordFilter) -> Localized {
        if filter.isEmpty { return Localized(zh: "筛选：全部", en: "Filter: none") }
        let summary = filterSummary(filter)
        return Localized(zh: "筛选：\(summary.zh)（Esc 清除）", en: "Filter: \(summary.en) (Esc clears)")
    }

    public static let exporting = Localized(zh: "正在导出……", en: "Exporting…")

    /// The status line after an export: every path written, or the error.
    public static func exportNotice(_ outcome: ListExport.Outcome) -> Localized {
        switch outcome {
        case .written(let paths):
            let list = paths.joined(separator: ", ")
            return Localized(zh: "已导出到 \(list)", en: "Exported to \(list)")
        case .failed(let message):
            return Localized(zh: "导出失败：\(message)", en: "Export failed: \(message)")
        }
    }

    public static func tooSmall(width: Int, height: Int) -> Localized {
        Localized(zh: "请将窗口放大到至少 80x24（当前 \(width)x\(height)）",
                  en: "Enlarge the window to at least 80x24 (now \(width)x\(height))")
    }
}
