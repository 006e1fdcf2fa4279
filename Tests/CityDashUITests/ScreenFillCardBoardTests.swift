import CityDashCore
@testable import CityDashUI
import Testing

/// The towns and zones boards fill the screen whichever card is selected: a short detail (a
/// town whose district holds little else) is followed by what else there is to show, not by
/// empty rows. The measure (at most a quarter of the body's rows blank) is applied to
/// the whole body and to the detail column alone.
extension ScreenFillTests {
    static let boardSizes = [(120, 36), (120, 40), (200, 60), (300, 80)]

    /// Rows of `rect` that show nothing (`BodyFill.isBlank` across the rectangle's width).
    static func blankRows(_ frame: Buffer, in rect: Rect) -> Int {
        (rect.y..<rect.maxY).filter { y in (rect.x..<rect.maxX).allSatisfy { BodyFill.isBlank(frame[$0, y]) } }.count
    }

    @Test("every selection on the towns and zones boards fills the body and the detail column",
          arguments: [PanelID.towns, .zones])
    func everySelectionFillsTheBoard(_ panel: PanelID) throws {
        for (width, height) in Self.boardSizes {
            for language in Language.allCases {
                var state = Fixture.state(width: width, height: height, panel: panel, language: language)
                state.refreshItemCache()
                #expect(PanelBoard.draws(state))
                for index in state.items.indices {
                    state.selection[panel] = index
                    let name = "\(panel) \(width)x\(height) \(language) card \(index)"
                    let rows = BodyFill.blankRows(state)
                    #expect(rows.blank * 4 <= rows.total, "\(name): \(rows.blank)/\(rows.total) body rows blank")
                    let board = try #require(panel == .towns ? TownsPanel.board(state) : ZonesPanel.board(state))
                    // The column under the cards, beside the map: a blank row there is an empty
                    // area even where the map beside it is drawn.
                    let detail = board.geometry(in: DashboardLayout(for: state).body).detail
                    let blank = Self.blankRows(DashboardView.render(state), in: detail)
                    #expect(blank * 4 <= rows.total, "\(name): \(blank) rows of the detail column blank, of \(rows.total) body rows")
                }
            }
        }
    }
}
