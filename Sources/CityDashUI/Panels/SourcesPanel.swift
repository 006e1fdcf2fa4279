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

    /// What the board draws that does not depend on the selection, made once per language,
    /// query and body: the cards (and the same cards with none selected), where they go, the
    /// figures by article, the comparison's counts, and (kept as they are first drawn) each
    /// article's rows at a width.
    struct Parts: Sendable {
        var board: CardBoard
        var unselected: CardBoard
        var cards: [Rect]
        /// Under the cards: the selected article's records and the comparison.
        var rest: Rect
        var figures: Figures
        var comparison: Comparison
        var rows = CellCache<RowsKey, TextBlock>()
    }

    /// An article's records wrapped to a width: its own with or without its words, or as one
    /// of the others (under its title).
    struct RowsKey: Hashable, Sendable {
        enum Kind: Hashable, Sendable { case quoted, plain, other }
        var source: String
        var kind: Kind
        var width: Int
    }

    static func parts(_ state: AppState, in body: Rect) -> Parts {
        state.frameMemo.value(.sourcesParts, key: BoardPartsKey(state, in: body)) {
            let board = board(state)
            var unselected = board
            // No list index is this, so no card is drawn selected.
            for index in unselected.cards.indices { unselected.cards[index].item = Int.min }
            let g = board.geometry(in: body)
            let figures = Figures(state.dataset)
            return Parts(board: board, unselected: unselected, cards: g.cards, rest: g.detail, figures: figures,
                         comparison: Comparison(state, figures, nameWidth: compareWidth(g.detail) / 3))
        }
    }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer) {
        let parts = parts(state, in: body)
        let memo = state.frameMemo
        // The cards as drawn with none selected, then the selected card lit over them.
        let cardsRect = Rect(x: body.x, y: body.y, width: body.width, height: max(0, parts.rest.y - body.y))
        memo.draw(.sourcesCards, key: BoardPartsKey(state, in: body), in: cardsRect, buffer: &buffer) {
            parts.unselected.render(state, in: body, buffer: &$0)
        }
        markSelectedCard(state, parts, &buffer)
        let rest = parts.rest
        guard rest.height >= 3, case .source(let id)? = state.selectedItem, let source = state.dataset.source(id) else { return }
        let lang = state.displayLanguage
        let zh = lang == .zh
        // Beside the article's records, what each article contributes, kind by kind.
        let compareWidth = compareWidth(rest)
        if compareWidth > 0 {
            let rect = Rect(x: rest.maxX - compareWidth, y: rest.y, width: compareWidth, height: rest.height)
            let layout = memo.draw(.sourcesComparison, key: BoardPartsKey(state, in: rect), in: rect, buffer: &buffer) {
                renderComparison(state, parts.comparison, in: rect, &$0)
            }
            if let index = parts.comparison.ids.firstIndex(of: id) {
                for (chart, top) in layout.tops.enumerated() {
                    let row = layout.area.row(top + index - layout.area.y)
                    buffer.clear(row)
                    renderComparisonRow(state, parts.comparison, layout, chart: chart, source: index, selected: true,
                                        in: row, &buffer)
                }
            }
        }
        // The hint before the title, so a long title is what gets cut.
        let inner = TitledBox(title: (zh ? "本文所载记录 · Enter 只看这些 · 《" : "What it states · Enter to list them · 《")
                            + source.title[lang] + "》",
                          borders: state.borders).render(in: rest.inset(right: compareWidth), buffer: &buffer)
        let area = inner.inset(right: 1, left: 1)
        // With the article's own words under each record when they all fit, else the records alone.
        let most = max(1, area.width / 72)
        let width = max(1, min(area.width / most - 2, 70))
        let capacity = most * area.height
        func rows(_ source: Source, _ kind: RowsKey.Kind) -> TextBlock {
            parts.rows.value(RowsKey(source: source.id, kind: kind, width: width)) {
                let lines = kind == .other
                    ? [.blank, DetailLine("《\(source.title[lang])》", role: .title)] + lines(source, state, parts.figures, quotes: false)
                    : lines(source, state, parts.figures, quotes: kind == .quoted)
                return TextBlock(DetailLine.rows(lines, width: width), width: width)
            }
        }
        var blocks = [rows(source, .quoted)]
        if blocks[0].count > capacity { blocks = [rows(source, .plain)] }
        // Then the other articles' records, as far as the room goes.
        var count = blocks[0].count
        for other in state.dataset.sources where other.id != source.id && count < capacity {
            blocks.append(rows(other, .other))
            count += blocks[blocks.count - 1].count
        }
        count = max(blocks[0].count, min(count, capacity))
        // As many columns as the rows need and the width allows, filled top to bottom.
        let height = max(1, area.height)
        let columns = max(1, min(most, (count + area.height - 1) / height))
        let columnWidth = area.width / columns
        var shown = min(count, columns * area.height)
        // Other articles cut short or left out: the last row says how many, instead of a record.
        let others = state.dataset.sources.count - 1
        var whole = 0
        func countWhole() {
            whole = 0
            var end = blocks[0].count
            for block in blocks.dropFirst() {
                end += block.count
                if end <= shown { whole += 1 }
            }
        }
        countWhole()
        // Records cut short (its own, or other articles'): the last row says so, instead of a record.
        if (whole < others || blocks[0].count > shown) && shown > 0 {
            shown -= 1
            // Not under a heading whose records it would hide, nor under a blank row.
            let roles = blocks.flatMap(\.roles)
            while shown > 1 && [nil, .header, .title].contains(roles[shown - 1]) { shown -= 1 }
            countWhole()
            let note = blocks[0].count > shown
                ? (zh ? "…… 本文还有记录在此放不下（按 Enter 只看本文的）" : "… more of its records do not fit (Enter lists them)")
                : zh ? "…… 另有 \(others - whole) 篇文章的记录在此放不下（选中其卡片可看）"
                : others - whole == 1 ? "… 1 more article's records do not fit (select its card)"
                : "… \(others - whole) more articles' records do not fit (select their card)"
            buffer.write(note.truncated(toWidth: width), x: area.x + shown / height * columnWidth, y: area.y + shown % height,
                         role: .muted, clip: area)
        }
        var index = 0
        // Each block in runs that stay in one column.
        for block in blocks {
            var row = 0
            while row < block.count && index < shown {
                let run = min(block.count - row, height - index % height, shown - index)
                block.draw(rows: row..<row + run, x: area.x + index / height * columnWidth, y: area.y + index % height,
                           into: &buffer)
                row += run
                index += run
            }
        }
    }

    /// The comparison's width beside the records under the cards (none when they are narrow).
    static func compareWidth(_ rest: Rect) -> Int {
        rest.width >= 150 ? min(90, rest.width * 2 / 5) : 0
    }

    /// Lights the selected article's card over the cards drawn with none selected, as
    /// `CardBoard.render` draws a selected card: the marker in its title, its top edge and
    /// title in the selection role.
    static func markSelectedCard(_ state: AppState, _ parts: Parts, _ buffer: inout Buffer) {
        guard let index = parts.board.cards.firstIndex(where: { $0.item == state.selectedIndex }),
              index < parts.cards.count else { return }
        let rect = parts.cards[index]
        buffer.clear(rect.row(0))
        TitledBox(title: (state.asciiOnly ? "> " : "▶ ") + parts.board.cards[index].title, borders: state.borders,
                  titleRole: .selection).render(in: rect, buffer: &buffer)
        buffer.setRole(.selection, in: rect.row(0).inset(right: 1, left: 1))
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

    /// Records per article, in all and of each kind: the counts the comparison charts.
    struct Comparison: Sendable {
        var titles: [String]
        /// By chart, then by article.
        var counts: [[Int]]
        var ids: [String]
        var names: [String]
        /// The most records any article states: every chart's scale.
        var top: Double

        /// Names are cut to `nameWidth` columns (at least 18).
        init(_ state: AppState, _ figures: Figures, nameWidth: Int) {
            let lang = state.displayLanguage
            let data = state.dataset
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
            self.counts = counts
            titles = ([Localized(zh: "全部记录", en: "All records")] + kinds.map(\.0)).map { $0[lang] }
            top = Double(counts.flatMap { $0 }.max() ?? 0)
            ids = sources.map(\.id)
            names = sources.map { ($0.outlet?[lang] ?? $0.title[lang]).truncated(toWidth: max(18, nameWidth)) }
        }
    }

    /// Where the comparison's rows went: the area, the label column, the bars' room and the
    /// row of each drawn chart's first article.
    struct ComparisonLayout: Sendable {
        var area: Rect
        var labelWidth: Int
        var room: Int
        var tops: [Int]
    }

    /// Records per article, in all and of each kind, one bar chart each, every chart on one
    /// scale (the most records any article states), none selected (`render` marks the
    /// selected article's rows over them).
    static func renderComparison(_ state: AppState, _ c: Comparison, in rect: Rect, _ buffer: inout Buffer) -> ComparisonLayout {
        let zh = state.displayLanguage == .zh
        let inner = TitledBox(title: zh ? "各篇文章所载记录 · 同一标尺" : "Records per article · one scale", borders: state.borders)
            .render(in: rect, buffer: &buffer)
        let area = inner.inset(right: 1, left: 1)
        let labelWidth = (c.names.map { DisplayWidth.of($0) }.max() ?? 0) + 3
        var layout = ComparisonLayout(area: area, labelWidth: labelWidth, room: max(1, area.width - labelWidth - 7), tops: [])
        var y = area.y
        for (chart, title) in c.titles.enumerated() {
            guard y + 1 + c.ids.count <= area.maxY else { break }
            buffer.write(title, x: area.x, y: y, role: .header, clip: area)
            y += 1
            layout.tops.append(y)
            for index in c.ids.indices {
                renderComparisonRow(state, c, layout, chart: chart, source: index, selected: false, in: area.row(y - area.y), &buffer)
                y += 1
            }
            y += 1
        }
        return layout
    }

    /// One article's bar in one chart of the comparison: its name, the bar and the count.
    static func renderComparisonRow(_ state: AppState, _ c: Comparison, _ layout: ComparisonLayout, chart: Int, source index: Int,
                                    selected: Bool, in row: Rect, _ buffer: inout Buffer) {
        let count = c.counts[chart][index]
        var x = row.x
        x += buffer.write(((selected ? (state.asciiOnly ? "> " : "▶ ") : "  ") + c.names[index]).padded(toWidth: layout.labelWidth),
                          x: x, y: row.y, role: selected ? .accent : (count == 0 ? .muted : .label), clip: row)
        let bar = c.top > 0 ? BarChart.bar(Double(count) / c.top * Double(layout.room)) : ""
        x += buffer.write(state.asciiOnly ? String(repeating: "#", count: DisplayWidth.of(bar)) : bar, x: x, y: row.y,
                          role: selected ? .accent : .gaugeFilled, clip: row)
        buffer.write(" " + (state.displayLanguage == .zh ? "\(count)条" : "\(count)"), x: x, y: row.y,
                     role: count == 0 ? .muted : .value, clip: row)
    }

    /// The figures of each article, counted and the first few kept, in one pass over the
    /// figures (once per data set and query, in `Parts`), not one per article and kind.
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
