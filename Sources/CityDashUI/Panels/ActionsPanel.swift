import CityDashCore

/// The industry actions panel (4) on a big screen: the actions listed under their groups on the
/// left, over the actions' figures as bar charts (one scale per chart, only figures stated
/// together in one unit share one) starting with the selected action's; on the right the
/// selected action's detail over the other actions' figures as stated.
enum ActionsPanel {
    struct Geometry {
        var list: Rect
        var charts: Rect
        var detail: Rect
        var figures: Rect
    }

    /// The list over the charts on the left; the detail over every action's figures on the right.
    static func geometry(_ state: AppState, rows: Int, in body: Rect) -> Geometry {
        let columns = Layout.columns(body, [.percent(50), .fill])
        let listHeight = min(columns[0].height - 12, rows + 2)
        let detailHeight = max(12, columns[1].height * 2 / 5)
        return Geometry(list: Rect(x: body.x, y: body.y, width: columns[0].width, height: listHeight),
                        charts: columns[0].inset(top: listHeight),
                        detail: Rect(x: columns[1].x, y: columns[1].y, width: columns[1].width, height: detailHeight),
                        figures: columns[1].inset(top: detailHeight))
    }

    /// The actions under their group headings, in list order (a group heading repeats when
    /// a sort splits a group).
    static func list(_ state: AppState) -> SectionList {
        let lang = state.displayLanguage
        var rows: [SectionList.Row] = []
        var group: String?
        for (index, item) in state.items.enumerated() {
            guard case .action(let id) = item, let action = state.dataset.action(id) else { continue }
            let name = action.group?[lang] ?? (lang == .zh ? "其他" : "Other")
            if name != group {
                if group != nil { rows.append(.blank) }
                rows.append(.heading(name, .header))
                group = name
            }
            rows.append(.item(index, [SectionList.Cell(text: action.name[lang], role: .normal, width: nil)]))
        }
        return SectionList(rows: rows, highlight: state.search)
    }

    /// Charts of the listed actions' figures, the selected action's first.
    static func charts(_ state: AppState) -> [ChartBoard.Chart] {
        let lang = state.displayLanguage
        var actions = state.items.compactMap { item -> IndustryAction? in
            if case .action(let id) = item { return state.dataset.action(id) }
            return nil
        }
        if case .action(let id)? = state.selectedItem, let index = actions.firstIndex(where: { $0.id == id }) {
            actions.insert(actions.remove(at: index), at: 0)
        }
        var out: [ChartBoard.Chart] = []
        for action in actions {
            for metric in state.dataset.metrics(action.metrics) {
                for chart in ChartBoard.charts(of: metric, in: state.dataset, lang) where !out.contains(chart) {
                    out.append(chart)
                }
            }
        }
        return out
    }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer) {
        let list = list(state)
        let g = geometry(state, rows: list.rows.count, in: body)
        let inner = TitledBox(title: DashboardView.listTitle(state, count: state.items.count), borders: state.borders)
            .render(in: g.list, buffer: &buffer)
        list.render(in: inner, selected: state.selectedIndex, buffer: &buffer)
        ChartBoard.render(charts(state), state, in: g.charts, buffer: &buffer)
        DashboardView.renderPreview(state, g.detail, &buffer)
        renderFigures(state, in: g.figures, &buffer)
    }

    /// The other listed actions' figures as stated, under each action's name; actions the
    /// articles give no figures are named on one line at the end.
    static func renderFigures(_ state: AppState, in rect: Rect, _ buffer: inout Buffer) {
        guard rect.height >= 3 else { return }
        let lang = state.displayLanguage
        let zh = lang == .zh
        var actions = state.items.enumerated().compactMap { index, item -> (Int, IndustryAction)? in
            if case .action(let id) = item, let action = state.dataset.action(id) { return (index, action) }
            return nil
        }
        // The selected action's figures are in its detail above.
        actions.removeAll { $0.0 == state.selectedIndex }
        let total = actions.reduce(0) { $0 + $1.1.metrics.count }
        let inner = TitledBox(title: zh ? "其他行动的数字 (\(total)) · 按文章所述" : "Figures of the other actions (\(total)) · as stated",
                          borders: state.borders).render(in: rect, buffer: &buffer)
        var lines: [DetailLine] = []
        var without: [String] = []
        for (_, action) in actions {
            let metrics = state.dataset.metrics(action.metrics)
            guard !metrics.isEmpty else {
                without.append(action.name[lang])
                continue
            }
            lines.append(DetailLine(action.name[lang] + " (\(metrics.count))", role: .header))
            for metric in metrics {
                lines.append(DetailLine(FigureFormatter.format(metric, lang) + "  " + metric.shortName[lang] + " · "
                                        + FigureFormatter.when(metric, lang),
                                        role: metric.kind == .target ? .target : .value, indent: 2, hanging: 2))
            }
        }
        if !without.isEmpty {
            lines.append(DetailLine((zh ? "文章未给出数字：" : "No figures stated: ") + without.joined(separator: zh ? "、" : ", "),
                                    role: .muted))
        }
        DashboardView.drawLines(lines, scroll: 0, in: inner.inset(right: 1, left: 1), wholeCount: false, &buffer)
    }

    static func item(atX x: Int, y: Int, _ state: AppState) -> Int? {
        let list = list(state)
        let g = geometry(state, rows: list.rows.count, in: DashboardLayout(for: state).body)
        let inner = g.list.inset(dx: 1, dy: 1)
        guard inner.contains(x: x, y: y) else { return nil }
        return list.item(atY: y, in: inner, selected: state.selectedIndex)
    }
}
