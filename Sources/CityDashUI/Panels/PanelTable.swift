import CityDashCore

/// The list table of each panel: its columns and how one item reads as a row.
public enum PanelTable {
    /// The table for `items`, with rows built only for the `visibleRows` from the scroll position.
    /// A grouped list (`g`) gets a heading row above each category; the scroll position and the
    /// highlighted row count those rows too (`GroupedRows`).
    public static func table(for state: AppState, items: [ItemRef], width: Int, visibleRows: Int) -> Table {
        let lang = state.displayLanguage
        let data = state.dataset
        let layout = GroupedRows(runs: state.categoryRuns(for: state.panel), itemCount: items.count)
        let first = min(max(0, state.scroll[state.panel] ?? 0), layout.count)
        let last = min(layout.count, first + max(0, visibleRows))
        let marks = Set(state.marks)
        // The rows in view do not depend on the selection (only the highlight does), so a move
        // of the selection within the view builds none of them again.
        let listKey = ColumnsKey(view: DashboardView.ViewKey(state), query: state.query, width: width,
                                 marks: state.marks)
        let rowsKey = RowsKey(columns: listKey, panel: state.panel, first: first, last: last)
        let short = state.panel == .overview && items.count <= fittingSampleLimit
        // A short list of figures is built whole once: its columns are sized on every figure, so
        // they stay put while scrolling, and each figure is formatted once for both the fitting
        // and the rows in view (remembered, neither is done again for a move of the selection).
        let whole: ShortList? = !short ? nil : state.frameMemo.value(.listColumns, key: listKey) {
            let rows = items.map { row($0, data, lang, width: width, marks: marks, asciiOnly: state.asciiOnly) }
            return ShortList(columns: fitted(columns(state.panel, lang, width: width), to: rows, width: width),
                             rows: rows)
        }
        let rows = state.frameMemo.value(.listRows, key: rowsKey) { () -> [[Table.Content]] in
            let counts = state.panel == .sources ? DatasetQuery(data).countsBySource() : [:]
            return (first..<last).map { index -> [Table.Content] in
                switch layout.content(ofRow: index) {
                case .heading(let run)?: return [.heading(heading(run, lang))]
                case .item(let item)?:
                    if let whole { return whole.rows[item] }
                    return row(items[item], data, lang, width: width, counts: counts, marks: marks,
                               asciiOnly: state.asciiOnly)
                case nil: return []
                }
            }
        }
        var shown = whole?.columns ?? columns(state.panel, lang, width: width)
        if state.panel == .overview && whole == nil {
            // A long list is sized on the rows in view.
            shown = fitted(shown, to: rows.filter { $0.count > 1 }, width: width)
        }
        return Table(columns: shown, rows: rows, firstRow: first,
                     selected: layout.row(ofItem: state.selectedIndex), borders: state.borders,
                     highlight: state.search)
    }

    /// A short list of figures built whole: every row, and the columns sized on them.
    struct ShortList: Sendable {
        var columns: [Table.Column]
        var rows: [[Table.Content]]
    }

    /// What the list is built from (with the data set, `FrameMemo`'s own): the overview's fitted
    /// columns are sized from it, and with the scroll position it names the rows in view.
    struct ColumnsKey: Hashable, Sendable {
        var view: DashboardView.ViewKey
        var query: RecordQuery
        var width: Int
        var marks: [String]
    }

    /// What the rows in view are built from: the list (query and panel) and where it is scrolled.
    struct RowsKey: Hashable, Sendable {
        var columns: ColumnsKey
        var panel: PanelID
        var first: Int
        var last: Int
    }

    /// Up to this many figures, columns are sized on all of them.
    static let fittingSampleLimit = 500

    /// A group's heading row: its category and how many figures it has.
    static func heading(_ run: CategoryRun, _ lang: Language) -> String {
        lang == .zh ? "\(run.category.label.zh)（\(run.count)项）"
            : "\(run.category.label.en) (\(run.count) figure\(run.count == 1 ? "" : "s"))"
    }

    /// `columns` with each `fitsContent` column sized to its widest text in `rows` (and its
    /// title), the fill column taking the rest up to its own widest text. Only when that leaves the fill column less than
    /// two fifths of the width (or its own widest text, if less) do the fitted columns give back
    /// width, the rightmost first, never below their titles.
    static func fitted(_ columns: [Table.Column], to rows: [[Table.Content]], width: Int) -> [Table.Column] {
        guard let fill = columns.firstIndex(where: { $0.width == .fill }) else { return columns }
        let fitted = columns.indices.filter { columns[$0].fitsContent }
        // Each text measured once: the widths of the fill column's and the fitted columns' texts.
        var measured = [[Int]](repeating: [], count: columns.count)
        for index in fitted + [fill] { measured[index] = textWidths(of: index, in: rows) }
        func widest(_ index: Int) -> Int {
            var widest = DisplayWidth.of(columns[index].title)
            for width in measured[index] where width > widest { widest = width }
            return widest
        }
        let widestFill = widest(fill)
        var out = columns
        for index in fitted { out[index].width = .length(widest(index)) }
        func length(_ column: Table.Column) -> Int {
            if case .length(let n) = column.width { return n }
            if case .percent(let p) = column.width { return width * p / 100 }
            return 0
        }
        let floor = min(widestFill, max(8, width * 2 / 5))
        var spare = width - max(0, columns.count - 1) - out.reduce(0) { $0 + length($1) } - floor
        for index in fitted.reversed() where spare < 0 {
            let give = max(0, min(-spare, length(out[index]) - DisplayWidth.of(columns[index].title)))
            out[index].width = .length(length(out[index]) - give)
            spare += give
        }
        // A few long entries (a target "year not stated") must not cut every name: text columns
        // give back down to what most of their rows need while the names are still cut. Figures
        // (right-aligned) are never cut.
        var fillWidth = floor + max(0, spare)
        for index in fitted.reversed() where !columns[index].alignRight && fillWidth < widestFill {
            let usual = max(DisplayWidth.of(columns[index].title), mostRowsWidth(measured[index]),
                            min(length(out[index]), readableCut))
            let give = max(0, min(widestFill - fillWidth, length(out[index]) - usual))
            out[index].width = .length(length(out[index]) - give)
            fillWidth += give
        }
        // The fill column is no wider than its widest text: what is left stays blank at the right,
        // rather than a gap between a name and its figure.
        out[fill].width = .length(min(widestFill, fillWidth))
        return out
    }

    /// The widths of the texts in column `index` of `rows`, in row order (rows without a text
    /// there are left out).
    static func textWidths(of index: Int, in rows: [[Table.Content]]) -> [Int] {
        var widths: [Int] = []
        widths.reserveCapacity(rows.count)
        for row in rows where index < row.count {
            if case .text(let text, _) = row[index] { widths.append(DisplayWidth.of(text)) }
        }
        return widths
    }

    /// A text column cut to make room for names keeps this many columns, so a cut entry still
    /// says what it is ("target, in the…").
    static let readableCut = 14

    /// The width that three in four of the rows' texts in column `index` fit in.
    static func mostRowsWidth(of index: Int, in rows: [[Table.Content]]) -> Int {
        mostRowsWidth(textWidths(of: index, in: rows))
    }

    /// The width that three in four of `widths` fit in (0 for none).
    static func mostRowsWidth(_ widths: [Int]) -> Int {
        let widths = widths.sorted()
        guard !widths.isEmpty else { return 0 }
        return widths[min(widths.count - 1, widths.count * 3 / 4)]
    }

    static func showsGauges(width: Int) -> Bool { width >= 96 }

    /// Lists this wide get an extra descriptive column.
    static func isWide(_ width: Int) -> Bool { width >= 84 }

    static func columns(_ panel: PanelID, _ lang: Language, width: Int) -> [Table.Column] {
        let zh = lang == .zh
        switch panel {
        case .overview:
            var columns = [
                Table.Column(zh ? "指标" : "Figure", .fill),
                Table.Column(zh ? "数值" : "Value", .length(zh ? 16 : 22), alignRight: true, fitsContent: true),
                Table.Column(zh ? "时间" : "Year", .length(zh ? 12 : 14), fitsContent: true),
            ]
            if showsGauges(width: width) { columns.append(Table.Column(zh ? "占比" : "Share", .length(12))) }
            return columns
        case .towns:
            return [Table.Column(zh ? "新城" : "New town", .fill)]
                + (isWide(width) ? [Table.Column(zh ? "场景" : "Scenarios", .length(10))] : [])
                + [Table.Column(zh ? "区" : "District", .length(10))]
        case .zones:
            return [Table.Column(zh ? "示范区" : "Zone", .fill)]
                + (isWide(width) ? [Table.Column(zh ? "重点" : "Focus", .percent(45))] : [])
                + [Table.Column(zh ? "区" : "District", .length(10))]
        case .actions:
            return [Table.Column(zh ? "行动" : "Action", .fill)]
                + (isWide(width) ? [Table.Column(zh ? "类别" : "Group", .percent(35))] : [])
        case .district:
            return [Table.Column(zh ? "名称" : "Name", .fill)]
        case .projects:
            return [Table.Column(zh ? "类型/日期" : "Kind/date", .length(zh ? 14 : 17)),
                    Table.Column(zh ? "项目与事件" : "Project or event", .fill)]
                + (isWide(width) ? [Table.Column(zh ? "参与方" : "Parties", .percent(35))] : [])
        case .sources:
            return [Table.Column(zh ? "文章" : "Article", .fill)]
                + (isWide(width) ? [Table.Column(zh ? "媒体" : "Outlet", .percent(20))] : [])
                + [Table.Column(zh ? "日期" : "Date", .length(10)),
                   Table.Column(zh ? "条数" : "Records", .length(7), alignRight: true)]
        }
    }

    /// `counts`: records per source id, for the sources panel.
    /// `marks`: figures marked for comparison, drawn with a mark before their name.
    static func row(_ item: ItemRef, _ data: Dataset, _ lang: Language, width: Int,
                    counts: [String: Int] = [:], marks: Set<String> = [], asciiOnly: Bool = false) -> [Table.Content] {
        func short(_ district: String?) -> Table.Content {
            .text(district.flatMap { data.district($0)?.short[lang] } ?? "", .label)
        }
        switch item {
        case .metric(let id):
            guard let m = data.metric(id) else { return [] }
            let name: Table.Content = marks.isEmpty ? .text(m.name[lang], .normal)
                : marks.contains(id) ? .text((asciiOnly ? "* " : "● ") + m.name[lang], .accent)
                : .text("  " + m.name[lang], .normal)
            let figure: Table.Content = .text(FigureFormatter.format(m, lang), m.kind == .target ? .target : .value)
            let when: Table.Content = .text(FigureFormatter.when(m, lang), .muted)
            // Each row made at its final length: an append grew every row's array once more.
            guard showsGauges(width: width) else { return [name, figure, when] }
            return [name, figure, when, m.measure == .share ? .gauge(m.value.doubleValue) : .text("", .normal)]
        case .town(let id):
            guard let t = data.newTown(id) else { return [] }
            let count: [Table.Content] = isWide(width) ? [.text(t.scenarioCount.map(String.init) ?? "-", .value)] : []
            return [.text("\(t.name[lang]) · \(t.positioning[lang])", .normal)] + count + [short(t.district)]
        case .zone(let id):
            guard let z = data.zone(id) else { return [] }
            let focus: [Table.Content] = isWide(width) ? [.text(z.focus[lang], .label)] : []
            return [.text(z.name[lang], .normal)] + focus + [short(z.district)]
        case .action(let id):
            guard let a = data.action(id) else { return [] }
            return [.text(a.name[lang], .normal)] + (isWide(width) ? [.text(a.group?[lang] ?? "", .label)] : [])
        case .project(let id):
            guard let p = data.project(id) else { return [] }
            let parties = p.parties.map { $0[lang] }.joined(separator: lang == .zh ? "、" : ", ")
            return [.text(p.kind.label[lang], .accent), .text(p.name[lang], .normal)]
                + (isWide(width) ? [.text(parties, .label)] : [])
        case .event(let id):
            guard let e = data.event(id) else { return [] }
            let place: [Table.Content] = isWide(width) ? [.text(e.place?[lang] ?? "", .label)] : []
            return [.text(e.date, .muted), .text(e.name[lang], .normal)] + place
        case .source(let id):
            guard let s = data.source(id) else { return [] }
            let outlet: [Table.Content] = isWide(width) ? [.text(s.outlet?[lang] ?? UIText.noOutlet[lang], .label)] : []
            return [.text(s.title[lang], .normal)] + outlet
                + [.text(s.date ?? (lang == .zh ? "未注明" : "not given"), .muted), .text("\(counts[id] ?? 0)", .value)]
        }
    }
}
