import CityDashCore

/// What a key binding does. The reducer performs actions; the help screen describes them.
public enum Action: Hashable, Sendable {
    case showPanel(PanelID)
    case nextPanel, previousPanel
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back
    case openDistrictPicker, previousDistrict, nextDistrict
    case startSearch
    /// `s`: the selected record's article on the sources panel.
    case showSource
    /// `o`, `c`, `v`, `y`: the next sort order, category, actual/target, year.
    case cycleSort, cycleCategory, cycleStatus, cycleYear
    /// `e`, `E`: write the current list to a file.
    case exportList(ExportFormat)
    /// `C`: copy the selected record with its citation.
    case copyCitation
    /// `g`: group the figure list by category, or stop grouping.
    case toggleGrouping
    /// `m`: mark or unmark the selected figure for comparison; `M`: clear every mark.
    case toggleMark, clearMarks
    /// `b`: the marked figures side by side as bars, one scale per unit.
    case compare
    case toggleLanguage, cycleTheme, toggleHelp, quit

    /// Whether the key does anything in kiosk mode. Quitting, writing files, the clipboard and
    /// marking figures for comparison are off at a booth, so its help leaves them out.
    public var worksInKiosk: Bool {
        switch self {
        case .quit, .exportList, .copyCitation, .toggleMark, .clearMarks, .compare: false
        default: true
        }
    }
}
