@testable import CityDashUI

/// How much of a screen's body shows nothing: the rows whose cells are all unpainted spaces
/// or frame borders (a frame around empty rows is still an empty area; a map tile's outline or
/// a painted band is not). Shared by the fill tests of the district page and of every panel.
enum BodyFill {
    /// Roles whose spaces are painted (a band, a tile, a bar), so a space in them shows.
    static let painted: Set<Role> = [.selection, .mapNone, .mapLow, .mapMid, .mapHigh, .mapActive, .mapCursor,
                                     .banner, .header, .statusBar, .tabActive, .gaugeFilled, .gaugeEmpty]

    static func isBlank(_ cell: Cell) -> Bool {
        cell.role == .border || (cell.symbol == " " && !painted.contains(cell.role))
    }

    /// Body rows that show nothing, and how many rows the body has.
    static func blankRows(_ state: AppState) -> (blank: Int, total: Int) {
        let buffer = DashboardView.render(state)
        let body = DashboardLayout(for: state).body
        let blank = (body.y..<body.maxY).filter { y in
            (0..<buffer.area.width).allSatisfy { isBlank(buffer[$0, y]) }
        }.count
        return (blank, body.height)
    }
}
