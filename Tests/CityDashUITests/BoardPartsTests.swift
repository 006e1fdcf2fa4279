import CityDashCore
@testable import CityDashUI
import Testing

/// The actions and sources boards draw their selection over parts drawn without it (the
/// charts pasted from cells drawn alone, the cards drawn with none selected): each must be the
/// cells the widget draws for the selection from nothing, so that a change to `ChartBoard` or
/// `CardBoard` cannot leave the boards drawing a stale copy of the old look.
@Suite struct BoardPartsTests {
    static let sizes = [(120, 40), (200, 60), (300, 80)]

    /// The charts of the listed actions, the selected action's first, each once: how the board
    /// orders them, worked out here the plain way.
    static func expectedCharts(_ state: AppState) -> [ChartBoard.Chart] {
        var actions = state.items.compactMap { item -> IndustryAction? in
            if case .action(let id) = item { return state.dataset.action(id) }
            return nil
        }
        if case .action(let id)? = state.selectedItem, let index = actions.firstIndex(where: { $0.id == id }) {
            actions.insert(actions.remove(at: index), at: 0)
        }
        var out: [ChartBoard.Chart] = []
        for action in actions {
            for metric in state.dataset.metrics(action.metrics) {
                for chart in ChartBoard.charts(of: metric, in: state.dataset, state.displayLanguage) where !out.contains(chart) {
                    out.append(chart)
                }
            }
        }
        return out
    }

    /// Cells of `rect` in two buffers that differ, as a short message.
    static func difference(_ a: Buffer, _ b: Buffer, in rect: Rect) -> String? {
        for y in rect.y..<rect.maxY {
            for x in rect.x..<rect.maxX where a[x, y] != b[x, y] {
                return "(\(x), \(y)): \"\(a.line(y))\" / \"\(b.line(y))\""
            }
        }
        return nil
    }

    @Test("the actions board's chart box and list are ChartBoard's and SectionList's drawing, for every selection")
    func actionCharts() {
        for (width, height) in Self.sizes {
            for language in Language.allCases {
                var state = Fixture.state(width: width, height: height, panel: .actions, language: language)
                state.refreshItemCache()
                #expect(PanelBoard.draws(state))
                var reordered = false
                for _ in state.items.indices {
                    let charts = Self.expectedCharts(state)
                    reordered = reordered || charts != ActionsPanel.parts(state, in: DashboardLayout(for: state).body).charts
                    #expect(ActionsPanel.charts(state) == charts)
                    let frame = DashboardView.render(state)
                    let g = ActionsPanel.parts(state, in: DashboardLayout(for: state).body).geometry
                    var expected = Buffer(width: width, height: height)
                    ChartBoard.render(charts, state, in: g.charts, buffer: &expected)
                    let difference = Self.difference(frame, expected, in: g.charts)
                    #expect(difference == nil, "\(width)x\(height) \(language) item \(state.selectedIndex): \(difference ?? "")")
                    // The list lit over the list drawn with nothing selected: as SectionList draws the selection.
                    let parts = ActionsPanel.parts(state, in: DashboardLayout(for: state).body)
                    let inner = TitledBox(title: parts.listTitle, borders: state.borders).render(in: g.list, buffer: &expected)
                    parts.list.render(in: inner, selected: state.selectedIndex, buffer: &expected)
                    let listDifference = Self.difference(frame, expected, in: g.list)
                    #expect(listDifference == nil, "list \(width)x\(height) \(language) item \(state.selectedIndex): \(listDifference ?? "")")
                    Fixture.press([.down], &state)
                }
                #expect(reordered, "no selection moved a chart, so the pasting is not tested")
            }
        }
    }

    @Test("with room for every chart, each action's summary is under its name, and a click on it selects the action")
    func actionSummaries() throws {
        for (width, height, shows) in [(300, 80, true), (200, 60, false)] {
            var state = Fixture.state(width: width, height: height, panel: .actions)
            state.refreshItemCache()
            let body = DashboardLayout(for: state).body
            let parts = ActionsPanel.parts(state, in: body)
            let notes = parts.list.rows.compactMap { row -> Int? in
                if case .note(let index, _, _) = row { return index }
                return nil
            }
            #expect(notes.isEmpty != shows, "\(width)x\(height): \(notes.count) summaries")
            guard shows else { continue }
            // Every chart still fits under the list.
            let frame = DashboardView.render(state)
            let last = try #require(parts.charts.last)
            let heading = last.identity[1]
            #expect((0..<height).contains { frame.line($0).contains(heading) && $0 > parts.geometry.charts.y })
            // The second action's summary row: a click there selects the second action.
            let row = try #require(parts.list.rows.firstIndex {
                if case .note(1, _, _) = $0 { return true }
                return false
            })
            AppReducer.reduce(&state, .click(x: parts.geometry.list.x + 6, y: parts.geometry.list.y + 1 + row))
            #expect(state.selectedIndex == 1)
        }
    }

    @Test("the sources board's cards are CardBoard.render with the selected card lit, for every selection")
    func sourceCards() {
        for (width, height) in Self.sizes {
            for language in Language.allCases {
                for ascii in [false, true] {
                    var state = Fixture.state(width: width, height: height, panel: .sources, language: language)
                    state.asciiOnly = ascii
                    state.refreshItemCache()
                    #expect(PanelBoard.draws(state))
                    for _ in state.items.indices {
                        let frame = DashboardView.render(state)
                        let body = DashboardLayout(for: state).body
                        let board = SourcesPanel.board(state)
                        var expected = Buffer(width: width, height: height)
                        board.render(state, in: body, buffer: &expected)
                        if ascii { AsciiFallback.apply(to: &expected) }
                        let cards = Rect(x: body.x, y: body.y, width: body.width,
                                         height: board.geometry(in: body).detail.y - body.y)
                        let difference = Self.difference(frame, expected, in: cards)
                        #expect(difference == nil, "\(width)x\(height) \(language) item \(state.selectedIndex): \(difference ?? "")")
                        Fixture.press([.down], &state)
                    }
                }
            }
        }
    }

    @Test("the comparison marks the selected article's row in every chart, and no other")
    func comparisonMarksTheSelection() throws {
        var state = Fixture.state(width: 300, height: 80, panel: .sources)
        state.refreshItemCache()
        let parts = SourcesPanel.parts(state, in: DashboardLayout(for: state).body)
        let rest = parts.rest
        let compare = Rect(x: rest.maxX - min(90, rest.width * 2 / 5), y: rest.y, width: min(90, rest.width * 2 / 5),
                           height: rest.height)
        for _ in state.items.indices {
            let frame = DashboardView.render(state)
            let name = try #require(parts.comparison.names.indices.first {
                guard case .source(let id)? = state.selectedItem else { return false }
                return parts.comparison.ids[$0] == id
            }.map { parts.comparison.names[$0] })
            var marked = 0
            for y in compare.y..<compare.maxY {
                let text = (compare.x + 2..<compare.maxX).map { frame[$0, y] }.filter { !$0.isContinuation }
                    .map(\.symbol).joined()
                guard text.hasPrefix("▶ ") else { continue }
                marked += 1
                #expect(text.hasPrefix("▶ " + name), "row \(y) marks another article: \(text)")
                #expect(frame[compare.x + 2, y].role == .accent)
            }
            #expect(marked == parts.comparison.titles.count, "\(marked) rows marked")
            Fixture.press([.down], &state)
        }
    }
}
