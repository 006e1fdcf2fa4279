import CityDashCore

/// The overview's charts of related figures: the selected figure's group (or its progress
/// towards a target) first, then the groups of `Headlines.chartSubjects` (with a district
/// chosen: of the district's own figures), as many as fit, each under a heading naming its
/// subject, with the legend on the last rows.
public enum ChartBoard {
    /// What the board shows for `state`, in order; at most `limit` charts.
    public enum Chart: Equatable, Sendable {
        case bars(title: String, [Metric])
        case progress(title: String, ProgressPair)

        /// What the chart is drawn from, as a key for `FrameMemo` (which is replaced with each
        /// new data set): its kind, its title and its figures' ids.
        var identity: [String] {
            switch self {
            case .bars(let title, let metrics): ["bars", title] + metrics.map(\.id)
            case .progress(let title, let pair): ["progress", title, pair.actual.id, pair.target.id]
            }
        }

        /// Rows the chart needs: its heading and bars, or its heading and the 3-row track.
        var height: Int {
            switch self {
            case .bars(_, let metrics): 1 + metrics.count
            case .progress: 1 + TargetProgress.height
            }
        }
    }

    public static func charts(for state: AppState) -> [Chart] {
        let dataset = state.dataset
        let lang = state.displayLanguage
        var charts: [Chart] = []
        if case .metric(let id)? = state.selectedItem, let metric = dataset.metric(id) {
            for chart in Self.charts(of: metric, in: dataset, lang) where !charts.contains(chart) { charts.append(chart) }
        }
        let selected = charts
        // The rest does not depend on the selection: grouped once per language and query.
        let key = RestKey(language: lang, query: state.query)
        let rest = state.frameMemo.value(.restOfCharts, key: key) { restOfCharts(state) }
        return charts + rest.filter { !selected.contains($0) }
    }

    /// What `restOfCharts` is made from (with the data set, `FrameMemo`'s own).
    struct RestKey: Hashable, Sendable {
        var language: Language
        var query: RecordQuery
    }

    /// The charts after the selected figure's, each once, in order: with a district chosen,
    /// those of its own figures (the first screenfuls of them), else those of the subjects.
    static func restOfCharts(_ state: AppState) -> [Chart] {
        let dataset = state.dataset
        let lang = state.displayLanguage
        var charts: [Chart] = []
        func add(_ chart: Chart) { if !charts.contains(chart) { charts.append(chart) } }
        // A chosen district charts only its own figures (the first screenfuls of them).
        guard state.district == .all else {
            for item in state.items(for: .overview).prefix(FigureGroups.scanLimit) {
                if case .metric(let id) = item, let metric = dataset.metric(id) {
                    Self.charts(of: metric, in: dataset, lang).forEach(add)
                }
            }
            return charts
        }
        for subject in Headlines.chartSubjects {
            for pair in FigureGroups.progressPairs(about: subject, in: dataset) {
                add(.progress(title: subjectName(subject, dataset, lang), pair))
            }
            for group in FigureGroups.groups(about: subject, in: dataset) {
                add(.bars(title: subjectName(subject, dataset, lang), group))
            }
        }
        return charts
    }

    /// The name of the town, zone, action or project a figure is about.
    static func subjectName(_ id: String?, _ dataset: Dataset, _ lang: Language) -> String {
        guard let id else { return "" }
        let name = dataset.action(id)?.name ?? dataset.zone(id)?.name ?? dataset.project(id)?.name
            ?? dataset.newTown(id)?.name
        return name?[lang] ?? id
    }

    /// The part before a colon (`正泰：`, `CHINT: `) that every label starts with, or "".
    static func commonPrefix(_ labels: [String]) -> String {
        guard let first = labels.first, labels.count >= 2,
              let colon = first.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return "" }
        var end = first.index(after: colon)
        if end < first.endIndex, first[end] == " " { end = first.index(after: end) }
        let prefix = String(first[..<end])
        return labels.allSatisfy { $0.hasPrefix(prefix) && $0.count > prefix.count } ? prefix : ""
    }

    /// The firm a `commonPrefix` names: without its colon and spaces (`正泰：` → `正泰`).
    static func firmName(_ prefix: String) -> String {
        func isPunctuation(_ character: Character) -> Bool { character == ":" || character == "：" || character == " " }
        var firm = Substring(prefix)
        while let last = firm.last, isPunctuation(last) { firm.removeLast() }
        while let first = firm.first, isPunctuation(first) { firm.removeFirst() }
        return String(firm)
    }

    /// The legend line: what the marks mean, in words.
    public static func legend(_ lang: Language) -> String {
        lang == .zh
            ? "█ 实际  ░┃ 至目标  ▲增长 ▼下降  超/余/多/+/以上：多于所示  近/左右：约数"
            : "█ actual  ░┃ to target  ▲ growth ▼ reduction  over/+: more than shown  nearly/about: approximate"
    }

    /// The legend wrapped to `width`: one line as written when it fits (what wrapping gives
    /// then, without wrapping it on every first frame).
    static func legendLines(_ lang: Language, width: Int) -> [String] {
        let text = legend(lang)
        return DisplayWidth.of(text) <= width ? [text] : TextWrap.lines(text, width: width)
    }

    /// The widest a chart is drawn.
    public static let maximumWidth = 100

    /// The charts of one figure: its progress towards its target and its group, if it has them.
    public static func charts(of metric: Metric, in dataset: Dataset, _ lang: Language) -> [Chart] {
        var charts: [Chart] = []
        let title = subjectName(metric.subject, dataset, lang)
        if let pair = FigureGroups.progressPair(of: metric, in: dataset) { charts.append(.progress(title: title, pair)) }
        if let group = FigureGroups.group(of: metric, in: dataset) { charts.append(.bars(title: title, group)) }
        return charts
    }

    /// Draws `charts` from the top of `area` while they fit; returns the rows used.
    @discardableResult
    public static func draw(_ charts: [Chart], in whole: Rect, _ lang: Language, buffer: inout Buffer) -> Int {
        // Bars longer than this are harder to compare by eye, not easier.
        let area = Rect(x: whole.x, y: whole.y, width: min(whole.width, maximumWidth), height: whole.height)
        var y = area.y
        for chart in charts {
            guard y + chart.height <= area.maxY else { break }
            switch chart {
            case .bars(let title, let metrics):
                var chart = BarChart(metrics: metrics, language: lang)
                // Labels that all name one firm (正泰：…, CHINT: …) name it once, in the heading.
                let prefix = commonPrefix(chart.bars.map(\.label))
                if !prefix.isEmpty {
                    for index in chart.bars.indices { chart.bars[index].label.removeFirst(prefix.count) }
                }
                let firm = firmName(prefix)
                let heading = firm.isEmpty ? title : title + " · " + firm
                buffer.write(heading.truncated(toWidth: area.width), x: area.x, y: y, role: .header, clip: area)
                y += 1
                y += chart.render(in: Rect(x: area.x, y: y, width: area.width, height: metrics.count), buffer: &buffer)
            case .progress(let title, let pair):
                buffer.write(title.truncated(toWidth: area.width), x: area.x, y: y, role: .header, clip: area)
                y += 1
                y += TargetProgress(pair: pair, language: lang)
                    .render(in: Rect(x: area.x, y: y, width: area.width, height: TargetProgress.height), buffer: &buffer)
            }
            y += 1
        }
        return y - area.y
    }

    /// Draws `shown` (from `charts(for:)`) framed in `rect`, with the legend at the bottom.
    public static func render(_ shown: [Chart], _ state: AppState, in rect: Rect, buffer: inout Buffer) {
        let lang = state.displayLanguage
        let title = lang == .zh ? "相关数字 · 同组同一标尺" : "Related figures · one scale per chart"
        let inner = TitledBox(title: title, borders: state.borders).render(in: rect, buffer: &buffer)
        let area = inner.inset(right: 1, left: 1)
        guard area.height >= 3, area.width >= 12 else { return }
        guard !shown.isEmpty else {
            let message = lang == .zh ? "这里没有可放在同一标尺上比较的数字。" : "No figures here to compare on one scale."
            buffer.write(message.truncated(toWidth: area.width), x: area.x, y: area.y, role: .muted, clip: area)
            return
        }
        let legendRows = legendLines(lang, width: area.width)
        let chartArea = area.inset(bottom: legendRows.count + 1)
        draw(shown, in: chartArea, lang, buffer: &buffer)
        for (index, row) in legendRows.enumerated() {
            buffer.write(row, x: area.x, y: area.maxY - legendRows.count + index, role: .muted, clip: area)
        }
    }
}
