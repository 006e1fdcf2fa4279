import CityDashCore

/// The projects and events panel (5): a time axis of the dated events across the top, grouped
/// by day; under it the list, with the projects apart under a heading that says the articles
/// give them no date, then the events by date; the selected record's detail on the right.
/// The list's selection and the marker on the axis are one selection: ↑↓ step through the
/// list, ←→ from one day on the axis to the next, a click on a marker or a name selects it.
public enum ProjectsPanel {
    /// Where the parts go in the body.
    struct Geometry {
        var timeline: Rect
        var list: Rect
        var preview: Rect
    }

    /// What the panel draws from its list, whatever is selected: the axis over the listed
    /// events and the timeline's title. Made once per list (`FrameMemo`), since a key that
    /// moves the selection changes neither.
    struct Model: Sendable {
        /// Its entries and days; the selection and the label width are set for each frame.
        var axis: TimelineAxis
        var title: String
        /// The most events on one day.
        var busiest: Int
    }

    /// What the list and the axis are made from besides the data set (`FrameMemo`'s own).
    struct ListKey: Hashable, Sendable {
        var view: DashboardView.ViewKey
        var query: RecordQuery
    }

    static func model(_ state: AppState) -> Model {
        state.frameMemo.value(.projectsModel, key: ListKey(view: DashboardView.ViewKey(state), query: state.query)) {
            let days = state.dataset.events.compactMap { TimelineAxis.day(of: $0.date) }
            let range = days.min().flatMap { low in days.max().map { low...$0 } }
            let axis = TimelineAxis(entries: entries(state), range: range, ascii: state.asciiOnly)
            return Model(axis: axis, title: timelineTitle(state, axis),
                         busiest: axis.groups.map(\.entries.count).max() ?? 0)
        }
    }

    /// Rows the axis frame takes: enough for the busiest day's names over the axis, within
    /// two fifths of the body; none on a body too short for a list under it.
    static func geometry(_ state: AppState, in body: Rect) -> Geometry {
        let busiest = model(state).busiest
        // The busiest day's names and date, the axis and years, the frame, and room to stack;
        // with no dated record listed, one line that says so.
        let wanted = busiest + 1 + 2 + 2 + 4
        let height = body.height < 16 ? 0 : busiest == 0 ? 3 : min(max(6, body.height * 2 / 5), max(6, wanted))
        let rest = body.inset(top: height)
        let listWidth = max(36, rest.width * 45 / 100)
        let columns = Layout.columns(rest, [.length(listWidth), .fill])
        return Geometry(timeline: Rect(x: body.x, y: body.y, width: body.width, height: height),
                        list: columns[0], preview: columns[1])
    }

    /// The listed events as entries of the axis, by their index in the panel's list.
    static func entries(_ state: AppState) -> [TimelineAxis.Entry] {
        let lang = state.displayLanguage
        return state.items.enumerated().compactMap { index, item in
            guard case .event(let id) = item, let event = state.dataset.event(id) else { return nil }
            return TimelineAxis.Entry(date: event.date, label: event.name[lang], item: index)
        }
    }

    /// The axis over every event of the data (not only those listed), so a search or a district
    /// moves no marker.
    static func axis(_ state: AppState, width: Int) -> TimelineAxis {
        var axis = model(state).axis
        axis.selected = state.selectedIndex
        axis.labelWidth = max(12, min(34, width / 5))
        return axis
    }

    static func timelineTitle(_ state: AppState, _ axis: TimelineAxis) -> String {
        let lang = state.displayLanguage
        let days = axis.groups.count
        return lang == .zh ? "时间轴 · \(axis.entries.count)件大事 · \(days)个日期 · ←→ 按日期移动"
                           : "Timeline · \(axis.entries.count) events on \(days) dates · ←→ by date"
    }

    /// The inside of a `TitledBox` drawn in `rect`.
    static func inside(_ rect: Rect) -> Rect {
        rect.width >= 2 && rect.height >= 2 ? rect.inset(dx: 1, dy: 1) : Rect(x: rect.x, y: rect.y, width: 0, height: 0)
    }

    /// The axis drawn for the selected day (`TimelineAxis.renderUnselected`: the blocks are
    /// placed for it), the list at its scroll position and the detail of the selected record
    /// are remembered regions (`FrameMemo`); the selection is drawn over the first two.
    public static func render(_ state: AppState, in body: Rect, buffer: inout Buffer) {
        let g = geometry(state, in: body)
        let lang = state.displayLanguage
        let view = DashboardView.ViewKey(state)
        let memo = state.frameMemo
        if !g.timeline.isEmpty {
            let axis = axis(state, width: g.timeline.width)
            let area = inside(g.timeline).inset(right: 1, left: 1)
            let day = axis.groups.firstIndex { $0.entries.contains { $0.item == axis.selected } }
            let key = AxisKey(list: ListKey(view: view, query: state.query), day: day)
            let place = memo.draw(.projectsAxis, key: key, in: g.timeline, buffer: &buffer) { buffer in
                let inner = TitledBox(title: model(state).title, borders: state.borders).render(in: g.timeline, buffer: &buffer)
                guard !axis.entries.isEmpty else {
                    let text = lang == .zh ? "这里列出的记录都没有注明日期。" : "None of the records listed here has a date."
                    buffer.write(text, x: inner.x + 1, y: inner.y, role: .muted, clip: inner)
                    return TimelineAxis.Placement?.none
                }
                return axis.renderUnselected(in: area, buffer: &buffer)
            }
            if let place { axis.renderSelection(place, in: area, buffer: &buffer) }
        }
        let items = state.items
        let inner = inside(g.list)
        let sections = list(state, width: inner.width, height: inner.height)
        let first = sections.firstRow(height: inner.height, selected: state.selectedIndex)
        let shown = Array(sections.rows.dropFirst(first).prefix(inner.height))
        memo.draw(.projectsList, key: ListRegionKey(list: ListKey(view: view, query: state.query), first: first),
                  in: g.list, buffer: &buffer) { buffer in
            TitledBox(title: DashboardView.listTitle(state, count: items.count), borders: state.borders)
                .render(in: g.list, buffer: &buffer)
            // No item is selected here (-1); its rows are drawn over this below.
            SectionList(rows: shown, highlight: sections.highlight).render(in: inner, selected: -1, buffer: &buffer)
        }
        for (offset, row) in shown.enumerated() {
            switch row {
            case .item(state.selectedIndex, _), .note(state.selectedIndex, _, _):
                SectionList(rows: [row], highlight: sections.highlight)
                    .render(in: inner.row(offset), selected: state.selectedIndex, buffer: &buffer)
            default: continue
            }
        }
        let hint = " \(state.selectedIndex + 1)/\(items.count) "
        if g.list.width > DisplayWidth.of(hint) + 4 {
            buffer.write(hint, x: g.list.maxX - DisplayWidth.of(hint) - 2, y: g.list.maxY - 1, role: .muted, clip: g.list)
        }
        if !g.preview.isEmpty {
            let key = PreviewKey(view: view, selected: state.selectedItem)
            memo.draw(.projectsPreview, key: key, in: g.preview, buffer: &buffer) {
                // With what the articles put beside the record when there is room.
                RelatedRecords.render(state, in: g.preview, &$0)
            }
        }
    }

    /// The axis region: the list and the day whose names are placed first.
    struct AxisKey: Hashable, Sendable {
        var list: ListKey
        var day: Int?
    }

    /// The list region: the list and the first row shown.
    struct ListRegionKey: Hashable, Sendable {
        var list: ListKey
        var first: Int
    }

    /// The detail region: the record shown.
    struct PreviewKey: Hashable, Sendable {
        var view: DashboardView.ViewKey
        var selected: ItemRef?
    }

    /// The list's rows: the undated projects under a heading that says why, then the events,
    /// each day's date written once. When `height` rows hold them all twice over, each record
    /// gets a second line: a project's parties, an event's place and summary.
    static func list(_ state: AppState, width: Int, height: Int) -> SectionList {
        let key = SectionsKey(list: ListKey(view: DashboardView.ViewKey(state), query: state.query), width: width,
                              height: height)
        return state.frameMemo.value(.projectsSections, key: key) { makeList(state, width: width, height: height) }
    }

    /// The list's rows for a size (`list`'s memo).
    struct SectionsKey: Hashable, Sendable {
        var list: ListKey
        var width: Int
        var height: Int
    }

    static func makeList(_ state: AppState, width: Int, height: Int) -> SectionList {
        let lang = state.displayLanguage
        let zh = lang == .zh
        var projects: [SectionList.Row] = []
        var events: [SectionList.Row] = []
        var lastDate: String?
        let kindWidth = min(zh ? 14 : 18, state.items.compactMap { item -> Int? in
            guard case .project(let id) = item, let p = state.dataset.project(id) else { return nil }
            return DisplayWidth.of(p.kind.label[lang])
        }.max() ?? 0)
        for (index, item) in state.items.enumerated() {
            switch item {
            case .project(let id):
                guard let p = state.dataset.project(id) else { continue }
                projects.append(.item(index, [SectionList.Cell(text: p.kind.label[lang], role: .accent, width: kindWidth),
                                              SectionList.Cell(text: p.name[lang], role: .normal, width: nil)]))
                let parties = p.parties.map { $0[lang] }.joined(separator: zh ? "、" : ", ")
                let text = parties.isEmpty ? p.summary?[lang] ?? "" : parties
                projects.append(.note(index, text, indent: kindWidth + 1))
            case .event(let id):
                guard let e = state.dataset.event(id) else { continue }
                let date = e.date == lastDate ? "" : e.date
                lastDate = e.date
                events.append(.item(index, [SectionList.Cell(text: date, role: .muted, width: 10),
                                            SectionList.Cell(text: e.name[lang], role: .normal, width: nil)]))
                let text = [e.place?[lang], e.summary?[lang]].compactMap { $0 }.joined(separator: " · ")
                events.append(.note(index, text, indent: 11))
            default: continue
            }
        }
        // Second lines only when everything fits with them.
        if projects.count + events.count + 4 > height {
            projects.removeAll { if case .note = $0 { true } else { false } }
            events.removeAll { if case .note = $0 { true } else { false } }
        }
        var rows: [SectionList.Row] = []
        if !projects.isEmpty {
            let count = projects.filter { if case .item = $0 { true } else { false } }.count
            let long = zh ? "项目 (\(count)) · 未注明日期：文章没有写明日期" : "Projects (\(count)) · no date stated in the articles"
            let short = zh ? "项目 (\(count)) · 未注明日期" : "Projects (\(count)) · no date stated"
            rows.append(.heading(DisplayWidth.of(long) <= width ? long : short, .header))
            rows += projects
        }
        if !events.isEmpty {
            if !rows.isEmpty { rows.append(.blank) }
            let days = Set(state.items.compactMap { item -> String? in
                if case .event(let id) = item { return state.dataset.event(id)?.date }
                return nil
            }).count
            let count = events.filter { if case .item = $0 { true } else { false } }.count
            rows.append(.heading(zh ? "大事记 (\(count)) · \(days)个日期" : "Events (\(count)) on \(days) dates",
                                 .header))
            rows += events
        }
        return SectionList(rows: rows, highlight: state.search)
    }

    /// The list index under a click on the axis or the list, if any.
    public static func item(atX x: Int, y: Int, _ state: AppState) -> Int? {
        let g = geometry(state, in: DashboardLayout(for: state).body)
        let timeline = g.timeline.inset(dx: 1, dy: 1).inset(right: 1, left: 1)
        if timeline.contains(x: x, y: y) {
            return axis(state, width: g.timeline.width).item(atX: x, y: y, in: timeline)
        }
        let inner = g.list.inset(dx: 1, dy: 1)
        guard inner.contains(x: x, y: y) else { return nil }
        return list(state, width: inner.width, height: inner.height).item(atY: y, in: inner, selected: state.selectedIndex)
    }

    /// The list index ←/→ (`delta` -1/+1) moves to: the first record of the previous or next day
    /// on the axis; from an undated project, the first (→) or last (←) day.
    public static func step(_ state: AppState, by delta: Int) -> Int? {
        let groups = model(state).axis.groups
        guard !groups.isEmpty else { return nil }
        let current = groups.firstIndex { $0.entries.contains { $0.item == state.selectedIndex } }
        let target: Int
        if let current {
            target = min(max(0, current + delta), groups.count - 1)
        } else {
            target = delta > 0 ? 0 : groups.count - 1
        }
        return groups[target].entries.first?.item
    }
}
