import CityDashCore

/// The sources panel (6) on a big screen: the five articles as cards side by side (outlet,
/// title, date or why there is none, author, how many records it states), and under them what
/// the selected article states (its records by kind, figures as stated, with its own words
/// when they fit) then what the others state, in columns, beside the records per article
/// compared on one scale.
enum SourcesPanel {
    static func board(_ state: AppState) -> CardBoard {
        let lang = state.displayLanguage
        var cards: [CardBoard.Card] = []
        let counts = DatasetQuery(state.dataset).countsBySource()
        for (index, item) in state.items.enumerated() {
            guard case .source(let id) = item, let source = state.dataset.source(id) else { continue }
            var lines = [DetailLine(source.title[lang], role: .title), .blank]
            lines.append(DetailLine("\(UIText.date[lang]): \(source.date ?? UIText.noDate[lang])", role: .label))
            if let author = source.author { lines.append(DetailLine("\(UIText.author[lang]): \(author[lang])", role: .label)) }
            let count = counts[id] ?? 0
            lines.append(DetailLine(lang == .zh ? "所载记录 \(count) 条" : "\(count) records", role: .value))
            if let dateNote = source.dateNote { lines += [.blank, DetailLine(dateNote[lang], role: .muted)] }
            cards.append(CardBoard.Card(item: index, title: source.outlet?[lang] ?? UIText.noOutlet[lang], lines: lines))
        }
        let width = DashboardLayout(for: state).body.width
        return CardBoard(cards: cards, columns: min(max(1, cards.count), max(1, width / 22)), district: nil,
                         showsDetail: false)
    }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer) {
        let board = board(state)
        board.render(state, in: body, buffer: &buffer)
        let rest = board.geometry(in: body).detail
        guard rest.height >= 3, case .source(let id)? = state.selectedItem, let source = state.dataset.source(id) else { return }
        let lang = state.displayLanguage
        let zh = lang == .zh
        let figures = Figures(state.dataset)
        // Beside the article's records, what each article contributes, kind by kind.
        let compareWidth = rest.width >= 150 ? min(90, rest.width * 2 / 5) : 0
        if compareWidth > 0 {
            renderComparison(state, figures, in: Rect(x: rest.maxX - compareWidth, y: rest.y, width: compareWidth, height: rest.height),
                             &buffer)
        }
        let inner = TitledBox(title: (zh ? "本文所载记录 · 《" : "What it states · 《") + source.title[lang] + "》 · Enter "
                            + (zh ? "只看这些" : "to list them"),
                          borders: state.borders).render(in: rest.inset(right: compareWidth), buffer: &buffer)
        let area = inner.inset(right: 1, left: 1)
        // With the article's own words under each record when they all fit, else the records alone.
        let most = max(1, area.width / 72)
        // Then the other articles' records, as far as the room goes.
        var others: [DetailLine] = []
        for other in state.dataset.sources where other.id != source.id {
            others += [.blank, DetailLine("《\(other.title[lang])》", role: .title)] + lines(other, state, figures, quotes: false)
        }
        let width = max(1, min(area.width / most - 2, 70))
        let capacity = most * area.height
        var rows = DetailLine.rows(lines(source, state, figures, quotes: true), width: width)
        if rows.count > capacity {
            rows = DetailLine.rows(lines(source, state, figures, quotes: false), width: width)
        }
        rows += DetailLine.rows(others, width: width, limit: max(0, capacity - rows.count))
        // As many columns as the rows need and the width allows, filled top to bottom.
        let columns = max(1, min(most, (rows.count + area.height - 1) / max(1, area.height)))
        let columnWidth = area.width / columns
        for (index, row) in rows.prefix(columns * area.height).enumerated() {
            let column = index / max(1, area.height)
            let cell = Rect(x: area.x + column * columnWidth, y: area.y + index % max(1, area.height),
                            width: columnWidth - 1, height: 1)
            buffer.write(row.0, x: cell.x, y: cell.y, role: row.1, clip: cell)
        }
    }

    /// The records of one article by kind: figures with their stated values, then names; with
    /// `quotes`, each followed by the sentence of the article that states it.
    static func lines(_ source: Source, _ state: AppState, _ figuresBySource: Figures, quotes: Bool) -> [DetailLine] {
        let lang = state.displayLanguage
        let data = state.dataset
        var out: [DetailLine] = []
        func section(_ title: Localized, _ names: [DetailLine]) {
            guard !names.isEmpty else { return }
            let count = names.filter { $0.role != .quote }.count
            out.append(DetailLine("\(title[lang]) (\(count))", role: .header))
            out += names
        }
        func said(_ quote: String) -> [DetailLine] {
            quotes && !state.asciiOnly ? [DetailLine("「\(quote)」", role: .quote, indent: 4)] : []
        }
        let figures = (figuresBySource.first[source.id] ?? []).flatMap {
            [DetailLine(FigureFormatter.format($0, lang) + "  " + $0.shortName[lang], role: $0.kind == .target ? .target : .value,
                        indent: 2, hanging: 2)] + said($0.quote)
        }
        section(UIText.figures, Array(figures))
        func names(_ values: [(Localized, String)]) -> [DetailLine] {
            values.flatMap { [DetailLine("• " + $0.0[lang], indent: 2, hanging: 2)] + said($0.1) }
        }
        section(PanelID.towns.title, names(data.newTowns.filter { $0.source == source.id }.map { ($0.name, $0.quote) }))
        section(PanelID.zones.title, names(data.zones.filter { $0.source == source.id }.map { ($0.name, $0.quote) }))
        section(PanelID.actions.title, names(data.actions.filter { $0.source == source.id }.map { ($0.name, $0.quote) }))
        section(PanelID.projects.title, names(data.projects.filter { $0.source == source.id }.map { ($0.name, $0.quote) }
                                              + data.events.filter { $0.source == source.id }.map { ($0.name, $0.quote) }))
        return out
    }

    /// Records per article, in all and of each kind, one bar chart each, every chart on one
    /// scale (the most records any article states), the selected article marked.
    static func renderComparison(_ state: AppState, _ figures: Figures, in rect: Rect, _ buffer: inout Buffer) {
        let lang = state.displayLanguage
        let zh = lang == .zh
        let data = state.dataset
        let inner = TitledBox(title: zh ? "各篇文章所载记录 · 同一标尺" : "Records per article · one scale", borders: state.borders)
            .render(in: rect, buffer: &buffer)
        let area = inner.inset(right: 1, left: 1)
        let sources = data.sources
        let kinds: [(Localized, (String) -> Int)] = [
            (UIText.figures, { id in figures.counts[id] ?? 0 }),
            (PanelID.towns.title, { id in data.newTowns.filter { $0.source == id }.count }),
            (PanelID.zones.title, { id in data.zones.filter { $0.source == id }.count }),
            (PanelID.actions.title, { id in data.actions.filter { $0.source == id }.count }),
            (PanelID.projects.title, { id in data.projects.filter { $0.source == id }.count + data.events.filter { $0.source == id }.count }),
        ]
        var counts = kinds.map { kind in sources.map { kind.1($0.id) } }
        // All records first, so the story (one article states most of them) comes first.
        let totals = sources.indices.map { index in counts.reduce(0) { $0 + $1[index] } }
        counts.insert(totals, at: 0)
        let titles = [Localized(zh: "全部记录", en: "All records")] + kinds.map(\.0)
        let top = Double(counts.flatMap { $0 }.max() ?? 0)
        var selectedID: String?
        if case .source(let id)? = state.selectedItem { selectedID = id }
        let names = sources.map { ($0.outlet?[lang] ?? $0.title[lang]).truncated(toWidth: 18) }
        let labelWidth = (names.map { DisplayWidth.of($0) }.max() ?? 0) + 3
        let room = max(1, area.width - labelWidth - 7)
        var y = area.y
        for (title, numbers) in zip(titles, counts) {
            guard y + 1 + sources.count <= area.maxY else { break }
            buffer.write(title[lang], x: area.x, y: y, role: .header, clip: area)
            y += 1
            for (index, source) in sources.enumerated() {
                let selected = source.id == selectedID
                let count = numbers[index]
                let row = area.row(y - area.y)
                var x = row.x
                x += buffer.write(((selected ? (state.asciiOnly ? "> " : "▶ ") : "  ") + names[index]).padded(toWidth: labelWidth),
                                  x: x, y: y, role: selected ? .accent : (count == 0 ? .muted : .label), clip: row)
                let bar = top > 0 ? BarChart.bar(Double(count) / top * Double(room)) : ""
                x += buffer.write(state.asciiOnly ? String(repeating: "#", count: DisplayWidth.of(bar)) : bar, x: x, y: y,
                                  role: selected ? .accent : .gaugeFilled, clip: row)
                buffer.write(" " + (zh ? "\(count)条" : "\(count)"), x: x, y: y, role: count == 0 ? .muted : .value, clip: row)
                y += 1
            }
            y += 1
        }
    }

    /// The figures of each article, counted and the first few kept, in one pass over the
    /// figures: a data set of 100,000 costs one pass a frame, not one per article and kind.
    struct Figures {
        var counts: [String: Int] = [:]
        var first: [String: [Metric]] = [:]

        /// More than any screen shows of one article.
        static let kept = 400

        init(_ dataset: Dataset) {
            for metric in dataset.metrics {
                counts[metric.source, default: 0] += 1
                if (first[metric.source]?.count ?? 0) < Self.kept { first[metric.source, default: []].append(metric) }
            }
        }
    }

    static func item(atX x: Int, y: Int, _ state: AppState) -> Int? {
        board(state).item(atX: x, y: y, in: DashboardLayout(for: state).body)
    }
}
