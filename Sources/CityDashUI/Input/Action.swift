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
    case toggleLanguage, cycleTheme, toggleHelp, quit
}
