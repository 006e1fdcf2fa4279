import CityDashCore

/// The demonstration zones panel (3) on a big screen: the zones as cards, four to a row, each
/// with its district, focus, stated figures and highlights; under them the selected zone's
/// detail beside the map with its district lit.
enum ZonesPanel {
    /// The cards as the last frame of the same list and width made them, with the selected
    /// zone's district lit.
    static func board(_ state: AppState) -> CardBoard {
        let width = DashboardLayout(for: state).body.width
        var board = state.frameMemo.value(.cardBoard, key: CardBoard.Source(state, width: width)) {
            cards(state, width: width)
        }
        if case .zone(let id)? = state.selectedItem { board.district = state.dataset.zone(id)?.district }
        return board
    }

    static func cards(_ state: AppState, width: Int) -> CardBoard {
        let lang = state.displayLanguage
        let zh = lang == .zh
        var cards: [CardBoard.Card] = []
        for (index, item) in state.items.enumerated() {
            guard case .zone(let id) = item, let zone = state.dataset.zone(id) else { continue }
            let district = state.dataset.district(zone.district)?.name[lang] ?? zone.district
            let areaName = zone.area.flatMap { area in state.dataset.areas.first { $0.id == area }?.name[lang] }
            var lines = [
                DetailLine(district + (areaName.map { " · " + $0 } ?? ""), role: .label),
                DetailLine("\(UIText.focus[lang])\(zh ? "：" : ": ")\(zone.focus[lang])", role: .value, hanging: 2),
            ]
            // The figures before the highlights: when a card is cut, the facts stay.
            for metric in state.dataset.metrics(zone.metrics) {
                lines.append(DetailLine(FigureFormatter.format(metric, lang) + "  " + metric.shortName[lang],
                                        role: metric.kind == .target ? .target : .value, hanging: 2))
            }
            lines += zone.highlights.map { DetailLine("• " + $0[lang], hanging: 2) }
            cards.append(CardBoard.Card(item: index, title: zone.name[lang], lines: lines))
        }
        return CardBoard(cards: cards, columns: min(max(1, cards.count), width >= 160 ? 4 : max(1, width / 30)),
                         district: nil)
    }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer) {
        board(state).render(state, in: body, buffer: &buffer)
    }

    static func item(atX x: Int, y: Int, _ state: AppState) -> Int? {
        board(state).item(atX: x, y: y, in: DashboardLayout(for: state).body)
    }
}
