import CityDashCore
@testable import CityDashUI
import Testing

/// The time axis widget and the projects panel built on it: where markers go at several
/// widths, grouping by day, the selection's role, the ASCII form, clicks and ←→.
@Suite struct TimelineAxisTests {
    typealias Entry = TimelineAxis.Entry

    static let entries = [
        Entry(date: "2020-01-01", label: "first", item: 0),
        Entry(date: "2020-01-11", label: "second", item: 1),
        Entry(date: "2020-01-11", label: "third", item: 2),
        Entry(date: "2020-01-21", label: "last", item: 3),
    ]

    @Test("dates read as days, months at their first day, nonsense as nothing")
    func days() {
        #expect(TimelineAxis.day(of: "1970-01-01") == 0)
        #expect(TimelineAxis.day(of: "2000-03-01") == 11017)
        #expect(TimelineAxis.day(of: "2020-11") == TimelineAxis.day(of: "2020-11-01"))
        #expect(TimelineAxis.day(of: "2021-02-29") == nil)
        #expect(TimelineAxis.day(of: "2024-02-29") != nil)
        #expect(TimelineAxis.day(of: "2020-1-5") == nil)
        #expect(TimelineAxis.day(of: "未注明") == nil)
    }

    /// `day(of:)` reads bytes; it must answer as splitting on "-" and `Int(_:)` did.
    @Test("dates read from bytes: malformed fields, extra parts and huge numbers are nothing")
    func malformedDays() {
        for text in ["2020-01-01-01", "20201-01-01", "2020--01", "2020-01-", "-2020-01", "2020-1a", "2020-01-1",
                     "2020", "", "2020-13", "2020-00", "2020-02-30", "99999999999999999999-01-01", "２０２０-01-01"] {
            #expect(TimelineAxis.day(of: text) == nil, "\(text)")
        }
        #expect(TimelineAxis.day(of: "2020-12-31") == TimelineAxis.civilDays(year: 2020, month: 12, day: 31))
        // `Int("+202")` is 202: a sign before the digits is read as `Int` reads it.
        #expect(TimelineAxis.day(of: "+202-01-01") == TimelineAxis.civilDays(year: 202, month: 1, day: 1))
    }

    @Test("markers sit in proportion to their day, first and last at the ends",
          arguments: [11, 21, 41, 81])
    func markerPositions(_ width: Int) {
        let axis = TimelineAxis(entries: Self.entries)
        let place = axis.placement(in: Rect(x: 3, y: 0, width: width, height: 6))
        #expect(place.markers == [3, 3 + (width - 1) / 2, 3 + width - 1], "\(place.markers) at \(width)")
        var buffer = Buffer(width: width + 6, height: 6)
        axis.render(in: Rect(x: 3, y: 0, width: width, height: 6), buffer: &buffer)
        let axisRow = buffer.line(place.axisRow)
        #expect(Array(axisRow)[3] == "●" && Array(axisRow)[3 + width - 1] == "●", "\(axisRow)")
        #expect(Array(axisRow)[3 + (width - 1) / 2] == "2", "a day with two entries shows 2: \(axisRow)")
    }

    @Test("the bundled events group by day: six on 2022-08-24, eight days from 2020-10-13")
    func groupsByDay() {
        let events = Fixture.dataset.events.enumerated().map { Entry(date: $1.date, label: $1.name.en, item: $0) }
        let groups = TimelineAxis.groups(events)
        #expect(groups.count == 8)
        #expect(groups.first?.date == "2020-10-13")
        #expect(groups.last?.date == "2022-08-24")
        #expect(groups.last?.entries.count == 6)
        #expect(groups.map(\.day) == groups.map(\.day).sorted())
        #expect(groups.contains { $0.date == "2020-11" }, "a month-only date is its own group")
    }

    @Test("the selected entry's marker and name have the selection role; the others do not")
    func selectionRole() throws {
        let rect = Rect(x: 0, y: 0, width: 60, height: 8)
        let axis = TimelineAxis(entries: Self.entries, selected: 3)
        var buffer = Buffer(width: 60, height: 8)
        let place = axis.render(in: rect, buffer: &buffer)
        #expect(buffer[59, place.axisRow].role == .selection)
        #expect(buffer[0, place.axisRow].role != .selection)
        let block = try #require(place.blocks.first { place.groups[$0.group].date == "2020-01-21" })
        #expect(buffer.line(block.rect.y + 1).contains("last"))
        #expect(buffer[block.rect.x, block.rect.y + 1].role == .selection)
        let other = try #require(place.blocks.first { place.groups[$0.group].date == "2020-01-01" })
        #expect(buffer[other.rect.x, other.rect.y + 1].role == .normal)
    }

    @Test("ASCII: no character outside ASCII, the selected marker still distinct")
    func asciiForm() {
        let axis = TimelineAxis(entries: Self.entries, selected: 1, ascii: true)
        var buffer = Buffer(width: 50, height: 7)
        let place = axis.render(in: Rect(x: 0, y: 0, width: 50, height: 7), buffer: &buffer)
        for y in 0..<7 { #expect(buffer.line(y).unicodeScalars.allSatisfy { $0.isASCII }, "\(buffer.line(y))") }
        #expect(Array(buffer.line(place.axisRow))[25] == "@")
        #expect(Array(buffer.line(place.axisRow))[0] == "o")
    }

    @Test("a click on a marker or a name selects it; again on a day, the next of that day")
    func clicks() throws {
        let rect = Rect(x: 0, y: 0, width: 60, height: 8)
        var axis = TimelineAxis(entries: Self.entries)
        let place = axis.placement(in: rect)
        #expect(axis.item(atX: 59, y: place.axisRow, in: rect) == 3)
        #expect(axis.item(atX: 29, y: place.axisRow, in: rect) == 1)
        axis.selected = 1
        #expect(axis.item(atX: 29, y: place.axisRow, in: rect) == 2)
        #expect(axis.item(atX: 15, y: place.axisRow, in: rect) == nil, "nothing between markers")
        let block = try #require(place.blocks.first { place.groups[$0.group].entries.count == 2 })
        #expect(axis.item(atX: block.rect.x, y: block.rect.y + 2, in: rect) == 2)
    }

    @Test("labels never overlap and stay inside the axis's rectangle", arguments: [80, 120, 200, 300])
    func labelsDoNotOverlap(_ width: Int) {
        let events = Fixture.dataset.events.enumerated().map { Entry(date: $1.date, label: $1.name.zh, item: $0) }
        let rect = Rect(x: 2, y: 1, width: width - 4, height: 12)
        let place = TimelineAxis(entries: events, labelWidth: max(12, min(34, width / 5))).placement(in: rect)
        for (i, a) in place.blocks.enumerated() {
            #expect(a.rect.x >= rect.x && a.rect.maxX <= rect.maxX && a.rect.y >= rect.y && a.rect.maxY <= place.axisRow)
            for b in place.blocks[(i + 1)...] {
                #expect(!(a.rect.x < b.rect.maxX && b.rect.x < a.rect.maxX && a.rect.y < b.rect.maxY && b.rect.y < a.rect.maxY),
                        "\(a) overlaps \(b) at \(width)")
            }
        }
        #expect(place.blocks.count == place.groups.count || width < 120, "every day labelled at \(width)")
    }

    @Test("thousands of dated entries: every day keeps its marker, labels stop at the cap")
    func manyEntriesAreBounded() {
        let entries = (0..<3000).map { index in
            Entry(date: "20\(20 + index % 3)-\(index % 12 < 9 ? "0" : "")\(index % 12 + 1)-\(index % 28 < 9 ? "0" : "")\(index % 28 + 1)",
                  label: "entry \(index)", item: index)
        }
        let axis = TimelineAxis(entries: entries, selected: 1234)
        let rect = Rect(x: 0, y: 0, width: 300, height: 20)
        let place = axis.placement(in: rect)
        #expect(place.groups.count == place.markers.count)
        #expect(place.groups.reduce(0) { $0 + $1.entries.count } == 3000)
        #expect(place.blocks.count <= TimelineAxis.maximumLabels)
        #expect(place.blocks.contains { place.groups[$0.group].entries.contains { $0.item == 1234 } },
                "the selected day is labelled first")
    }

    // MARK: The projects panel

    @Test("the projects panel draws the axis, lists undated projects apart and says why", arguments: Language.allCases)
    func projectsPanel(_ language: Language) {
        let state = Fixture.state(width: 120, height: 40, panel: .projects, language: language)
        let text = DashboardView.render(state).lines.joined(separator: "\n")
        #expect(text.contains(language == .zh ? "未注明日期" : "no date stated"))
        #expect(text.contains("2022-08-24 · 6"))
        #expect(text.contains(language == .zh ? "时间轴" : "Timeline"))
    }

    @Test("→ and ← move from day to day along the axis; ↑↓ still step through the list")
    func arrowsMoveAlongTheAxis() {
        var state = Fixture.state(width: 120, height: 40, panel: .projects)
        let items = state.items
        func date() -> String? {
            if case .event(let id) = state.items[state.selectedIndex] { return state.dataset.event(id)?.date }
            return nil
        }
        #expect(date() == nil, "the list starts on an undated project")
        Fixture.press([.right], &state)
        #expect(state.panel == .projects)
        #expect(date() == "2020-10-13")
        Fixture.press([.right, .right], &state)
        #expect(date() == "2021-04-15")
        Fixture.press(Array(repeating: .right, count: 10), &state)
        #expect(date() == "2022-08-24")
        #expect(items[state.selectedIndex] == items.first { if case .event(let id) = $0 { Fixture.dataset.event(id)?.date == "2022-08-24" } else { false } })
        Fixture.press([.left], &state)
        #expect(date() == "2022-02-23")
        let before = state.selectedIndex
        Fixture.press([.down], &state)
        #expect(state.selectedIndex == before + 1)
        Fixture.press([.character("2"), .right], &state)
        #expect(state.panel == .zones, "elsewhere → still changes panel")
    }

    @Test("a click on a marker on the screen selects that day's first event")
    func clickOnScreenMarker() throws {
        var state = Fixture.state(width: 200, height: 60, panel: .projects)
        let body = DashboardLayout(for: state).body
        let g = ProjectsPanel.geometry(state, in: body)
        let inner = g.timeline.inset(dx: 1, dy: 1).inset(right: 1, left: 1)
        let place = ProjectsPanel.axis(state, width: g.timeline.width).placement(in: inner)
        let last = try #require(place.markers.last)
        AppReducer.reduce(&state, .click(x: last, y: place.axisRow))
        guard case .event(let id) = state.items[state.selectedIndex] else {
            Issue.record("no event selected")
            return
        }
        #expect(state.dataset.event(id)?.date == "2022-08-24")
        #expect(state.overlay == .none)
    }
}
