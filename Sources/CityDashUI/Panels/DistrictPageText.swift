import CityDashCore

extension DistrictPage {
    /// The page's text at one level of detail, made with no record selected, knowing which
    /// record each line names, and wrapped at the column's width. A key that moves the
    /// selection then marks the selected record's lines and wraps only those again
    /// (`rows(selecting:)`), instead of making and wrapping the whole column again.
    struct WrappedText: Sendable {
        var lines: [DetailLine]
        /// The record each line names (a heading or a figure), by line.
        var items: [ItemRef?]
        /// Each line's rows at `width`.
        var rows: [[(String, Role)]]
        var width: Int
        var figuresAsText: Bool
        /// True when the list of figures stopped at `room` records.
        var figuresCut: Bool

        /// The rows of `contentLines` with `selected` marked, or nil when marking it would change
        /// which records are listed (a record past the first screenful: `contentLines` then lists
        /// as far as it). `marker` goes before a marked line, as `contentLines` puts it.
        func rows(selecting selected: ItemRef?, marker: String) -> [(String, Role)]? {
            let marked = selected.map { item in items.indices.filter { items[$0] == item } } ?? []
            if case .metric? = selected {
                // Figures in cards change no line; listed ones must all be listed already.
                if figuresAsText && (marked.isEmpty || figuresCut) { return nil }
            } else if selected != nil && marked.isEmpty {
                return nil
            }
            var out: [(String, Role)] = []
            out.reserveCapacity(rows.count + 8)
            var pending = marked[...]
            for (index, lineRows) in rows.enumerated() {
                guard index == pending.first else {
                    out += lineRows
                    continue
                }
                pending = pending.dropFirst()
                let line = lines[index]
                out += DetailLine.wrapped(DetailLine(marker + line.text, role: .selection, indent: line.indent), width: width)
            }
            return out
        }
    }

    /// What the content column draws: its rows from `first`, whether they run on past the
    /// column (its last row then says so), and the figures shown as cards under them.
    struct ColumnLayout: Sendable {
        var rows: [(String, Role)]
        var first: Int
        var overflows: Bool
        /// How many of the district's figures are cards (the first ones).
        var cards: Int
        var perRow: Int
        var cardHeight: Int
        var digitSize: DigitSize?
    }

    /// What a column's layout is made from besides the data set.
    struct ColumnKey: Hashable, Sendable {
        var page: RegionKey
        var width: Int
        var height: Int
        var selected: ItemRef?
    }

    /// The base text of one level for a column (`FrameMemo`): the page, the size and how the figures show.
    struct TextKey: Hashable, Sendable {
        var page: RegionKey
        var width: Int
        var height: Int
        var figuresAsText: Bool
    }

    static let textSlots: [FrameMemo.Slot] = [.districtText0, .districtText1, .districtText2]

    /// The text of level `detail` with no selection, wrapped at `rect`'s width; remembered per level.
    static func wrappedText(_ c: Contents, _ state: AppState, page: RegionKey, detail: Int, figuresAsText: Bool,
                            in rect: Rect) -> WrappedText {
        let key = TextKey(page: page, width: rect.width, height: rect.height, figuresAsText: figuresAsText)
        return state.frameMemo.value(textSlots[detail], key: key) {
            let text = taggedContentLines(c, state, detail: detail, figuresAsText: figuresAsText, selected: nil,
                                          room: rect.height)
            return WrappedText(lines: text.lines, items: text.items,
                               rows: text.lines.map { DetailLine.wrapped($0, width: rect.width) }, width: rect.width,
                               figuresAsText: figuresAsText, figuresCut: text.figuresCut)
        }
    }

    /// Most detail first (quotes, figures as cards), less until the text and the cards fit;
    /// the rows scrolled so the selected record's heading is in view.
    static func columnLayout(_ c: Contents, _ state: AppState, page: RegionKey, in rect: Rect) -> ColumnLayout {
        let selected = state.selectedItem
        let marker = state.asciiOnly ? "> " : "▶ "
        // Block digits (the small size) on a tall page; each row of cards then shares the
        // largest size its figures fit (`Headlines.rowPlan`), as on the overview.
        let digitSize: DigitSize? = rect.height >= 40 && !state.asciiOnly ? .small : nil
        let cardHeight = FigureCard.height(for: digitSize)
        // As few rows of cards as the width allows, shared out evenly (4 cards: one row, or 2 + 2).
        let most = max(1, rect.width / 32)
        let perRow = c.metrics.isEmpty ? most : { let rows = (c.metrics.count + most - 1) / most
                                                  return (c.metrics.count + rows - 1) / rows }()
        var chosen: (rows: [(String, Role)], cards: Int) = ([], 0)
        for level in [2, 1, 0] {
            // Never more cards than the column could hold, however many figures a district has.
            let cards = level > 0 && !state.asciiOnly ? min(c.metrics.count, perRow * (rect.height / cardHeight)) : 0
            let cardRows = (cards + perRow - 1) / perRow
            let text = wrappedText(c, state, page: page, detail: level, figuresAsText: cards == 0, in: rect)
            let rows = text.rows(selecting: selected, marker: marker)
                ?? DetailLine.rows(contentLines(c, state, detail: level, figuresAsText: cards == 0, selected: selected,
                                                room: rect.height), width: rect.width)
            chosen = (rows, cards)
            if min(rows.count, rect.height + 1) + cardRows * cardHeight + (cardRows > 0 ? 1 : 0) <= rect.height { break }
        }
        // Keep the selected record's heading in view.
        let selectedRow = chosen.rows.firstIndex { $0.1 == .selection } ?? 0
        let first = selectedRow >= rect.height - 1 ? selectedRow - rect.height / 2 : 0
        return ColumnLayout(rows: chosen.rows, first: first, overflows: chosen.rows.count - first > rect.height,
                            cards: chosen.cards, perRow: perRow, cardHeight: cardHeight, digitSize: digitSize)
    }
}
