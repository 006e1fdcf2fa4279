import CityDashCore

/// The compare view (`b`): the marked figures side by side as bars. Figures share a scale only
/// with figures of the same unit: each unit gets its own chart under a heading that names the
/// unit, so 亿元 are never drawn against 家 or %. Each bar is labelled with the figure exactly as
/// stated (qualifier included) and its year or target year; the bars' lengths are the only
/// thing computed, and no number but the stated ones is written.
public enum CompareView {
    /// The marked figures that still exist, grouped by unit in the order of their first mark.
    public static func groups(_ state: AppState) -> [[Metric]] {
        var order: [MetricUnit] = []
        var members: [MetricUnit: [Metric]] = [:]
        for id in state.marks {
            guard let metric = state.dataset.metric(id) else { continue }
            if members[metric.unit] == nil { order.append(metric.unit) }
            members[metric.unit, default: []].append(metric)
        }
        return order.compactMap { members[$0] }
    }

    /// The bars of one unit's figures: the bar chart's own (▲/▼ for growth and cuts, targets in
    /// the target role), each figure followed by its year and whether it is actual or a target.
    public static func bars(_ metrics: [Metric], _ lang: Language) -> [BarChart.Bar] {
        let chart = BarChart(metrics: metrics, language: lang)
        return zip(chart.bars, metrics).map { bar, metric in
            var bar = bar
            let sign: String = switch metric.measure {
            case .growth: "▲ "
            case .reduction: "▼ "
            default: ""
            }
            bar.figure = sign + FigureFormatter.format(metric, lang) + " · " + status(metric, lang)
            return bar
        }
    }

    /// "2021年 实际", "2025年目标", "actual 2021", "target 2025".
    static func status(_ metric: Metric, _ lang: Language) -> String {
        let when = FigureFormatter.when(metric, lang)
        guard metric.kind == .actual else { return when }
        if lang == .zh { return when.isEmpty ? "实际" : when + " 实际" }
        return when.isEmpty ? "actual" : "actual " + when
    }

    /// The heading of a unit's chart.
    static func heading(_ unit: MetricUnit, count: Int, _ lang: Language) -> String {
        if lang == .zh {
            return (unit == .none ? "无单位" : "单位：\(unit.written)")
                + (count == 1 ? "（1项，没有同单位的指标可比）" : "（\(count)项，同一比例尺）")
        }
        return "Unit: \(englishName(unit))" + (count == 1 ? " (1; nothing in this unit to compare with)" : " (\(count), one scale)")
    }

    static func englishName(_ unit: MetricUnit) -> String {
        switch unit {
        case .yuan: "CNY"
        case .percent: "%"
        case .ge: "count"
        case .jia: "firms"
        case .tai: "machines"
        case .ren: "people"
        case .tiao: "lines"
        case .pi: "batches"
        case .kuan: "products"
        case .jie: "editions"
        case .squareKilometre: "km²"
        case .kilometre: "km"
        case .squareMetre, .fang: "m² (\(unit == .fang ? "fang" : "square metres"))"
        case .nanometre: "nm"
        case .none: "none"
        }
    }

    /// Where the view is drawn: the top of `body`, as tall as its charts need (the panel stays
    /// in view below), and at least `minHeight` rows, so that it covers whole parts of the panel
    /// (the overview's cards and map) instead of leaving their last rows showing under it.
    public static func box(_ groups: [[Metric]], in body: Rect, minHeight: Int = 0) -> Rect {
        // Each chart's heading and bars, a blank row between charts, the footer, the frame.
        let wanted = groups.reduce(0) { $0 + 1 + $1.count } + max(0, groups.count - 1) + 2 + 2
        return Rect(x: body.x, y: body.y, width: body.width, height: min(body.height, max(wanted, minHeight)))
    }

    public static func render(_ state: AppState, in full: Rect, minHeight: Int = 0, buffer: inout Buffer) {
        let lang = state.displayLanguage
        let groups = groups(state)
        let total = groups.reduce(0) { $0 + $1.count }
        let body = box(groups, in: full, minHeight: minHeight)
        buffer.fill(body)
        let inner = TitledBox(title: "\(UIText.compareTitle[lang]) (\(total))", borders: state.borders)
            .render(in: body, buffer: &buffer)
        let area = inner.inset(right: 1, left: 1)
        guard area.width > 0, area.height > 1 else { return }
        // The last row explains the scales and the keys.
        let note = lang == .zh ? "不同单位不共用比例尺，分开绘制 · " : "Different units never share a scale · "
        let footer = (note + UIText.compareHint[lang]).truncated(toWidth: area.width)
        buffer.write(footer, x: area.x, y: area.maxY - 1, role: .muted, clip: area)
        var y = area.y
        var shown = 0
        let bottom = area.maxY - 2
        for (number, group) in groups.enumerated() {
            // A heading, at least one bar and, after another chart, a blank row.
            let gap = number == 0 ? 0 : 1
            guard y + gap + 1 < bottom else { break }
            y += gap
            buffer.write(heading(group[0].unit, count: group.count, lang).truncated(toWidth: area.width),
                         x: area.x, y: y, role: .title, clip: area)
            y += 1
            let rows = min(group.count, bottom - y)
            let chart = BarChart(bars: bars(Array(group.prefix(rows)), lang))
            y += chart.render(in: Rect(x: area.x, y: y, width: area.width, height: rows), buffer: &buffer)
            shown += rows
        }
        if shown < total {
            let more = lang == .zh ? "还有 \(total - shown) 项放不下：放大窗口或用 m 取消部分标记"
                : "\(total - shown) more do not fit: enlarge the window or unmark some with m"
            buffer.write(more.truncated(toWidth: area.width), x: area.x, y: area.maxY - 2, role: .warning, clip: area)
        }
    }
}
