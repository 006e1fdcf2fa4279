import CityDashCore

/// A short list drawn as cards across the top of the body (the five new towns, the eight
/// demonstration zones), the selected card's frame lit and marked; under the cards the
/// selected record's detail (then what else its district holds) and, beside it, the
/// district map with the record's district lit.
/// ↑↓ step from card to card in list order; a click on a card selects it.
///
/// A key that moves the selection redraws only what shows it: the cards and the map are
/// remembered unlit (`FrameMemo`), the selected card's frame and the lit district's tile are
/// drawn over them, and the detail under the cards is remembered under the selection, so a
/// key draws the detail alone (and the tile of a district newly lit).
struct CardBoard: Sendable {
    /// One card: the list index it stands for, its title and its lines.
    struct Card: Hashable, Sendable {
        var item: Int
        var title: String
        var lines: [DetailLine]

        /// By index and title: cards equal in those and not in their lines only share a bucket.
        func hash(into hasher: inout Hasher) {
            hasher.combine(item)
            hasher.combine(title)
        }
    }

    /// Where the board's parts go in the body.
    struct Geometry: Sendable {
        var cards: [Rect]
        var detail: Rect
        var map: Rect
    }

    var cards: [Card]
    var columns: Int
    /// The district lit on the map (the selected record's).
    var district: String?
    /// False: no detail and map under the cards; the caller draws there (`geometry(in:).detail`).
    var showsDetail = true

    /// What a panel's cards are made from (with the data set, `FrameMemo`'s own): its list
    /// (the query), the language drawn and the body's width, which sets the columns.
    struct Source: Hashable, Sendable {
        var view: DashboardView.ViewKey
        var panel: PanelID
        var query: RecordQuery
        var width: Int

        init(_ state: AppState, width: Int) {
            view = DashboardView.ViewKey(state)
            panel = state.panel
            query = state.query
            self.width = width
        }
    }

    /// What the geometry is computed from (with the data set, `FrameMemo`'s own).
    struct GeometryKey: Hashable, Sendable {
        var cards: [Card]
        var columns: Int
        var showsDetail: Bool
        var body: Rect
    }

    /// What the unlit cards are drawn from: the cards, where they go, and the border set.
    struct CardsKey: Hashable, Sendable {
        var view: DashboardView.ViewKey
        var cards: [Card]
        var rects: [Rect]
    }

    /// The map remembered unlit, and the rectangle its tiles were drawn in (inside its frame).
    struct DrawnMap: Sendable {
        var map: DistrictMap
        var area: Rect
    }

    /// The cards' rectangles, then the detail's and the map's.
    func geometry(in body: Rect) -> Geometry {
        let cardWidth = body.width / max(1, columns)
        let heights = cards.map { DetailLine.rows($0.lines, width: max(1, cardWidth - 4)).count }
        let grid = CardGrid(columns: columns, contentHeights: heights, maximumHeight: body.height * 3 / 5)
        let top = grid.height(within: body.height * 3 / 5)
        let rest = body.inset(top: top)
        let mapWidth = min(rest.width * 2 / 5, max(DistrictMap.minimumWidth + 2, rest.height * 5 / 2 + 4))
        let hasMap = showsDetail && rest.height >= DistrictMap.minimumHeight + 2 && rest.width - mapWidth >= 50
        let detail = hasMap ? rest.inset(right: mapWidth) : rest
        let map = hasMap ? Rect(x: detail.maxX, y: rest.y, width: mapWidth, height: rest.height)
                         : Rect(x: rest.maxX, y: rest.y, width: 0, height: 0)
        return Geometry(cards: grid.rects(in: Rect(x: body.x, y: body.y, width: body.width, height: top)),
                        detail: detail, map: map)
    }

    /// `geometry(in:)` as the last frame of the same cards and body computed it: the card
    /// heights wrap every card's text.
    func geometry(_ state: AppState, in body: Rect) -> Geometry {
        state.frameMemo.value(.cardBoardGeometry, key: GeometryKey(cards: cards, columns: columns,
                                                                    showsDetail: showsDetail, body: body)) {
            geometry(in: body)
        }
    }

    /// What the detail and the district pane under it are drawn from: the selected record (its
    /// district lit), and whether the whole city is shown (the new towns' first batch).
    struct DetailKey: Hashable, Sendable {
        var view: DashboardView.ViewKey
        var panel: PanelID
        var selected: ItemRef?
        var district: String?
        var cityWide: Bool
    }

    func render(_ state: AppState, in body: Rect, buffer: inout Buffer) {
        let g = geometry(state, in: body)
        renderCards(state, g, &buffer)
        if showsDetail && !g.detail.isEmpty {
            let key = DetailKey(view: DashboardView.ViewKey(state), panel: state.panel, selected: state.selectedItem,
                                district: district, cityWide: state.district == .all)
            state.frameMemo.draw(.boardDetail, key: key, in: g.detail, buffer: &buffer) {
                renderDetail(state, in: g.detail, &$0)
            }
        }
        if !g.map.isEmpty { renderMap(state, in: g.map, &buffer) }
    }

    /// Every card unlit, remembered; then the selected card's frame drawn again over it, lit.
    func renderCards(_ state: AppState, _ g: Geometry, _ buffer: inout Buffer) {
        guard let first = g.cards.first else { return }
        let area = g.cards.reduce(first) { area, rect in
            Rect(x: min(area.x, rect.x), y: min(area.y, rect.y), width: max(area.maxX, rect.maxX) - min(area.x, rect.x),
                 height: max(area.maxY, rect.maxY) - min(area.y, rect.y))
        }
        let key = CardsKey(view: DashboardView.ViewKey(state), cards: cards, rects: g.cards)
        state.frameMemo.draw(.boardCards, key: key, in: area, buffer: &buffer) { buffer in
            for (card, rect) in zip(cards, g.cards) { renderCard(card, state, in: rect, &buffer) }
        }
        if let (card, rect) = zip(cards, g.cards).first(where: { $0.0.item == state.selectedIndex }) {
            // The frame alone: a card's text is the same lit or not. Its top row blanked first,
            // as a lit title cut to fit may be narrower than the plain one.
            buffer.fill(rect.row(0))
            renderFrame(card, lit: true, state, in: rect, &buffer)
        }
    }

    /// A card's frame with its title, lit (marked, in the selection role) or not; returns the
    /// rectangle inside it.
    @discardableResult
    func renderFrame(_ card: Card, lit: Bool, _ state: AppState, in rect: Rect, _ buffer: inout Buffer) -> Rect {
        let marker = state.asciiOnly ? "> " : "▶ "
        let inner = TitledBox(title: (lit ? marker : "") + card.title, borders: state.borders,
                              titleRole: lit ? .selection : .title).render(in: rect, buffer: &buffer)
        if lit {
            // The lit frame: its border takes the selection role too, so the card stands out
            // without colour as well (the marker in its title).
            buffer.setRole(.selection, in: rect.row(0).inset(right: 1, left: 1))
        }
        return inner
    }

    /// A card unlit: its frame and as much of its text as fits.
    func renderCard(_ card: Card, _ state: AppState, in rect: Rect, _ buffer: inout Buffer) {
        let inner = renderFrame(card, lit: false, state, in: rect, &buffer)
        let area = inner.inset(right: 1, left: 1)
        let rows = DetailLine.rows(card.lines, width: max(1, area.width), limit: area.height + 1)
        for (offset, row) in rows.prefix(area.height).enumerated() {
            // The last row of a card whose text runs on ends in one "…".
            let cut = row.0.truncated(toWidth: area.width - 1)
            let text = offset == area.height - 1 && rows.count > area.height ? (cut.hasSuffix("…") ? cut : cut + "…") : row.0
            buffer.write(text, x: area.x, y: area.y + offset, role: row.1, clip: area)
        }
    }

    /// The map with no district lit, remembered; then the lit district's tile drawn over it.
    func renderMap(_ state: AppState, in rect: Rect, _ buffer: inout Buffer) {
        let drawn = state.frameMemo.draw(.boardMap, key: DashboardView.ViewKey(state), in: rect, buffer: &buffer) { buffer in
            let lang = state.displayLanguage
            let inner = TitledBox(title: lang == .zh ? "所在区 · 示意图" : "Where · schematic", borders: state.borders)
                .render(in: rect, buffer: &buffer)
            let map = DistrictMap(dataset: state.dataset, language: lang, borders: state.borders)
            let area = inner.inset(right: 1, left: 1)
            map.render(in: area, buffer: &buffer)
            return DrawnMap(map: map, area: area)
        }
        var lit = drawn.map
        lit.active = district
        // Remembered too, so that a frame that changes nothing copies it; the tile's grid cell
        // holds nothing else of the map (its right column and bottom row are sea).
        guard let cell = lit.activeTileCell(in: drawn.area) else { return }
        let key = LitTileKey(view: DashboardView.ViewKey(state), district: district, area: drawn.area)
        state.frameMemo.draw(.boardLitTile, key: key, in: cell, buffer: &buffer) { lit.renderActiveTile(in: drawn.area, buffer: &$0) }
    }

    /// The lit tile: which district, on a map drawn where.
    struct LitTileKey: Hashable, Sendable {
        var view: DashboardView.ViewKey
        var district: String?
        var area: Rect
    }

    /// The selected record's detail, as tall as it needs; below it what else the articles say
    /// about its district (its new town, zones, figures, projects), then the families of records
    /// and the special areas by district (`renderDistrictPane`): in a box of its own
    /// when one fits, else in the detail's box under a heading, so that a short detail leaves
    /// no rows empty while there is more to show.
    func renderDetail(_ state: AppState, in rect: Rect, _ buffer: inout Buffer) {
        // Wrapped once, for the detail's height and for drawing it.
        let rows = DetailLine.rows(DashboardView.previewLines(state), width: max(1, rect.width - 4),
                                   limit: max(0, rect.height - 2))
        let detailHeight = rows.count + 2
        // The district's other records: the selected one is in the detail already.
        var contents = district.map { DistrictPage.Contents(state.dataset, $0) }
        switch state.selectedItem {
        case .town(let town)?: contents?.towns.removeAll { $0.id == town }
        case .zone(let zone)?: contents?.zones.removeAll { $0.id == zone }
        default: break
        }
        guard let id = district, let name = state.dataset.district(id)?.name, let contents else {
            renderPreview(rows, state, in: rect, &buffer)
            return
        }
        let lang = state.displayLanguage
        let title = contents.recordCount > 0
            ? (lang == .zh ? "同在\(name.zh) · 按 d 选区看区页" : "Also in \(name.en) · d for its district page")
            : Self.nothingElseTitle(name, state)
        let area: Rect
        var lines: [DetailLine] = []
        if rect.height - detailHeight >= 8 {
            renderPreview(rows, state, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: detailHeight), &buffer)
            let inner = TitledBox(title: title, borders: state.borders).render(in: rect.inset(top: detailHeight), buffer: &buffer)
            area = inner.inset(right: 1, left: 1)
        } else {
            renderPreview(rows, state, in: rect, &buffer)
            // A blank row under the detail, then the title as a heading.
            area = Rect(x: rect.x + 2, y: rect.y + detailHeight, width: max(0, rect.width - 4),
                        height: max(0, rect.height - detailHeight - 1))
            guard area.height >= 2 else { return }
            lines.append(DetailLine(title, role: .title))
        }
        if contents.recordCount > 0 {
            lines += DistrictPage.contentLines(contents, state, detail: 1, figuresAsText: true, selected: nil,
                                               room: area.height) + [.blank]
        }
        Self.renderDistrictPane(lines, state, district: id, in: area, &buffer)
    }

    /// The detail's box (`DashboardView.renderPreview`'s) with rows already wrapped.
    func renderPreview(_ rows: [(String, Role)], _ state: AppState, in rect: Rect, _ buffer: inout Buffer) {
        let title = state.displayLanguage == .zh ? "详情 · Enter 展开" : "Details · Enter to expand"
        let area = TitledBox(title: title, borders: state.borders).render(in: rect, buffer: &buffer).inset(right: 1, left: 1)
        Self.draw(rows, in: area, &buffer)
    }

    /// The list index of the card under a click.
    func item(atX x: Int, y: Int, in body: Rect) -> Int? {
        zip(cards, geometry(in: body).cards).first { $0.1.contains(x: x, y: y) }?.0.item
    }
}
