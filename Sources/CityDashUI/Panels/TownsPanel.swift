import CityDashCore

/// The new towns panel (2) on a big screen: the five towns as five cards side by side, each
/// with its district, positioning and stated scenarios; under them the selected town's detail
/// (with the first batch of scenarios) beside the map with its district lit.
enum TownsPanel {
    /// The cards as the last frame of the same list and width made them, with the selected
    /// town's district lit.
    static func board(_ state: AppState) -> CardBoard {
        let width = DashboardLayout(for: state).body.width
        var board = state.frameMemo.value(.cardBoard, key: CardBoard.Source(state, width: width)) {
            cards(state, width: width)
        }
        if case .town(let id)? = state.selectedItem { board.district = state.dataset.newTown(id)?.district }
        return board
    }

    static func cards(_ state: AppState, width: Int) -> CardBoard {
        let lang = state.displayLanguage
        let zh = lang == .zh
        var cards: [CardBoard.Card] = []
        for (index, item) in state.items.enumerated() {
            guard case .town(let id) = item, let town = state.dataset.newTown(id) else { continue }
            var lines = [
                DetailLine(state.dataset.district(town.district)?.name[lang] ?? town.district, role: .label),
                DetailLine(town.positioning[lang], role: .value),
                .blank,
            ]
            let count = zh ? town.scenarioCountStated : town.scenarioCount.map { "\($0) scenarios" }
            lines.append(DetailLine(count ?? (zh ? "场景（未注明数量）" : "Scenarios (number not stated)"), role: .accent))
            lines += town.scenarios.map { DetailLine("• " + $0[lang], indent: 0, hanging: 2) }
            cards.append(CardBoard.Card(item: index, title: town.name[lang], lines: lines))
        }
        return CardBoard(cards: cards, columns: min(max(1, cards.count), max(1, width / 22)), district: nil)
    }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer) {
        board(state).render(state, in: body, buffer: &buffer)
    }

    static func item(atX x: Int, y: Int, _ state: AppState) -> Int? {
        board(state).item(atX: x, y: y, in: DashboardLayout(for: state).body)
    }
}
