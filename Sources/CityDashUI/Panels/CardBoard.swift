import CityDashCore

/// A short list drawn as cards across the top of the body (the five new towns, the eight
/// demonstration zones), the selected card's frame lit and marked; under the cards the
/// selected record's detail (then what else its district holds) and, beside it, the
/// district map with the record's district lit.
/// ↑↓ step from card to card in list order; a click on a card selects it.
struct CardBoard {
    /// One card: the list index it stands for, its title and its lines.
    struct Card {
        var item: Int
        var title: String
        var lines: [DetailLine]
    }

    var cards: [Card]
    var columns: Int
    /// The district lit on the map (the selected record's).
    var district: String?
    /// False: no detail and map under the cards; the caller draws there (`geometry(in:).detail`).
    var showsDetail = true

    /// The cards' rectangles, then the detail's and the map's.
    func geometry(in body: Rect) -> (cards: [Rect], detail: Rect, map: Rect) {
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
        return (grid.rects(in: Rect(x: body.x, y: body.y, width: body.width, height: top)), detail, map)
    }

    func render(_ state: AppState, in body: Rect, buffer: inout Buffer) {
        let g = geometry(in: body)
        let marker = state.asciiOnly ? "> " : "▶ "
        for (card, rect) in zip(cards, g.cards) {
            let selected = card.item == state.selectedIndex
            let inner = TitledBox(title: (selected ? marker : "") + card.title, borders: state.borders,
                              titleRole: selected ? .selection : .title).render(in: rect, buffer: &buffer)
            if selected {
                // The lit frame: its border takes the selection role too, so the card stands out
                // without colour as well (the marker in its title).
                buffer.setRole(.selection, in: rect.row(0).inset(right: 1, left: 1))
            }
            let area = inner.inset(right: 1, left: 1)
            let rows = DetailLine.rows(card.lines, width: max(1, area.width), limit: area.height + 1)
            for (offset, row) in rows.prefix(area.height).enumerated() {
                // The last row of a card whose text runs on ends in one "…".
                let cut = row.0.truncated(toWidth: area.width - 1)
                let text = offset == area.height - 1 && rows.count > area.height ? (cut.hasSuffix("…") ? cut : cut + "…") : row.0
                buffer.write(text, x: area.x, y: area.y + offset, role: row.1, clip: area)
            }
        }
        if showsDetail && !g.detail.isEmpty { renderDetail(state, in: g.detail, &buffer) }
        if !g.map.isEmpty {
            let lang = state.displayLanguage
            let inner = TitledBox(title: lang == .zh ? "所在区 · 示意图" : "Where · schematic", borders: state.borders)
                .render(in: g.map, buffer: &buffer)
            DistrictMap(dataset: state.dataset, language: lang, borders: state.borders, active: district)
                .render(in: inner.inset(right: 1, left: 1), buffer: &buffer)
        }
    }

    /// The selected record's detail, as tall as it needs; below it, when there is room, what
    /// else the articles say about its district (its new town, zones, figures, projects) and
    /// the special areas they name in each district.
    func renderDetail(_ state: AppState, in rect: Rect, _ buffer: inout Buffer) {
        let rows = DetailLine.rows(DashboardView.previewLines(state), width: max(1, rect.width - 4),
                                   limit: rect.height).count
        let detailHeight = rows + 2
        // The district's other records: the selected one is in the detail already.
        var contents = district.map { DistrictPage.Contents(state.dataset, $0) }
        switch state.selectedItem {
        case .town(let town)?: contents?.towns.removeAll { $0.id == town }
        case .zone(let zone)?: contents?.zones.removeAll { $0.id == zone }
        default: break
        }
        guard let id = district, let name = state.dataset.district(id)?.name, let contents,
              rect.height - detailHeight >= 8 else {
            DashboardView.renderPreview(state, rect, &buffer)
            return
        }
        DashboardView.renderPreview(state, Rect(x: rect.x, y: rect.y, width: rect.width, height: detailHeight), &buffer)
        let lang = state.displayLanguage
        let rest = rect.inset(top: detailHeight)
        // Then where the rest of the city stands (`DistrictPage.renderBesideBoard`).
        let title = contents.recordCount > 0
            ? (lang == .zh ? "同在\(name.zh) · 按 d 选区看区页" : "Also in \(name.en) · d for its district page")
            : DistrictPage.nothingElseTitle(name, state)
        let inner = TitledBox(title: title, borders: state.borders).render(in: rest, buffer: &buffer)
        let area = inner.inset(right: 1, left: 1)
        let lines = contents.recordCount > 0
            ? DistrictPage.contentLines(contents, state, detail: 1, figuresAsText: true, selected: nil, room: area.height) + [.blank]
            : []
        DistrictPage.renderBesideBoard(lines, state, district: id, in: area, &buffer)
    }

    /// The list index of the card under a click.
    func item(atX x: Int, y: Int, in body: Rect) -> Int? {
        zip(cards, geometry(in: body).cards).first { $0.1.contains(x: x, y: y) }?.0.item
    }
}
