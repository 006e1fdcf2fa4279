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

    /// The list over the charts on the left; the detail over every action's figures on the
    /// right. `detail` is the most the detail takes: `render` gives the figures what the
    /// selected action's detail leaves of it.
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
    /// a sort splits a group); with `summaries`, each action's summary under it (nil unless every
    /// summary is at most `summaries` columns wide: all or none, never some cut).
    static func list(_ state: AppState, summaries width: Int?) -> SectionList? {
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
            if let width, let summary = action.summary?[lang] {
                guard DisplayWidth.of(summary) <= width else { return nil }
                rows.append(.note(index, summary, indent: summaryIndent))
            }
        }
        return SectionList(rows: rows, highlight: state.search)
    }

    /// The actions under their group headings, without summaries.
    static func list(_ state: AppState) -> SectionList {
        list(state, summaries: nil) ?? SectionList(rows: [])
    }

    /// What the board draws that does not depend on the selection, made once per language,
    /// query and body: the list's rows, each listed action's charts and figures, and (kept as
    /// they are first drawn) the charts' cells and the figures' rows at their widths.
    struct Parts: Sendable {
        /// One listed action: its list index, its charts (each once, as places in `charts`)
        /// and its figures as lines.
        struct Listed: Sendable {
            var index: Int
            var name: String
            var charts: [Int]
            var figureCount: Int
            /// Its name over its figures as stated; empty when the articles give it none.
            var figures: [DetailLine]
        }

        var list: SectionList
        var listTitle: String
        var geometry: Geometry
        var actions: [Listed]
        /// Every listed action's charts, each once, in list order.
        var charts: [ChartBoard.Chart]
        /// A chart drawn alone at a width (`tile`), by its place in `charts`.
        var tiles = CellCache<Placed, [Cell]>()
        /// An action's figure rows at a width, by its list index.
        var figureRows = CellCache<Placed, TextBlock>()
        /// The line naming the actions without figures, by the list index left out (the
        /// selected one when it has none, else -1), at a width.
        var withoutRows = CellCache<Placed, TextBlock>()
        /// Rows of an action's detail at a width, by its list index.
        var detailRows = CellCache<Placed, Int>()
    }

    /// A chart or an action (by its place) drawn at a width.
    struct Placed: Hashable, Sendable {
        var index: Int
        var width: Int
    }

    static func parts(_ state: AppState, in body: Rect) -> Parts {
        state.frameMemo.value(.actionsParts, key: BoardPartsKey(state, in: body)) { makeParts(state, in: body) }
    }

    static func makeParts(_ state: AppState, in body: Rect) -> Parts {
        let lang = state.displayLanguage
        let data = state.dataset
        var shown = list(state)
        var actions: [Parts.Listed] = []
        var all: [ChartBoard.Chart] = []
        for (index, item) in state.items.enumerated() {
            guard case .action(let id) = item, let action = data.action(id) else { continue }
            let metrics = data.metrics(action.metrics)
            var charts: [ChartBoard.Chart] = []
            for metric in metrics {
                for chart in ChartBoard.charts(of: metric, in: data, lang) where !charts.contains(chart) { charts.append(chart) }
            }
            for chart in charts where !all.contains(chart) { all.append(chart) }
            let places = charts.compactMap { chart in all.firstIndex(of: chart) }
            var figures: [DetailLine] = []
            if !metrics.isEmpty {
                figures.append(DetailLine(action.name[lang] + " (\(metrics.count))", role: .header))
                for metric in metrics {
                    figures.append(DetailLine(FigureFormatter.format(metric, lang) + "  " + metric.shortName[lang] + " · "
                                              + FigureFormatter.when(metric, lang),
                                              role: metric.kind == .target ? .target : .value, indent: 2, hanging: 2))
                }
            }
            actions.append(Parts.Listed(index: index, name: action.name[lang], charts: places, figureCount: metrics.count,
                                        figures: figures))
        }
        // With room for every chart under them, each action's summary (when it fits whole) under its name.
        let withSummaries = list(state, summaries: Layout.columns(body, [.percent(50), .fill])[0].width - 2 - summaryIndent - 1)
        let chartRows = all.reduce(0) { $0 + $1.height + 1 } + 2 + 2 + 1
        if let withSummaries, geometry(state, rows: withSummaries.rows.count, in: body).charts.height >= chartRows {
            shown = withSummaries
        }
        return Parts(list: shown, listTitle: DashboardView.listTitle(state, count: state.items.count),
                     geometry: geometry(state, rows: shown.rows.count, in: body), actions: actions, charts: all)
    }

    /// How far a summary is indented under its action's name.
    static let summaryIndent = 2

    /// Charts of the listed actions' figures, the selected action's first, each once.
    static func charts(_ state: AppState) -> [ChartBoard.Chart] {
        let parts = parts(state, in: DashboardLayout(for: state).body)
        return order(state, parts).map { parts.charts[$0] }
    }

    /// The places in `parts.charts` of the charts shown, in order.
    static func order(_ state: AppState, _ parts: Parts) -> [Int] {
        let all = Array(parts.charts.indices)
        guard let selected = parts.actions.first(where: { $0.index == state.selectedIndex }), !selected.charts.isEmpty else {
            return all
        }
        return selected.charts + all.filter { !selected.charts.contains($0) }
    }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer) {
        let parts = parts(state, in: body)
        let g = parts.geometry
        renderList(state, parts, in: g.list, &buffer)
        renderCharts(state, parts, in: g.charts, &buffer)
        // The detail as tall as it needs (the rows `renderPreview` draws, in its frame), so
        // the other actions' figures are not cut short under blank rows.
        let rows = parts.detailRows.value(Placed(index: state.selectedIndex, width: g.detail.width)) {
            DetailLine.rows(DashboardView.previewLines(state), width: max(1, g.detail.width - 4), limit: g.detail.height).count
        }
        let detail = Rect(x: g.detail.x, y: g.detail.y, width: g.detail.width,
                          height: min(g.detail.height, max(minimumDetailHeight, rows + 2)))
        DashboardView.renderPreview(state, detail, &buffer)
        renderFigures(state, parts, in: Rect(x: g.figures.x, y: detail.maxY, width: g.figures.width,
                                              height: g.figures.maxY - detail.maxY), &buffer)
    }

    /// The fewest rows the detail takes, however little it says.
    static let minimumDetailHeight = 8

    /// The framed list. When it fits without scrolling, it is a region drawn with nothing
    /// selected, and the selected action's rows (its name and summary) are drawn lit over it.
    static func renderList(_ state: AppState, _ parts: Parts, in rect: Rect, _ buffer: inout Buffer) {
        let list = parts.list
        let box = TitledBox(title: parts.listTitle, borders: state.borders)
        guard list.rows.count <= rect.height - 2 else {
            list.render(in: box.render(in: rect, buffer: &buffer), selected: state.selectedIndex, buffer: &buffer)
            return
        }
        let inner = state.frameMemo.draw(.actionsList, key: BoardPartsKey(state, in: rect), in: rect, buffer: &buffer) {
            let inner = box.render(in: rect, buffer: &$0)
            list.render(in: inner, selected: Int.min, buffer: &$0)
            return inner
        }
        let rows = list.rows.indices.filter {
            switch list.rows[$0] {
            case .item(let index, _), .note(let index, _, _): index == state.selectedIndex
            case .heading, .blank: false
            }
        }
        guard let first = rows.first else { return }
        SectionList(rows: rows.map { list.rows[$0] }, highlight: list.highlight)
            .render(in: Rect(x: inner.x, y: inner.y + first, width: inner.width, height: rows.count),
                    selected: state.selectedIndex, buffer: &buffer)
    }

    /// `ChartBoard.render` of `charts(state)`, made cheap for a move of the selection (which
    /// only reorders the charts): the box, title and legend are a remembered region, and each
    /// chart is drawn alone once and its cells pasted where it now goes.
    static func renderCharts(_ state: AppState, _ parts: Parts, in rect: Rect, _ buffer: inout Buffer) {
        let lang = state.displayLanguage
        let area = state.frameMemo.draw(.actionsChartBox, key: BoardPartsKey(state, in: rect), in: rect, buffer: &buffer) {
            ChartBoard.render(parts.charts, state, in: rect, buffer: &$0)
            return chartArea(in: rect, drawsCharts: !parts.charts.isEmpty, lang)
        }
        let order = order(state, parts)
        // In the box's own order (the selected action has no charts, or its come first anyway) the box is right as it is.
        guard let area, order != Array(parts.charts.indices) else { return }
        var y = area.y
        for place in order {
            let chart = parts.charts[place]
            guard y + chart.height <= area.maxY else { break }
            let cells = parts.tiles.value(Placed(index: place, width: area.width)) { tile(chart, width: area.width, lang) }
            buffer.paste(cells, in: Rect(x: area.x, y: y, width: area.width, height: chart.height))
            // The blank row under it: the box's own order may have had a chart's row there.
            buffer.clear(area.row(y + chart.height - area.y))
            y += chart.height + 1
        }
        buffer.clear(area.inset(top: y - area.y))
    }

    /// Where `ChartBoard.render` draws its charts in `rect`: inside the frame and its margins,
    /// above the legend and the blank row over it, at most `ChartBoard.maximumWidth` wide; nil
    /// when it draws none. (`ActionsBoardTests` holds the two to the same cells.)
    static func chartArea(in rect: Rect, drawsCharts: Bool, _ lang: Language) -> Rect? {
        guard drawsCharts, rect.width >= 2, rect.height >= 2 else { return nil }
        let area = rect.inset(dx: 1, dy: 1).inset(right: 1, left: 1)
        guard area.height >= 3, area.width >= 12 else { return nil }
        let charts = area.inset(bottom: TextWrap.lines(ChartBoard.legend(lang), width: area.width).count + 1)
        return Rect(x: charts.x, y: charts.y, width: min(charts.width, ChartBoard.maximumWidth), height: charts.height)
    }

    /// One chart's cells, drawn alone at `width`: its heading and bars, as `ChartBoard.draw` draws it in a sequence.
    static func tile(_ chart: ChartBoard.Chart, width: Int, _ lang: Language) -> [Cell] {
        var canvas = Buffer(width: width, height: chart.height)
        ChartBoard.draw([chart], in: canvas.area, lang, buffer: &canvas)
        return canvas.cells
    }

    /// The other listed actions' figures as stated, under each action's name; actions the
    /// articles give no figures are named on one line at the end. When they do not all fit,
    /// the last row says how many figures are left out.
    static func renderFigures(_ state: AppState, _ parts: Parts, in rect: Rect, _ buffer: inout Buffer) {
        guard rect.height >= 3 else { return }
        let zh = state.displayLanguage == .zh
        // The selected action's figures are in its detail above.
        let others = parts.actions.filter { $0.index != state.selectedIndex }
        let total = others.reduce(0) { $0 + $1.figureCount }
        let inner = TitledBox(title: zh ? "其他行动的数字 (\(total)) · 按文章所述" : "Figures of the other actions (\(total)) · as stated",
                          borders: state.borders).render(in: rect, buffer: &buffer)
        let area = inner.inset(right: 1, left: 1)
        guard area.height > 0 else { return }
        let blocks = others.filter { !$0.figures.isEmpty }.map { action in
            (action, parts.figureRows.value(Placed(index: action.index, width: area.width)) {
                TextBlock(lines: action.figures, width: area.width)
            })
        }
        let left = parts.actions.contains { $0.index == state.selectedIndex && $0.figures.isEmpty } ? state.selectedIndex : -1
        let withoutRows = parts.withoutRows.value(Placed(index: left, width: area.width)) {
            let without = others.filter { $0.figures.isEmpty }.map(\.name)
            let line = DetailLine((zh ? "文章未给出数字：" : "No figures stated: ") + without.joined(separator: zh ? "、" : ", "),
                                  role: .muted)
            return TextBlock(lines: without.isEmpty ? [] : [line], width: area.width)
        }
        let fits = blocks.reduce(0) { $0 + $1.1.count } <= area.height
        // Either all figures (and the names without), or as many as fit over a row that counts the rest.
        let room = fits ? area.height : area.height - 1
        var y = area.y, shownFigures = 0
        for (_, rows) in blocks where y < area.y + room {
            let shown = min(rows.count, area.y + room - y)
            rows.draw(rows: 0..<shown, x: area.x, y: y, into: &buffer)
            // Line 0 is the action's name; a figure counts as shown when its first row is.
            shownFigures += rows.lineStarts.dropFirst().filter { $0 < shown }.count
            y += shown
        }
        if fits {
            withoutRows.draw(rows: 0..<min(withoutRows.count, area.maxY - y), x: area.x, y: y, into: &buffer)
        } else {
            let left = total - shownFigures
            buffer.write((zh ? "…… 还有 \(left) 项数字在此放不下（选中其行动可看）"
                             : "… \(left) more figures (select their action to see them)").truncated(toWidth: area.width),
                         x: area.x, y: area.maxY - 1, role: .muted, clip: area)
        }
    }

    static func item(atX x: Int, y: Int, _ state: AppState) -> Int? {
        let parts = parts(state, in: DashboardLayout(for: state).body)
        let list = parts.list
        let inner = parts.geometry.list.inset(dx: 1, dy: 1)
        guard inner.contains(x: x, y: y) else { return nil }
        return list.item(atY: y, in: inner, selected: state.selectedIndex)
    }
}
