import CityDashCore
@testable import CityDashUI
import Testing

/// Grouping the figure list by category (`g`) and comparing marked figures (`m`, `M`, `b`):
/// reducer sequences and what the screen draws.
@Suite("Group and compare keys")
struct GroupAndCompareTests {
    func metric(_ item: ItemRef?) -> Metric? {
        guard case .metric(let id)? = item else { return nil }
        return Fixture.dataset.metric(id)
    }

    @Test("g groups the overview by category and back; the list is the query's grouped order")
    func groupToggles() {
        var state = Fixture.state()
        Fixture.press([.character("g")], &state)
        #expect(state.grouping == .category)
        #expect(state.notice == UIText.groupingNotice(.category))
        let query = RecordQuery(grouping: .category)
        #expect(state.items == query.metricPositions(in: state.dataset).map { .metric(state.dataset.metrics[$0].id) })
        #expect(state.categoryRuns(for: .overview) == CategoryRun.runs(query.metricPositions(in: state.dataset),
                                                                        in: state.dataset.metrics))
        #expect(state.categoryRuns(for: .towns).isEmpty)
        Fixture.press([.character("g")], &state)
        #expect(state.grouping == .none && state.categoryRuns(for: .overview).isEmpty)
        #expect(state.items.count == state.dataset.metrics.count)
    }

    @Test("the selection moves over figures only, and headings stay in view above a group's first")
    func selectionSkipsHeadings() {
        var state = Fixture.state(width: 80, height: 24)
        Fixture.press([.character("g")], &state)
        let runs = state.categoryRuns(for: .overview)
        let rows = GroupedRows(state, panel: .overview)
        #expect(rows.count == state.items.count + runs.count)
        // Down from the last figure of the first group lands on the first of the second.
        let firstCount = runs[0].count
        Fixture.press(Array(repeating: .down, count: firstCount), &state)
        #expect(state.selectedIndex == firstCount)
        #expect(metric(state.selectedItem)?.category == runs[1].category)
        #expect(rows.content(ofRow: rows.row(ofItem: firstCount) - 1) == .heading(runs[1]))
        // Every item row maps back to its item; every heading sits right before its group.
        var item = 0
        for row in 0..<rows.count {
            if case .item(let index)? = rows.content(ofRow: row) {
                #expect(index == item && rows.row(ofItem: index) == row)
                item += 1
            }
        }
        #expect(item == state.items.count)
        // Walking to the end and back, the selected row is always drawn and never a heading.
        let visible = DashboardLayout(for: state).listRows
        for key in Array(repeating: Key.down, count: state.items.count) + Array(repeating: Key.up, count: state.items.count) {
            Fixture.press([key], &state)
            let row = rows.row(ofItem: state.selectedIndex)
            let scroll = state.scroll[.overview] ?? 0
            #expect(row >= scroll && row < scroll + visible)
            #expect(rows.topRow(forItem: state.selectedIndex) >= scroll)
        }
        #expect(state.selectedIndex == 0 && state.scroll[.overview] == 0)
    }

    @Test("the grouped list draws a heading with each category's name and count, in both languages")
    func headingsDrawn() {
        for language in Language.allCases {
            var state = Fixture.state(width: 200, height: 60, language: language)
            Fixture.press([.character("g")], &state)
            let screen = DashboardView.render(state).lines.joined(separator: "\n")
            let first = state.categoryRuns(for: .overview)[0]
            #expect(screen.contains(PanelTable.heading(first, language)))
            #expect(screen.contains(first.category.label[language]))
        }
    }

    @Test("a click on a heading selects nothing; on a figure it selects that figure")
    func clicksOnHeadings() {
        var state = Fixture.state(width: 80, height: 24)
        Fixture.press([.character("g")], &state)
        let list = DashboardLayout(for: state).list
        AppReducer.reduce(&state, .click(x: list.x + 2, y: list.y))
        #expect(state.selectedIndex == 0 && state.overlay == .none)
        AppReducer.reduce(&state, .click(x: list.x + 2, y: list.y + 2))
        #expect(state.selectedIndex == 1)
    }

    @Test("m marks and unmarks the selected figure, M clears, b opens the compare view and Esc closes it")
    func marksAndCompare() {
        var state = Fixture.state()
        Fixture.press([.character("b")], &state)
        #expect(state.overlay == .none && state.notice == UIText.marksNotice(0))
        Fixture.press([.character("m"), .down, .character("m"), .down, .character("m"), .character("m")], &state)
        let ids = state.items.prefix(2).compactMap { metric($0)?.id }
        #expect(state.marks == ids)
        #expect(state.notice == UIText.marksNotice(2))
        let screen = DashboardView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("● " + (metric(state.items[0])?.name.zh ?? "?")))
        Fixture.press([.character("b")], &state)
        #expect(state.overlay == .compare)
        Fixture.press([.escape], &state)
        #expect(state.overlay == .none && state.marks == ids)
        Fixture.press([.character("M")], &state)
        #expect(state.marks.isEmpty)
        // On a list without figures, m says why nothing happened.
        var towns = Fixture.state(panel: .towns)
        Fixture.press([.character("m")], &towns)
        #expect(towns.marks.isEmpty && towns.notice == UIText.onlyFiguresMark)
    }

    @Test("the compare view puts only figures of one unit on a scale and writes each figure as stated")
    func compareScales() {
        var state = Fixture.state(width: 200, height: 60)
        // Every figure marked: the groups are exactly the units, each in the order of first mark.
        state.marks = state.dataset.metrics.map(\.id)
        let groups = CompareView.groups(state)
        #expect(groups.reduce(0) { $0 + $1.count } == state.dataset.metrics.count)
        for group in groups { #expect(Set(group.map(\.unit)).count == 1) }
        #expect(Set(groups.map { $0[0].unit }).count == groups.count)
        for language in Language.allCases {
            for group in groups {
                for (bar, metric) in zip(CompareView.bars(group, language), group) {
                    // The stated figure, qualifier included, and its year or target year.
                    #expect(bar.figure.contains(FigureFormatter.format(metric, language)))
                    #expect(bar.figure.hasSuffix(CompareView.status(metric, language)))
                    if let year = metric.kind == .target ? metric.targetYear : metric.year {
                        #expect(bar.figure.contains(String(year)))
                    }
                }
            }
        }
    }

    @Test("the compare view writes no number the data does not state")
    func compareStatesOnlyStatedNumbers() {
        var state = Fixture.state(width: 200, height: 60)
        Fixture.press([.character("m"), .down, .character("m"), .down, .down, .down, .character("m"), .character("b")], &state)
        let marked = state.marks.compactMap { state.dataset.metric($0) }
        let screen = DashboardView.render(state).lines
        let body = CompareView.box(CompareView.groups(state), in: DashboardLayout(for: state).body)
        var allowed = Set<String>()
        for metric in marked {
            allowed.formUnion(numbers(in: FigureFormatter.format(metric, .zh) + " " + FigureFormatter.when(metric, .zh)))
        }
        allowed.insert(String(marked.count))
        // Group counts in the headings ("2项").
        for group in CompareView.groups(state) { allowed.insert(String(group.count)) }
        for line in screen[body.y..<body.maxY] {
            for number in numbers(in: line) { #expect(allowed.contains(number), "\(number) in \(line)") }
        }
    }

    func numbers(in text: String) -> Set<String> {
        var found = Set<String>(), current = ""
        for character in text + " " {
            if character.isASCII && (character.isNumber || (character == "." && !current.isEmpty)) {
                current.append(character)
            } else if !current.isEmpty {
                found.insert(current.hasSuffix(".") ? String(current.dropLast()) : current)
                current = ""
            }
        }
        return found
    }

    @Test("kiosk mode keeps no marks and opens no compare view")
    func kioskIgnoresMarks() {
        var state = Fixture.state()
        state.kiosk = KioskState(config: KioskConfig(), dataset: Fixture.dataset, rotate: 20, idle: 60, unlock: nil,
                                 utcOffset: 0)
        // The first key only wakes the screen; the rest would mark and compare.
        Fixture.press([.character("m"), .character("m"), .character("b")], &state)
        #expect(state.marks.isEmpty && state.overlay == .none)
    }
}
