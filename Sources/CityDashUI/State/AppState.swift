import CityDashCore

/// The whole state of the dashboard: the one model that `AppReducer` changes and
/// `DashboardView` draws.
public struct AppState: Equatable, Sendable {
    public var dataset: Dataset
    public var width: Int
    public var height: Int
    public var panel: PanelID = .overview
    /// Selected row of each panel's list.
    public var selection: [PanelID: Int] = [:]
    /// First visible row of each panel's list.
    public var scroll: [PanelID: Int] = [:]
    public var district: DistrictFilter = .all
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
    public var shouldQuit: Bool = false

    public init(dataset: Dataset, width: Int, height: Int) {
        self.dataset = dataset
        self.width = width
        self.height = height
    }

    /// The language actually drawn: English whenever the terminal cannot show Chinese.
    public var displayLanguage: Language { asciiOnly ? .en : language }

    public var borders: BorderSet { asciiOnly ? .ascii : .unicode }

    public var selectedIndex: Int { selection[panel] ?? 0 }

    /// The rows the current panel lists under the current filter and search.
    public var items: [ItemRef] { PanelItems.items(panel, in: self) }

    public var selectedItem: ItemRef? {
        let items = self.items
        return items.indices.contains(selectedIndex) ? items[selectedIndex] : nil
    }

    /// Smallest terminal the dashboard lays out in; below it a notice asks for a bigger window.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}
