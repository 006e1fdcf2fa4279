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

    public static func reduce(_ state: inout AppState, _ event: AppEvent) {
        state.refreshItemCache()
        defer { state.refreshItemCache() }
        switch event {
        case .key(let key):
            state.notice = nil
            if state.kiosk != nil, !KioskReducer.admit(key, &state) { return }
            handle(key, &state)
        case .resize(let width, let height):
            state.terminalWidth = max(0, width)
            state.terminalHeight = max(0, height)
        case .click(let x, let y):
            if state.kiosk != nil, !KioskReducer.admitClick(&state) { return }
            click(x: x - state.margin.left, y: y - state.margin.top, &state)
        case .tick(let now):
            state.now = now
            guard state.kiosk != nil, KioskReducer.tick(&state) else { return }
        case .dataReloaded(let dataset):
            reload(dataset, &state)
        case .dataRejected(let diagnostics):
            state.dataWarnings = diagnostics
        case .clipboardSent:
            state.pendingClipboard = nil
        case .exportFinished(let outcome):
            state.pendingExport = nil
            state.notice = UIText.exportNotice(outcome)
        }
        clampSelection(&state)
    }

    // MARK: Keys by mode

    static func handle(_ key: Key, _ state: inout AppState) {
        switch state.overlay {
        case .districtPicker(var picker):
            handlePicker(key, &picker, &state)
        case .help(let scroll):
            switch key {
            case .up, .character("k"): state.overlay = .help(scroll: max(0, scroll - 1))
            case .down, .character("j"): state.overlay = .help(scroll: scroll + 1)
            case .control("c"): perform(.quit, &state)
            default: state.overlay = .none
            }
        case .detail(let item, let scroll):
            switch key {
            case .up, .character("k"): state.overlay = .detail(item, scroll: max(0, scroll - 1))
            case .down, .character("j"): state.overlay = .detail(item, scroll: scroll + 1)
            case .pageUp: state.overlay = .detail(item, scroll: max(0, scroll - pageSize(state)))
            case .pageDown: state.overlay = .detail(item, scroll: scroll + pageSize(state))
            case .home: state.overlay = .detail(item, scroll: 0)
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
        guard let action = KeyMap.action(for: key) else { return }
        perform(action, &state)
    }

    static func perform(_ action: Action, _ state: inout AppState) {
        switch action {
        case .showPanel(let panel): switchPanel(to: panel, &state)
        case .nextPanel: switchPanel(to: state.panel.offset(by: 1), &state)
        case .previousPanel: switchPanel(to: state.panel.offset(by: -1), &state)
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
            if state.kiosk == nil { state.pendingClipboard = text }
            state.notice = Localized(zh: (state.kiosk == nil ? "已复制：" : "") + text,
                                     en: (state.kiosk == nil ? "Copied: " : "") + text)
        case .exportList(let format):
            // A kiosk writes nothing to disk.
            guard state.kiosk == nil else { return }
            state.pendingExport = ListExport(kinds: state.panel.exportKinds, query: state.query, format: format,
                                             directory: state.exportDirectory)
            state.notice = UIText.exporting
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
        case .quit: if state.kiosk == nil { state.shouldQuit = true }
        }
    }

    static func editSearch(_ key: Key, _ state: inout AppState) {
        switch key {
        case .character(let c):
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
            picker.query.append(c)
            picker.selection = 0
        case .backspace, .delete:
            if !picker.query.isEmpty { picker.query.removeLast() }
            picker.selection = 0
        case .up: picker.selection = max(0, picker.selection - 1)
        case .down: picker.selection = min(max(0, entries.count - 1), picker.selection + 1)
        case .pageUp: picker.selection = max(0, picker.selection - pageSize(state))
        case .pageDown: picker.selection = min(max(0, entries.count - 1), picker.selection + pageSize(state))
        case .home: picker.selection = 0
        case .end: picker.selection = max(0, entries.count - 1)
        case .enter:
            if entries.indices.contains(picker.selection) {
                setDistrict(entries[picker.selection].filter, &state)
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

    static func setDistrict(_ filter: DistrictFilter, _ state: inout AppState) {
        guard filter != state.district else { return }
        state.district = filter
        state.refreshItemCache()
        resetSelections(&state)
    }

    static func stepDistrict(by delta: Int, _ state: inout AppState) {
        let filters = [DistrictFilter.all] + state.dataset.districts.map { .district($0.id) }
        let index = filters.firstIndex(of: state.district) ?? 0
        setDistrict(filters[((index + delta) % filters.count + filters.count) % filters.count], &state)
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
        guard state.overlay == .none, !state.isTooSmall else { return }
        let layout = DashboardLayout(for: state)
        if let panel = TabBar.panel(at: x, y: y, in: layout.tabs, state: state) {
            switchPanel(to: panel, &state)
            return
        }
        let list = layout.list
        if list.contains(x: x, y: y) {
            let index = (state.scroll[state.panel] ?? 0) + (y - list.y)
            if state.items.indices.contains(index) {
                if index == state.selectedIndex {
                    perform(.open, &state)
                } else {
                    state.selection[state.panel] = index
                }
            }
        }
    }

    /// Keeps every selection inside its list and scrolled into view after any event.
    static func clampSelection(_ state: inout AppState) {
        let rows = DashboardLayout(for: state).listRows
        let count = state.items.count
        var index = min(state.selection[state.panel] ?? 0, max(0, count - 1))
        index = max(0, index)
        state.selection[state.panel] = index
        var scroll = state.scroll[state.panel] ?? 0
        if index < scroll { scroll = index }
        if rows > 0 && index >= scroll + rows { scroll = index - rows + 1 }
        scroll = max(0, min(scroll, max(0, count - rows)))
        state.scroll[state.panel] = scroll
    }
}
