import CityDashCore

/// The whole state of the dashboard: the one model that `AppReducer` changes and
/// `DashboardView` draws.
public struct AppState: Equatable, Sendable {
    /// Every change, including in-place edits, invalidates the cached panel lists.
    /// A new data set also starts a new `frameMemo`.
    public var dataset: Dataset { didSet { datasetGeneration &+= 1; frameMemo = FrameMemo() } }
    private var datasetGeneration = 0
    /// What the next frame can reuse from the last ones drawn from this data set (never compared).
    public private(set) var frameMemo = FrameMemo()

    /// For a state drawn once (a one-shot `render`): its regions are drawn straight into the
    /// frame instead of into a scratch buffer to be kept. The frame is the same either way
    /// (`FrameMemoTests.aFrameDrawnOnceIsTheSame`); a new data set remembers again.
    public mutating func drawOnce() { frameMemo = FrameMemo(remembers: false) }
    /// Each panel's rows for the filter and search it was made with (see `refreshItemCache`).
    private var itemCache: ItemCache?
    /// The terminal's size; the dashboard is drawn inside it less `margin`.
    public var terminalWidth: Int
    public var terminalHeight: Int
    public var margin: Margin = .zero
    public var panel: PanelID = .overview
    /// Selected row of each panel's list.
    public var selection: [PanelID: Int] = [:]
    /// First visible row of each panel's list.
    public var scroll: [PanelID: Int] = [:]
    public var district: DistrictFilter = .all
    /// The article filter (`Enter` on the sources panel, `--source`), applied to every list.
    public var filter = RecordFilter()
    /// The order of every list (`o`, `--sort`).
    public var sort: RecordSort = .source
    /// Figures grouped by category under heading rows (`g`, `--group category`).
    public var grouping: RecordGrouping = .none
    /// Figures marked for comparison (`m`), by id in the order they were marked.
    public var marks: [String] = []

    /// District, search, filter and sort together: what `citydash export` runs for the same rows.
    /// Where `e` / `E` write the list (`--export-dir`; the current directory by default).
    public var exportDirectory: String = "."
    /// The effects handlers ask for while `AppReducer.reduce` runs; it returns them and
    /// leaves this empty, so outside the reducer it is always `Effects()`.
    var requested = Effects()

    public var query: RecordQuery { RecordQuery(district: district, search: search, filter: filter, sort: sort,
                                                    grouping: grouping) }
    public var language: Language = .zh
    public var theme: ThemeName = .dark
    /// ASCII borders and English only, for terminals that cannot draw CJK or box characters.
    public var asciiOnly: Bool = false
    public var overlay: Overlay = .none
    /// The search text; empty when no search is active.
    public var search: String = ""
    /// True while `/` search is taking typed characters.
    public var isEditingSearch: Bool = false
    /// Problems in the data directory since the last good load; the old data stays on screen.
    public var dataWarnings: [Diagnostic] = []
    /// A one-line answer to the last key (the theme `t` chose, ...), shown in the status line
    /// until the next key.
    public var notice: Localized?
    /// Set when the terminal runs on a stand-in terminfo entry (TERM unknown here); the status
    /// line shows it in place of the key hints.
    public var terminalNote: Localized?
    /// The monotonic time of the last tick (seconds, see `Instant`); everything scheduled
    /// reads it. The on-screen clock reads `KioskState.wallClock` instead.
    public var now: Double = 0
    /// Set in kiosk mode (`--kiosk`).
    public var kiosk: KioskState?

    public init(dataset: Dataset, width: Int, height: Int) {
        self.dataset = dataset
        self.terminalWidth = width
        self.terminalHeight = height
    }

    /// The size the dashboard is laid out in: the terminal less the margins.
    public var width: Int { max(0, terminalWidth - margin.left - margin.right) }
    public var height: Int { max(0, terminalHeight - margin.top - margin.bottom) }

    /// The language actually drawn: English whenever the terminal cannot show Chinese.
    public var displayLanguage: Language { asciiOnly ? .en : language }

    public var borders: BorderSet { asciiOnly ? .ascii : .unicode }

    public var selectedIndex: Int { selection[panel] ?? 0 }

    /// The rows the current panel lists under the current filter and search.
    public var items: [ItemRef] { items(for: panel) }

    /// A panel's rows: from the cache when it is current, else computed now.
    public func items(for panel: PanelID) -> [ItemRef] {
        if let itemCache, itemCache.generation == datasetGeneration, itemCache.query == query {
            return itemCache.lists[panel] ?? []
        }
        return PanelItems.items(panel, dataset: dataset, query: query)
    }

    /// Recomputes the panel lists if the data, filter or search changed since they were made,
    /// so that drawing a frame and handling a key never scan the whole dataset.
    /// The reducer calls this after every event.
    public mutating func refreshItemCache() {
        let query = self.query
        if let itemCache, itemCache.generation == datasetGeneration, itemCache.query == query {
            return
        }
        // The folded text is made once per data set, on the first search (not at start: it is
        // about a third of a cold start's work), so a search keystroke only compares bytes.
        let needle = SearchText.fold(needle: search)
        let kept = itemCache.flatMap { $0.generation == datasetGeneration ? $0.index : nil }
        let index = kept ?? (needle.isEmpty ? nil : SearchIndex(dataset))
        // One search for every panel (and the city-wide counts), narrowed from the last one
        // when the new needle contains it.
        let previous = itemCache.flatMap { $0.generation == datasetGeneration ? $0.matches : nil }
        let matches = needle.isEmpty ? nil : index?.matches(needle, narrowing: previous)
        var lists: [PanelID: [ItemRef]] = [:]
        var cityWideCounts: [PanelID: Int] = [:]
        var runs: [CategoryRun] = []
        for panel in PanelID.allCases {
            if panel == .overview, query.grouping == .category {
                // The grouped positions once, for both the rows and their headings.
                let positions = query.metricPositions(in: dataset, index: index, matches: matches)
                runs = CategoryRun.runs(positions, in: dataset.metrics)
                lists[panel] = positions.map { .metric(dataset.metrics[$0].id) }
            } else {
                lists[panel] = PanelItems.items(panel, dataset: dataset, query: query, index: index, matches: matches)
            }
            if !search.isEmpty, district != .all {
                var cityWide = query
                cityWide.district = .all
                cityWideCounts[panel] = PanelItems.items(panel, dataset: dataset, query: cityWide, index: index,
                                                         matches: matches).count
            }
        }
        itemCache = ItemCache(generation: datasetGeneration, query: query, index: index, lists: lists,
                              cityWideCounts: cityWideCounts, overviewRuns: runs, matches: matches)
    }

    struct ItemCache: Equatable, Sendable {
        var generation: Int
        var query: RecordQuery
        /// Built on the first search of a data set (nil until then).
        var index: SearchIndex?
        var lists: [PanelID: [ItemRef]]
        /// With a search and a district: each panel's matches in the whole city.
        var cityWideCounts: [PanelID: Int]
        /// With grouping: the overview's categories and their counts, in list order.
        var overviewRuns: [CategoryRun]
        /// The search's matches, which the next, longer search narrows.
        var matches: SearchIndex.Matches?
    }

    /// The groups a panel's list is drawn in: the overview's categories while grouped, else none.
    public func categoryRuns(for panel: PanelID) -> [CategoryRun] {
        guard panel == .overview, grouping == .category else { return [] }
        if let itemCache, itemCache.generation == datasetGeneration, itemCache.query == query {
            return itemCache.overviewRuns
        }
        return CategoryRun.runs(query.metricPositions(in: dataset), in: dataset.metrics)
    }

    /// How many records match the search outside the chosen district (0 without a search or a
    /// district), so the screen can say that the district filter hides them.
    public func matchesOutsideDistrict(for panel: PanelID) -> Int {
        guard !search.isEmpty, district != .all else { return 0 }
        let local = items(for: panel).count
        if let itemCache, itemCache.generation == datasetGeneration, itemCache.query == query,
           let cityWide = itemCache.cityWideCounts[panel] {
            return max(0, cityWide - local)
        }
        var cityWide = query
        cityWide.district = .all
        return max(0, PanelItems.items(panel, dataset: dataset, query: cityWide).count - local)
    }

    /// `matchesOutsideDistrict` summed over every panel.
    public var matchesOutsideDistrict: Int {
        PanelID.allCases.reduce(0) { $0 + matchesOutsideDistrict(for: $1) }
    }

    public var selectedItem: ItemRef? {
        let items = self.items
        return items.indices.contains(selectedIndex) ? items[selectedIndex] : nil
    }

    /// Smallest terminal the dashboard lays out in; below it a notice asks for a bigger window.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}
