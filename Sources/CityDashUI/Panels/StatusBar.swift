import CityDashCore

/// The bottom line: the active district and search, the answer to the last key (`notice`), a
/// data warning when the data directory is broken, and the most useful keys.
public enum StatusBar {
    public static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        let lang = state.displayLanguage
        buffer.fill(rect, role: .statusBar)
        var left = " \(UIText.district[lang]): \(DashboardView.districtLabel(state))"
        if state.isEditingSearch || !state.search.isEmpty {
            // A full search says so before the query, which can be wider than the screen.
            let full = !AppReducer.searchIsFull(state) ? ""
                : lang == .zh ? "(上限\(AppReducer.searchLimit)字符)" : " (max \(AppReducer.searchLimit))"
            left += "  \(UIText.search[lang])\(full): /\(state.search)" + (state.isEditingSearch ? "▏" : "")
        }
        // The answer to the last key comes first; the filter and sort show again after the next key.
        if state.notice == nil, !state.filter.isEmpty {
            left += "  \(lang == .zh ? "筛选" : "Filter"): \(UIText.filterSummary(state.filter)[lang])"
        }
        if state.notice == nil, state.sort != .source {
            left += "  \(lang == .zh ? "排序" : "Sort"): \(state.sort.label[lang])"
        }
        if state.notice == nil, state.grouping == .category {
            left += lang == .zh ? "  分组：类别" : "  Grouped: category"
        }
        if state.notice == nil, !state.marks.isEmpty {
            left += lang == .zh ? "  已标记：\(state.marks.count)" : "  Marked: \(state.marks.count)"
        }
        var x = rect.x + buffer.write(left + " ", x: rect.x, y: rect.y, role: .statusBar, clip: rect)
        if let notice = state.notice {
            x += buffer.write(" \(notice[lang]) ", x: x, y: rect.y, maxWidth: max(0, rect.maxX - x), role: .accent,
                              clip: rect)
        }
        if let warning = state.dataWarnings.first {
            let text = " ⚠ \(UIText.dataWarning[lang]): \(warning.file):\(warning.line): \(warning.message) "
            x += buffer.write(text, x: x, y: rect.y, maxWidth: max(0, rect.maxX - x), role: .warning, clip: rect)
            return
        }
        if let note = state.terminalNote {
            let text = " " + note[lang] + " "
            buffer.write(text, x: max(x, rect.maxX - DisplayWidth.of(text)), y: rect.y,
                         maxWidth: max(0, rect.maxX - x), role: .warning, clip: rect)
            return
        }
        let hints: String
        if case .detail = state.overlay {
            hints = UIText.detailHints[lang]
        } else {
            hints = state.asciiOnly ? UIText.asciiHints : UIText.hints[lang]
        }
        let width = DisplayWidth.of(hints) + 1
        if rect.maxX - width > x {
            buffer.write(hints, x: rect.maxX - width, y: rect.y, role: .statusBar, clip: rect)
        }
    }
}
