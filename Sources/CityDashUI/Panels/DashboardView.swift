import CityDashCore

/// Draws the whole screen for a state: header, tabs, the current panel, status bar and any
/// overlay. The same function feeds the terminal, `citydash render` and the golden tests.
public enum DashboardView {
    public static func render(_ state: AppState) -> Buffer {
        var buffer = Buffer(width: state.width, height: state.height)
        if state.isTooSmall {
            renderTooSmall(state, &buffer)
        } else {
            renderScreen(state, &buffer)
        }
        if state.asciiOnly { AsciiFallback.apply(to: &buffer) }
        guard state.margin != .zero else { return buffer }
        // Overscan margins: the dashboard sits inside a blank border of the terminal's size.
        var screen = Buffer(width: state.terminalWidth, height: state.terminalHeight)
        screen.blit(buffer, x: state.margin.left, y: state.margin.top)
        return screen
    }

    /// Whether `refreshClockRows` can patch a frame of this state in place: the frame is the
    /// dashboard itself (no margins around it), drawn in full (not the too-small notice, not
    /// rewritten to ASCII). The reducer's `.clockRows` says what changed; this says whether
    /// the last frame can take the patch.
    public static func canPatchClockRows(_ state: AppState) -> Bool {
        state.kiosk != nil && state.margin == .zero && !state.isTooSmall && !state.asciiOnly
    }

    /// The rows `refreshClockRows` draws; the rest of a patched frame is the previous one.
    public static func clockRows(_ state: AppState) -> [Int] {
        let layout = DashboardLayout(for: state)
        return [layout.header, layout.ticker, layout.status].flatMap { Array($0.y..<$0.maxY) }
    }

    /// Redraws only the header (clock), ticker and status rows of a kiosk frame.
    public static func refreshClockRows(_ state: AppState, in buffer: inout Buffer) {
        let layout = DashboardLayout(for: state)
        renderHeader(state, layout.header, &buffer)
        KioskChrome.renderTicker(state, in: layout.ticker, buffer: &buffer)
        KioskChrome.renderStatus(state, in: layout.status, buffer: &buffer)
    }

    static func renderScreen(_ state: AppState, _ buffer: inout Buffer) {
        let layout = DashboardLayout(for: state)
        renderHeader(state, layout.header, &buffer)
        TabBar.render(state, in: layout.tabs, buffer: &buffer)
        renderPanel(state, layout, &buffer)
        if state.kiosk != nil {
            KioskChrome.renderTicker(state, in: layout.ticker, buffer: &buffer)
            KioskChrome.renderStatus(state, in: layout.status, buffer: &buffer)
        } else {
            StatusBar.render(state, in: layout.status, buffer: &buffer)
        }
        switch state.overlay {
        case .none: break
        case .detail(let item, let scroll): renderDetail(item, scroll: scroll, state, layout.body, &buffer)
        case .help(let scroll): HelpOverlay.render(state, scroll: scroll, in: layout.body, buffer: &buffer)
        case .districtPicker(let picker): PickerOverlay.render(state, picker: picker, in: layout.body, buffer: &buffer)
        case .compare:
            // Over the whole band of cards and map when the list is below them.
            CompareView.render(state, in: layout.body, minHeight: max(0, layout.listFrame.y - layout.body.y),
                               buffer: &buffer)
        }
    }

    static func renderTooSmall(_ state: AppState, _ buffer: inout Buffer) {
        let message = UIText.tooSmall(width: state.width, height: state.height)
        let lines = state.asciiOnly ? [message.en] : [message[state.language], message[state.language.toggled]]
        let rows = lines.flatMap { TextWrap.lines($0, width: state.width) }
        let top = max(0, (state.height - rows.count) / 2)
        for (index, row) in rows.enumerated() {
            let x = max(0, (state.width - DisplayWidth.of(row)) / 2)
            buffer.write(row, x: x, y: top + index, role: index == 0 ? .warning : .normal)
        }
    }

    static func renderHeader(_ state: AppState, _ rect: Rect, _ buffer: inout Buffer) {
        buffer.fill(rect, role: .header)
        let (title, right) = headerParts(state, width: rect.width)
        buffer.write(title, x: rect.x, y: rect.y, role: .header, clip: rect)
        buffer.write(right, x: max(rect.x, rect.maxX - DisplayWidth.of(right)), y: rect.y, role: .header, clip: rect)
    }

    /// The least gap between the title and the district label, in columns.
    static let headerGap = 2

    /// The header's title and its right part (district, language, the kiosk clock), the longest
    /// forms that fit with at least `headerGap` columns between them: the title shortens first,
    /// then the district loses its label, then the language its name; the clock always stays.
    static func headerParts(_ state: AppState, width: Int) -> (title: String, right: String) {
        let lang = state.displayLanguage
        let name = districtLabel(state)
        let clock = state.kiosk != nil ? " \(KioskChrome.clock(state)) " : ""
        let language = lang == .zh ? "中文" : "English"
        let rights = [
            "\(UIText.district[lang]): \(name)  \(language) ", "\(name)  \(language) ",
            "\(name)  \(lang == .zh ? "中" : "EN") ", "\(name) ",
        ].map { $0 + clock }
        let titles = [UIText.appTitle[lang], UIText.appTitleShort[lang]].map { " citydash · " + $0 } + [" citydash"]
        for right in rights {
            let room = width - DisplayWidth.of(right) - headerGap
            if let title = titles.first(where: { DisplayWidth.of($0) <= room }) { return (title, right) }
        }
        // Narrower than any title and district: the right part alone, as much as fits.
        return ("", rights[rights.count - 1])
    }

    static func districtLabel(_ state: AppState) -> String {
        let lang = state.displayLanguage
        guard let id = state.district.districtID else { return UIText.allCity[lang] }
        return state.dataset.district(id)?.name[lang] ?? id
    }

    static func renderPanel(_ state: AppState, _ layout: DashboardLayout, _ buffer: inout Buffer) {
        let lang = state.displayLanguage
        if let story = KioskStoryPage.story(state) {
            KioskStoryPage.render(story, state, in: layout.body, buffer: &buffer)
            return
        }
        let memo = state.frameMemo
        // The district page and most boards remember their own parts, which a key changes apart.
        if state.panel == .district {
            DistrictPage.render(state, in: layout.body, buffer: &buffer)
            return
        }
        if PanelBoard.draws(state) {
            guard !PanelBoard.remembersItsParts(state.panel) else {
                PanelBoard.render(state, in: layout.body, buffer: &buffer)
                return
            }
            // The others read the data, language, query and selection only.
            let key = BoardKey(view: ViewKey(state), query: state.query, panel: state.panel,
                               selected: state.selectedIndex, kiosk: state.kiosk != nil)
            memo.draw(.board, key: key, in: layout.body, buffer: &buffer) {
                PanelBoard.render(state, in: layout.body, buffer: &$0)
            }
            return
        }
        if state.panel == .overview && layout.cards.height > 0 {
            let key = CardsKey(view: ViewKey(state), query: state.query, perRow: layout.cardsPerRow,
                               cardHeight: layout.cardHeight, digitSize: layout.digitSize)
            let drawn = memo.draw(.headlineCards, key: key, in: layout.cards, buffer: &buffer) {
                renderCards(state, layout, &$0)
            }
            if drawn { KioskArrival.apply(state, in: layout.cards, buffer: &buffer) }
        }
        if !layout.overviewMap.isEmpty {
            let key = MapKey(view: ViewKey(state), active: state.district.districtID)
            memo.draw(.overviewMap, key: key, in: layout.overviewMap, buffer: &buffer) { buffer in
                // The chosen district lit; a click on a tile opens that district's page.
                DistrictMap(dataset: state.dataset, language: lang, borders: state.borders,
                            active: state.district.districtID)
                    .render(in: layout.overviewMap.inset(left: 1), buffer: &buffer)
            }
        }
        let listKey = ListKey(view: ViewKey(state), query: state.query, panel: state.panel,
                              scroll: state.scroll[state.panel] ?? 0, selected: state.selectedIndex,
                              marks: state.marks, rows: layout.listRows)
        memo.draw(.list, key: listKey, in: layout.listFrame, buffer: &buffer) { renderList(state, layout, &$0) }
        // With nothing to chart, the preview takes the charts' rows too.
        let selected = state.selectedItem
        let charts = layout.charts.isEmpty ? [] : memo.value(.charts, key: ChartsKey(view: ViewKey(state),
            query: state.query, selected: selected)) { ChartBoard.charts(for: state) }
        let preview = charts.isEmpty && !layout.charts.isEmpty
            ? Rect(x: layout.preview.x, y: layout.preview.y, width: layout.preview.width,
                   height: layout.preview.height + layout.charts.height)
            : layout.preview
        if !preview.isEmpty {
            let key = PreviewKey(view: ViewKey(state), panel: state.panel, selected: selected,
                                 cityWide: state.district == .all)
            memo.draw(.preview, key: key, in: preview, buffer: &buffer) { renderPreview(state, preview, &$0) }
        }
        if !charts.isEmpty {
            // Keyed on the charts shown, not the selection: moving between figures that have no
            // chart of their own leaves the board as it is.
            let key = ChartBoardKey(view: ViewKey(state), shown: charts.map(\.identity))
            memo.draw(.chartBoard, key: key, in: layout.charts, buffer: &buffer) {
                ChartBoard.render(charts, state, in: layout.charts, buffer: &$0)
            }
        }
    }

    /// What every remembered region of a panel depends on besides the data set: the language
    /// drawn and the border set (ASCII or not).
    struct ViewKey: Hashable, Sendable {
        var language: Language
        var ascii: Bool

        init(_ state: AppState) {
            language = state.displayLanguage
            ascii = state.asciiOnly
        }
    }

    /// A board that is one remembered region over the whole body (`PanelBoard.remembersItsParts`).
    struct BoardKey: Hashable, Sendable {
        var view: ViewKey
        var query: RecordQuery
        var panel: PanelID
        var selected: Int
        var kiosk: Bool
    }

    /// The headline cards: which figures (the query) and how they are laid out.
    struct CardsKey: Hashable, Sendable {
        var view: ViewKey
        var query: RecordQuery
        var perRow: Int
        var cardHeight: Int
        var digitSize: DigitSize?
    }

    /// The overview's map: the district lit.
    struct MapKey: Hashable, Sendable {
        var view: ViewKey
        var active: String?
    }

    /// The list, its title and scroll hint: the rows, where they scroll to, the selection and marks.
    struct ListKey: Hashable, Sendable {
        var view: ViewKey
        var query: RecordQuery
        var panel: PanelID
        var scroll: Int
        var selected: Int
        var marks: [String]
        var rows: Int
    }

    /// The preview of the selected record (the new towns' batch shows only city-wide).
    struct PreviewKey: Hashable, Sendable {
        var view: ViewKey
        var panel: PanelID
        var selected: ItemRef?
        var cityWide: Bool
    }

    /// The overview's charts: the selected figure's first, then the query's.
    struct ChartsKey: Hashable, Sendable {
        var view: ViewKey
        var query: RecordQuery
        var selected: ItemRef?
    }

    /// The chart board as drawn: the charts it shows (`ChartBoard.render` reads nothing else
    /// of the state but the language and the border set).
    struct ChartBoardKey: Hashable, Sendable {
        var view: ViewKey
        var shown: [[String]]
    }

    /// The framed list of the current panel with its title and scroll hint, or what to say
    /// when it is empty.
    static func renderList(_ state: AppState, _ layout: DashboardLayout, _ buffer: inout Buffer) {
        let lang = state.displayLanguage
        let items = state.items
        let title = listTitle(state, count: items.count)
        let inner = TitledBox(title: title, borders: state.borders).render(in: layout.listFrame, buffer: &buffer)
        if items.isEmpty {
            let outside = state.matchesOutsideDistrict(for: state.panel)
            var message = (outside > 0
                ? UIText.onlyElsewhere(state.panel, district: districtLabel(state), search: state.search, count: outside)
                : UIText.nothingHere(state.panel, district: districtLabel(state), search: state.search))[lang]
            let elsewhere = PanelID.allCases.compactMap { panel -> String? in
                // Articles belong to no district: listing them would not answer "where else".
                if panel == .sources && state.search.isEmpty { return nil }
                let count = state.items(for: panel).count
                return count > 0 ? "\(panel.number) \(panel.shortTitle[lang]) (\(count))" : nil
            }
            if !elsewhere.isEmpty {
                message += (lang == .zh ? "。其他面板有：" : ". Found in: ") + elsewhere.joined(separator: ", ")
            }
            let rows = TextWrap.lines(message, width: max(1, inner.width - 2))
            for (index, row) in rows.enumerated() {
                buffer.write(row, x: inner.x + 1, y: inner.y + inner.height / 2 - rows.count / 2 + index,
                             role: .muted, clip: inner)
            }
        } else {
            PanelTable.table(for: state, items: items, width: inner.width, visibleRows: layout.listRows)
                .render(in: inner, buffer: &buffer)
            renderScrollHint(state, count: items.count, layout, &buffer)
        }
    }

    static func listTitle(_ state: AppState, count: Int) -> String {
        let lang = state.displayLanguage
        let name = state.panel == .overview ? UIText.allMetrics[lang] : state.panel.title[lang]
        let outside = state.matchesOutsideDistrict(for: state.panel)
        return "\(name) (\(count))" + (outside > 0 ? " · " + UIText.matchesElsewhere(outside)[lang] : "")
    }

    /// "3/81" in the list's bottom border, so the position in a long list is always visible.
    static func renderScrollHint(_ state: AppState, count: Int, _ layout: DashboardLayout, _ buffer: inout Buffer) {
        let text = " \(state.selectedIndex + 1)/\(count) "
        let frame = layout.listFrame
        guard frame.width > DisplayWidth.of(text) + 4 else { return }
        buffer.write(text, x: frame.maxX - DisplayWidth.of(text) - 2, y: frame.maxY - 1, role: .muted, clip: frame)
    }

    /// Draws the rows of headline cards; false when there is no figure to show.
    static func renderCards(_ state: AppState, _ layout: DashboardLayout, _ buffer: inout Buffer) -> Bool {
        let perRow = layout.cardsPerRow
        let rows = layout.cards.height / layout.cardHeight
        let metrics = Headlines.metrics(for: state, limit: perRow * rows)
        guard !metrics.isEmpty else { return false }
        let lang = state.displayLanguage
        var next = 0
        for row in 0..<rows {
            let rowRect = Rect(x: layout.cards.x, y: layout.cards.y + row * layout.cardHeight,
                               width: layout.cards.width, height: layout.cardHeight)
            let remaining = Array(metrics.dropFirst(next))
            guard !remaining.isEmpty else { break }
            let (count, plan) = Headlines.flowRow(remaining, width: rowRect.width, slots: perRow, language: lang,
                                                  upTo: layout.digitSize)
            let cells = Layout.columns(rowRect, plan.widths.map { .length($0) })
            for (metric, cell) in zip(remaining.prefix(count), cells) {
                FigureCard(metric: metric, language: lang, borders: state.borders,
                           digitSize: plan.size)
                    .render(in: cell, buffer: &buffer)
            }
            next += count
        }
        return true
    }

    static func renderPreview(_ state: AppState, _ rect: Rect, _ buffer: inout Buffer) {
        let inner = TitledBox(title: previewTitle(state), borders: state.borders)
            .render(in: rect, buffer: &buffer)
        drawLines(previewLines(state), scroll: 0, in: inner.inset(right: 1, left: 1), wholeCount: false, &buffer)
    }

    static func previewTitle(_ state: AppState) -> String {
        let lang = state.displayLanguage
        return state.panel == .sources ? (lang == .zh ? "详情 · Enter 列出所载记录" : "Details · Enter lists its records")
            : (lang == .zh ? "详情 · Enter 展开" : "Details · Enter to expand")
    }

    /// What the preview shows: the selected record's detail (and, with the new towns, the first
    /// batch of scenarios).
    static func previewLines(_ state: AppState) -> [DetailLine] {
        let lang = state.displayLanguage
        var lines: [DetailLine] = []
        if let item = state.selectedItem {
            lines = DetailContent.lines(item, in: state.dataset, lang, chineseVisible: !state.asciiOnly)
        }
        if state.panel == .towns, let batch = state.dataset.scenarioBatch, state.district == .all {
            lines += batchLines(batch, lang)
        }
        return lines
    }

    /// The first-batch scenario summary shown with the new towns: total and the four categories.
    static func batchLines(_ batch: ScenarioBatch, _ lang: Language) -> [DetailLine] {
        let categories = batch.categories.map { $0[lang] }.joined(separator: lang == .zh ? "、" : ", ")
        let total = lang == .zh ? batch.totalStated : "\(batch.total) scenarios"
        return [.blank, DetailLine(UIText.batch[lang], role: .header),
                DetailLine("\(total): \(categories)", indent: 2)]
    }

    /// Draws the rows of `lines` from `scroll` and returns how many rows there are; with
    /// `wholeCount` false (a preview) it wraps only what fits and returns at most that.
    @discardableResult
    static func drawLines(_ lines: [DetailLine], scroll: Int, in rect: Rect, wholeCount: Bool = true,
                          _ buffer: inout Buffer) -> Int {
        let rows = DetailLine.rows(lines, width: rect.width, limit: wholeCount ? .max : max(0, scroll) + rect.height)
        let first = min(max(0, scroll), max(0, rows.count - rect.height))
        for (offset, row) in rows.dropFirst(first).prefix(rect.height).enumerated() {
            buffer.write(row.0, x: rect.x, y: rect.y + offset, role: row.1, clip: rect)
        }
        return rows.count
    }

    static func renderDetail(_ item: ItemRef, scroll: Int, _ state: AppState, _ body: Rect, _ buffer: inout Buffer) {
        buffer.fill(body)
        let lang = state.displayLanguage
        let inner = TitledBox(title: DetailContent.title(item, in: state.dataset, lang), borders: state.borders)
            .render(in: body, buffer: &buffer)
        let area = inner.inset(right: 1, left: 1)
        let total = drawLines(DetailContent.lines(item, in: state.dataset, lang, chineseVisible: !state.asciiOnly), scroll: scroll, in: area, &buffer)
        // A figure's detail shows its group's chart (or its progress to a target) when there is room below.
        if case .metric(let id) = item, let metric = state.dataset.metric(id), total + 4 <= area.height {
            let charts = ChartBoard.charts(of: metric, in: state.dataset, lang)
            if !charts.isEmpty {
                let legend = ChartBoard.legend(lang)
                let chartArea = area.inset(top: total + 1, bottom: 1)
                ChartBoard.draw(charts, in: chartArea, lang, buffer: &buffer)
                buffer.write(legend.truncated(toWidth: area.width), x: area.x, y: area.maxY - 1, role: .muted, clip: area)
            }
        }
        if total > area.height {
            let first = min(max(0, scroll), total - area.height)
            let text = " \(first + 1)-\(first + area.height)/\(total) "
            buffer.write(text, x: body.maxX - DisplayWidth.of(text) - 2, y: body.maxY - 1, role: .muted, clip: body)
        }
    }
}
