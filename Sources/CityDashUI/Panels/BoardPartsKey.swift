import CityDashCore

/// What the parts of a board that do not depend on the selection are drawn from, besides the
/// data set (`FrameMemo`'s own): the language and border set, the query (which records are
/// listed) and where the board is. A move of the selection keeps this key, so those parts are
/// copied and only what shows the selection is drawn again.
struct BoardPartsKey: Hashable, Sendable {
    var view: DashboardView.ViewKey
    var query: RecordQuery
    var rect: Rect

    init(_ state: AppState, in rect: Rect) {
        view = DashboardView.ViewKey(state)
        query = state.query
        self.rect = rect
    }
}
