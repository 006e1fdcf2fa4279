import CityDashCore

/// The list table of each panel: its columns and how one item reads as a row.
public enum PanelTable {
    /// The table for `items`, with rows built only for the `visibleRows` from the scroll position.
    public static func table(for state: AppState, items: [ItemRef], width: Int, visibleRows: Int) -> Table {
        let lang = state.displayLanguage
        let data = state.dataset
        let columns = columns(state.panel, lang, width: width)
        let first = min(max(0, state.scroll[state.panel] ?? 0), items.count)
        let last = min(items.count, first + max(0, visibleRows))
        let counts = state.panel == .sources ? DatasetQuery(data).countsBySource() : [:]
        let rows = items[first..<last].map { row($0, data, lang, width: width, counts: counts) }
        return Table(columns: columns, rows: rows, firstRow: first, selected: state.selectedIndex,
                     borders: state.borders, highlight: state.search)
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
                Table.Column(zh ? "数值" : "Value", .length(zh ? 16 : 22), alignRight: true),
                Table.Column(zh ? "时间" : "Year", .length(zh ? 12 : 14)),
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
    static func row(_ item: ItemRef, _ data: Dataset, _ lang: Language, width: Int,
                    counts: [String: Int] = [:]) -> [Table.Content] {
        func short(_ district: String?) -> Table.Content {
            .text(district.flatMap { data.district($0)?.short[lang] } ?? "", .label)
        }
        switch item {
        case .metric(let id):
            guard let m = data.metric(id) else { return [] }
            var cells: [Table.Content] = [
                .text(m.name[lang], .normal),
                .text(FigureFormatter.format(m, lang), m.kind == .target ? .target : .value),
                .text(FigureFormatter.when(m, lang), .muted),
            ]
            if showsGauges(width: width) {
                cells.append(m.measure == .share ? .gauge(m.value.doubleValue) : .text("", .normal))
            }
            return cells
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
