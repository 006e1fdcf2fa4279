import CityDashCore

/// The only place the dashboard's state changes: `reduce(&state, event)`.
/// Pure and synchronous, so any behaviour can be tested by feeding it events.
public enum AppReducer {
    /// `(state, event) -> state`, for tests and callers that prefer values.
    public static func reduced(_ state: AppState, _ event: AppEvent) -> AppState {
        var copy = state
        reduce(&copy, event)
        return copy
    }

    /// Applies `event` and returns the effects it asks for. Handlers request effects through
    /// `state.requested`, which is empty again when this returns: the effects live in the
    /// return value only. Every event redraws everything except a kiosk tick that says it
    /// moved only the clock rows, so no state field can leave a stale frame.
    @discardableResult
    public static func reduce(_ state: inout AppState, _ event: AppEvent) -> Effects {
        state.requested = Effects(redraw: .all)
        update(&state, event)
        let effects = state.requested
        state.requested = Effects()
        return effects
    }

    static func update(_ state: inout AppState, _ event: AppEvent) {
        state.refreshItemCache()
        defer {
            state.refreshItemCache()
            KioskStoryPage.refreshPlacement(&state)
        }
        switch event {
        case .key(let key):
            state.notice = nil
            if state.kiosk != nil, !KioskReducer.admit(key, &state) { return }
            if isPastSearchLimit(key, state) { return }
            handle(key, &state)
        case .resize(let width, let height):
            state.terminalWidth = max(0, width)
            state.terminalHeight = max(0, height)
        case .click(let x, let y):
            if state.kiosk != nil, !KioskReducer.admitPointer(&state) { return }
            click(x: x - state.margin.left, y: y - state.margin.top, &state)
        case .wheel(let notches):
            if state.kiosk != nil, !KioskReducer.admitPointer(&state) { return }
            wheel(notches, &state)
        case .tick(let instant):
            let arrivalWasOver = KioskArrival.progress(state) == 1
            state.now = instant.monotonic
            state.kiosk?.wallClock = instant.wall
            guard state.kiosk != nil else { return }
            state.requested.redraw = KioskReducer.tick(&state, arrivalWasOver: arrivalWasOver)
            guard state.requested.redraw == .all else { return }
        case .dataReloaded(let dataset):
            reload(dataset, &state)
            KioskReducer.reloaded(&state)
        case .dataRejected(let diagnostics):
            state.dataWarnings = diagnostics
        case .exportFinished(let outcome):
            state.notice = UIText.exportNotice(outcome)
        }
        clampSelection(&state)
    }

    // MARK: Keys by mode

    static func handle(_ key: Key, _ state: inout AppState) {
        switch state.overlay {
        case .districtPicker(var picker):
            handlePicker(key, &picker, &state)
        case .compare:
            switch key {
            case .control("c"): perform(.quit, &state)
            case .character("M"):
                perform(.clearMarks, &state)
                state.overlay = .none
            default: state.overlay = .none
            }
        case .help(let scroll):
            switch key {
            case .up, .character("k"): state.overlay = .help(scroll: clampedScroll(scroll, by: -1, limit: helpScrollLimit(state)))
            case .down, .character("j"): state.overlay = .help(scroll: clampedScroll(scroll, by: 1, limit: helpScrollLimit(state)))
            case .control("c"): perform(.quit, &state)
            default: state.overlay = .none
            }
        case .detail(let item, let scroll):
            switch key {
            case .up, .character("k"), .down, .character("j"), .pageUp, .pageDown, .home, .end:
                state.overlay = .detail(item, scroll: detailScroll(item, scroll, key, state))
            case .escape, .backspace, .enter: state.overlay = .none
            default: browse(key, &state)
            }
        case .none:
            if state.isEditingSearch {
                editSearch(key, &state)
            } else {
                browse(key, &state)
            }
        }
    }

    static func browse(_ key: Key, _ state: inout AppState) {
        // On a panel drawn along a time axis, ←→ move along it instead of between panels.
        if key == .left || key == .right, state.overlay == .none, let index = PanelBoard.step(state, by: key == .left ? -1 : 1) {
            state.selection[state.panel] = index
            return
        }
        guard let action = KeyMap.action(for: key) else { return }
        perform(action, &state)
    }

    static func perform(_ action: Action, _ state: inout AppState) {
        switch action {
        case .showPanel(let panel): switchPanel(to: panel, &state)
        case .nextPanel: switchPanel(to: state.panel.offset(by: 1, districtActive: state.district != .all), &state)
        case .previousPanel: switchPanel(to: state.panel.offset(by: -1, districtActive: state.district != .all), &state)
        case .moveUp: move(by: -1, &state)
        case .moveDown: move(by: 1, &state)
        case .pageUp: move(by: -pageSize(state), &state)
        case .pageDown: move(by: pageSize(state), &state)
        case .top: move(by: -Int(Int32.max), &state)
        case .bottom: move(by: Int(Int32.max), &state)
        case .open:
            if case .source(let id)? = state.selectedItem {
                listRecords(ofSource: id, &state)
            } else if let item = state.selectedItem {
                state.overlay = .detail(item, scroll: 0)
            }
        case .back:
            if state.overlay != .none {
                state.overlay = .none
            } else if !state.search.isEmpty {
                state.search = ""
            } else if !state.filter.isEmpty {
                state.filter = RecordFilter()
                state.refreshItemCache()
                resetSelections(&state)
            }
        case .showSource: showSource(&state)
        case .copyCitation:
            let item: ItemRef?
            if case .detail(let shown, _) = state.overlay { item = shown } else { item = state.selectedItem }
            guard let item, let text = citation(of: item, state) else { return }
            // Shown in any case; sent to the clipboard only outside kiosk mode.
            if state.kiosk == nil { state.requested.clipboard = text }
            state.notice = Localized(zh: (state.kiosk == nil ? "已复制：" : "") + text,
                                     en: (state.kiosk == nil ? "Copied: " : "") + text)
        case .exportList(let format):
            // A kiosk writes nothing to disk.
            guard state.kiosk == nil else { return }
            state.requested.export = ListExport(kinds: state.panel.exportKinds, query: state.query, format: format,
                                             directory: state.exportDirectory)
            state.notice = UIText.exporting
        case .toggleGrouping:
            state.grouping = state.grouping.next
            listChanged(&state)
            state.notice = UIText.groupingNotice(state.grouping)
        case .toggleMark:
            // A kiosk keeps no marks: the next visitor would find them.
            guard state.kiosk == nil else { return }
            guard case .metric(let id)? = state.selectedItem else {
                state.notice = UIText.onlyFiguresMark
                return
            }
            if let at = state.marks.firstIndex(of: id) { state.marks.remove(at: at) } else { state.marks.append(id) }
            state.notice = UIText.marksNotice(state.marks.count)
        case .clearMarks:
            guard state.kiosk == nil, !state.marks.isEmpty else { return }
            state.marks = []
            state.notice = UIText.marksNotice(0)
        case .compare:
            guard state.kiosk == nil else { return }
            if state.marks.isEmpty {
                state.notice = UIText.marksNotice(0)
            } else {
                state.overlay = .compare
            }
        case .cycleSort:
            state.sort = state.sort.next
            listChanged(&state)
            state.notice = UIText.sortNotice(state.sort)
        case .cycleCategory:
            state.filter.category = cycled(state.filter.category, through: Category.allCases)
            listChanged(&state)
            state.notice = UIText.filterNotice(state.filter)
        case .cycleStatus:
            state.filter.status = cycled(state.filter.status, through: MetricKind.allCases)
            listChanged(&state)
            state.notice = UIText.filterNotice(state.filter)
        case .cycleYear:
            state.filter.year = cycled(state.filter.year, through: RecordQuery.years(in: state.dataset))
            listChanged(&state)
            state.notice = UIText.filterNotice(state.filter)
        case .openDistrictPicker:
            state.overlay = .districtPicker(DistrictPicker(selection: pickerIndex(of: state.district, state)))
        case .previousDistrict: stepDistrict(by: -1, &state)
        case .nextDistrict: stepDistrict(by: 1, &state)
        case .startSearch:
            state.overlay = .none
            state.isEditingSearch = true
        case .toggleLanguage: state.language = state.language.toggled
        case .cycleTheme:
            state.theme = state.theme.next
            state.notice = UIText.themeNotice(state.theme)
        case .toggleHelp: state.overlay = state.overlay == .none ? .help(scroll: 0) : .none
        case .quit: if state.kiosk == nil { state.requested.quit = true }
        }
    }

    static func editSearch(_ key: Key, _ state: inout AppState) {
        switch key {
        case .character(let c):
            // Past the limit a typed or pasted character is ignored: nothing changes, nothing is searched.
            guard state.search.unicodeScalars.count + c.unicodeScalars.count <= searchLimit else { return }
            state.search.append(c)
            state.refreshItemCache()
            resetSelections(&state)
        case .backspace, .delete:
            if !state.search.isEmpty { state.search.removeLast() }
            state.refreshItemCache()
            resetSelections(&state)
        case .enter:
            state.isEditingSearch = false
        case .escape:
            state.isEditingSearch = false
            state.search = ""
            resetSelections(&state)
        case .up: move(by: -1, &state)
        case .down: move(by: 1, &state)
        case .tab: switchPanel(to: state.panel.offset(by: 1), &state)
        case .backTab: switchPanel(to: state.panel.offset(by: -1), &state)
        case .control("c"): perform(.quit, &state)
        default: break
        }
    }

    static func handlePicker(_ key: Key, _ picker: inout DistrictPicker, _ state: inout AppState) {
        let entries = DistrictPickerEntries.entries(for: picker.query, in: state)
        switch key {
        case .character(let c):
            if picker.query.unicodeScalars.count + c.unicodeScalars.count <= searchLimit { picker.query.append(c) }
            picker.selection = 0
        case .backspace, .delete:
            if !picker.query.isEmpty { picker.query.removeLast() }
            picker.selection = 0
        case .up, .down, .left, .right:
            picker.selection = pickerMove(key, from: picker.selection, query: picker.query, entries)
        case .pageUp: picker.selection = max(0, picker.selection - pageSize(state))
        case .pageDown: picker.selection = min(max(0, entries.count - 1), picker.selection + pageSize(state))
        case .home: picker.selection = 0
        case .end: picker.selection = max(0, entries.count - 1)
        case .enter:
            if entries.indices.contains(picker.selection) {
                chooseDistrict(entries[picker.selection].filter, &state)
            }
            state.overlay = .none
            return
        case .escape:
            state.overlay = .none
            return
        case .control("c"):
            perform(.quit, &state)
            return
        default: break
        }
        state.overlay = .districtPicker(picker)
    }

    // MARK: Helpers

    /// nil (no filter), then each value in turn, then nil again.
    static func cycled<T: Equatable>(_ current: T?, through values: [T]) -> T? {
        guard let current, let index = values.firstIndex(of: current) else { return values.first }
        return index + 1 < values.count ? values[index + 1] : nil
    }

    /// After a filter or sort change: new lists, from their tops.
    static func listChanged(_ state: inout AppState) {
        state.refreshItemCache()
        resetSelections(&state)
    }

    /// Enter on an article: every list keeps only its records, starting on the figures.
    static func listRecords(ofSource id: String, _ state: inout AppState) {
        state.filter.source = id
        state.refreshItemCache()
        resetSelections(&state)
        switchPanel(to: .overview, &state)
        let title = state.dataset.source(id)?.title[state.displayLanguage] ?? id
        state.notice = UIText.sourceFilterNotice(title)
    }

    /// `s`: the article of the record in the detail view, or of the selected row, selected on the
    /// sources panel.
    static func showSource(_ state: inout AppState) {
        let item: ItemRef?
        if case .detail(let shown, _) = state.overlay { item = shown } else { item = state.selectedItem }
        guard let item, let source = sourceID(of: item, in: state.dataset) else { return }
        switchPanel(to: .sources, &state)
        if let row = state.items(for: .sources).firstIndex(of: .source(source)) {
            state.selection[.sources] = row
        }
        state.notice = UIText.jumpedToSource
    }

    static func citation(of item: ItemRef, _ state: AppState) -> String? {
        let data = state.dataset
        let lang = state.displayLanguage
        switch item {
        case .metric(let id): return data.metric(id).map { Citation.text(for: $0, in: data, lang) }
        case .town(let id): return data.newTown(id).map { Citation.text(name: $0.name, record: $0, in: data, lang) }
        case .zone(let id): return data.zone(id).map { Citation.text(name: $0.name, record: $0, in: data, lang) }
        case .action(let id): return data.action(id).map { Citation.text(name: $0.name, record: $0, in: data, lang) }
        case .project(let id): return data.project(id).map { Citation.text(name: $0.name, record: $0, in: data, lang) }
        case .event(let id): return data.event(id).map { Citation.text(name: $0.name, record: $0, in: data, lang) }
        case .source: return nil
        }
    }

    static func sourceID(of item: ItemRef, in dataset: Dataset) -> String? {
        switch item {
        case .metric(let id): dataset.metric(id)?.source
        case .town(let id): dataset.newTown(id)?.source
        case .zone(let id): dataset.zone(id)?.source
        case .action(let id): dataset.action(id)?.source
        case .project(let id): dataset.project(id)?.source
        case .event(let id): dataset.event(id)?.source
        case .source(let id): id
        }
    }

    static func switchPanel(to panel: PanelID, _ state: inout AppState) {
        state.panel = panel
        state.overlay = .none
    }

    static func move(by delta: Int, _ state: inout AppState) {
        let count = state.items.count
        guard count > 0 else { return }
        let current = state.selection[state.panel] ?? 0
        let target = delta > 0 ? (current > count - 1 - delta ? count - 1 : current + delta)
                               : (current < -delta ? 0 : current + delta)
        state.selection[state.panel] = target
    }

    /// Rows a page key moves: the visible list height of the current screen.
    static func pageSize(_ state: AppState) -> Int {
        max(1, DashboardLayout(for: state).listRows)
    }

    /// The longest search (and district picker) query, in Unicode scalars. A longer paste is
    /// cut here, so a keystroke never costs more than searching for 64 characters, and a
    /// 100 KB paste is 64 searches and 99,936 ignored keys.
    public static let searchLimit = 64

    /// A character typed into a full search box: it changes nothing, so the reducer returns
    /// before any list or layout work (a long paste is mostly such keys).
    static func isPastSearchLimit(_ key: Key, _ state: AppState) -> Bool {
        guard state.isEditingSearch, state.overlay == .none, case .character(let c) = key else { return false }
        return state.search.unicodeScalars.count + c.unicodeScalars.count > searchLimit
    }

    /// True when the search is as long as it can get (the status bar says so).
    public static func searchIsFull(_ state: AppState) -> Bool {
        state.search.unicodeScalars.count >= searchLimit
    }

    /// `scroll` moved by `delta` and kept within 0...limit; a scroll left past the end by a
    /// resize counts from the end, so one Up always moves up.
    static func clampedScroll(_ scroll: Int, by delta: Int, limit: Int) -> Int {
        let current = min(max(0, scroll), limit)
        let target = delta > 0 ? (current > limit - delta ? limit : current + delta)
                               : (current < -delta ? 0 : current + delta)
        return min(max(0, target), limit)
    }

    /// The detail view's new first row after a scrolling key, within its content.
    static func detailScroll(_ item: ItemRef, _ scroll: Int, _ key: Key, _ state: AppState) -> Int {
        let limit = detailScrollLimit(item, state)
        switch key {
        case .up, .character("k"): return clampedScroll(scroll, by: -1, limit: limit)
        case .down, .character("j"): return clampedScroll(scroll, by: 1, limit: limit)
        case .pageUp: return clampedScroll(scroll, by: -pageSize(state), limit: limit)
        case .pageDown: return clampedScroll(scroll, by: pageSize(state), limit: limit)
        case .end: return limit
        default: return 0
        }
    }

    /// The last first row the detail view can show: its wrapped rows less the rows that fit.
    /// The same geometry as `DashboardView.renderDetail`: the body less the frame and a column
    /// of padding on each side.
    static func detailScrollLimit(_ item: ItemRef, _ state: AppState) -> Int {
        let body = DashboardLayout(for: state).body
        let area = (width: body.width - 4, height: body.height - 2)
        guard area.width > 0, area.height > 0 else { return 0 }
        let lines = DetailContent.lines(item, in: state.dataset, state.displayLanguage, chineseVisible: !state.asciiOnly)
        return max(0, DetailLine.rows(lines, width: area.width).count - area.height)
    }

    /// The last first row the help box can show (`HelpOverlay.render`'s geometry).
    static func helpScrollLimit(_ state: AppState) -> Int {
        let body = DashboardLayout(for: state).body
        let count = HelpOverlay.lines(state.displayLanguage).count
        return max(0, count - max(0, min(count + 2, body.height) - 2))
    }

    static func setDistrict(_ filter: DistrictFilter, _ state: inout AppState) {
        guard filter != state.district else { return }
        state.district = filter
        state.refreshItemCache()
        resetSelections(&state)
    }

    static func stepDistrict(by delta: Int, _ state: inout AppState) {
        let filters = [DistrictFilter.all] + state.dataset.districts.map { .district($0.id) }
        let index = filters.firstIndex(of: state.district) ?? 0
        chooseDistrict(filters[((index + delta) % filters.count + filters.count) % filters.count], &state)
    }

    /// A district chosen by the user (picker, `[` `]`, a map click). From the overview or the
    /// district page it opens that district's page; panels 2-5 stay and filter by it. Back to
    /// the whole city, the district page gives way to the overview.
    static func chooseDistrict(_ filter: DistrictFilter, _ state: inout AppState) {
        setDistrict(filter, &state)
        if filter == .all {
            if state.panel == .district { switchPanel(to: .overview, &state) }
        } else if state.panel == .overview || state.panel == .district {
            switchPanel(to: .district, &state)
        }
    }

    /// Where an arrow key takes the picker's cursor: to the neighbouring tile on the map when
    /// there is one in the list; ↑ from the map's top edge to 全市 and ↓ from 全市 onto the map
    /// (with nothing typed); otherwise ↑ ↓ step through the list.
    static func pickerMove(_ key: Key, from selection: Int, query: String,
                           _ entries: [DistrictPickerEntries.Entry]) -> Int {
        let direction: DistrictMapLayout.Direction? = switch key {
        case .up: .up
        case .down: .down
        case .left: .left
        case .right: .right
        default: nil
        }
        guard let direction, entries.indices.contains(selection) else { return 0 }
        let current = entries[selection].filter
        func index(of id: String?) -> Int? { id.flatMap { id in entries.firstIndex { $0.filter == .district(id) } } }
        if let id = current.districtID, let target = index(of: DistrictMapLayout.neighbour(of: id, direction)) {
            return target
        }
        if query.isEmpty {
            if current == .all, direction == .down, let top = index(of: DistrictMapLayout.tiles.first?.district) {
                return top
            }
            if current != .all, direction == .up, let all = entries.firstIndex(where: { $0.filter == .all }) {
                return all
            }
            return selection
        }
        switch direction {
        case .up: return max(0, selection - 1)
        case .down: return min(max(0, entries.count - 1), selection + 1)
        case .left, .right: return selection
        }
    }

    static func pickerIndex(of filter: DistrictFilter, _ state: AppState) -> Int {
        DistrictPickerEntries.entries(for: "", in: state).firstIndex { $0.filter == filter } ?? 0
    }

    static func resetSelections(_ state: inout AppState) {
        state.selection = [:]
        state.scroll = [:]
    }

    /// New data keeps the panel, and the selection on the same record when it still exists.
    static func reload(_ dataset: Dataset, _ state: inout AppState) {
        var selected: [PanelID: ItemRef] = [:]
        for panel in PanelID.allCases {
            let items = PanelItems.items(panel, in: state)
            if let index = state.selection[panel], items.indices.contains(index) { selected[panel] = items[index] }
        }
        state.dataset = dataset
        state.dataWarnings = []
        if case .district(let id) = state.district, dataset.district(id) == nil { state.district = .all }
        state.refreshItemCache()
        for panel in PanelID.allCases {
            let items = PanelItems.items(panel, in: state)
            state.selection[panel] = selected[panel].flatMap { items.firstIndex(of: $0) } ?? 0
        }
        if case .detail(let item, _) = state.overlay, !DetailContent.exists(item, in: dataset) {
            state.overlay = .none
        }
    }

    static func click(x: Int, y: Int, _ state: inout AppState) {
        guard !state.isTooSmall else { return }
        if case .districtPicker(let picker) = state.overlay {
            if let filter = PickerOverlay.choice(atX: x, y: y, state, picker: picker) {
                state.overlay = .none
                chooseDistrict(filter, &state)
            }
            return
        }
        guard state.overlay == .none else { return }
        if state.panel == .district, let id = DistrictPage.district(atX: x, y: y, state) {
            chooseDistrict(.district(id), &state)
            return
        }
        let layout = DashboardLayout(for: state)
        if let panel = TabBar.panel(at: x, y: y, in: layout.tabs, state: state) {
            switchPanel(to: panel, &state)
            return
        }
        if state.panel == .overview, let id = DistrictMap.district(atX: x, y: y, in: layout.overviewMap.inset(left: 1)) {
            chooseDistrict(.district(id), &state)
            return
        }
        if PanelBoard.draws(state) {
            if let index = PanelBoard.item(atX: x, y: y, state) { select(index, &state) }
            return
        }
        let list = layout.list
        if list.contains(x: x, y: y) {
            // Heading rows of a grouped list are not items: a click on one selects nothing.
            let rows = GroupedRows(state, panel: state.panel)
            if case .item(let index)? = rows.content(ofRow: (state.scroll[state.panel] ?? 0) + (y - list.y)) {
                if index == state.selectedIndex {
                    perform(.open, &state)
                } else {
                    state.selection[state.panel] = index
                }
            }
        }
    }

    /// A click on an item: the first selects it, a second on the selected one opens it.
    static func select(_ index: Int, _ state: inout AppState) {
        guard state.items.indices.contains(index) else { return }
        if index == state.selectedIndex {
            perform(.open, &state)
        } else {
            state.selection[state.panel] = index
        }
    }

    /// Rows (or text lines) one wheel notch scrolls, as in most terminal programs.
    static let linesPerNotch = 3

    /// The wheel moves through whatever has the focus exactly as ↑/↓ would: the list, a detail
    /// or help text, the district picker.
    static func wheel(_ notches: Int, _ state: inout AppState) {
        let key: Key = notches < 0 ? .up : .down
        for _ in 0..<min(notches.magnitude, 100) * UInt(linesPerNotch) { handle(key, &state) }
    }

    /// Keeps every selection inside its list and scrolled into view after any event.
    static func clampSelection(_ state: inout AppState) {
        let rows = DashboardLayout(for: state).listRows
        let count = state.items.count
        var index = min(state.selection[state.panel] ?? 0, max(0, count - 1))
        index = max(0, index)
        state.selection[state.panel] = index
        // Scroll counts drawn rows: a grouped list's headings are rows too, and the heading of the
        // selected figure's group stays in view when it is the group's first.
        let grouped = GroupedRows(state, panel: state.panel)
        let row = grouped.row(ofItem: index)
        let top = rows > 1 ? grouped.topRow(forItem: index) : row
        var scroll = state.scroll[state.panel] ?? 0
        if top < scroll { scroll = top }
        if rows > 0 && row >= scroll + rows { scroll = row - rows + 1 }
        scroll = max(0, min(scroll, max(0, grouped.count - rows)))
        state.scroll[state.panel] = scroll
    }
}
