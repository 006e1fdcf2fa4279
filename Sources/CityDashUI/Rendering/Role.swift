/// What a cell means, not how it looks: the theme decides the colours and attributes of
/// each role, so widgets never name a colour.
public enum Role: Int, CaseIterable, Sendable {
    case normal
    case title
    case label
    case value
    case target
    case accent
    case warning
    case selection
    case muted
    case border
    case tabActive
    case tabInactive
    case statusBar
    case gaugeFilled
    case gaugeEmpty
    case quote
    case header
    /// District map tiles, filled by how many records the district has: none, few, more, most.
    case mapNone
    case mapLow
    case mapMid
    case mapHigh
    /// The district the dashboard is narrowed to, lit on the map.
    case mapActive
    /// The tile the district picker's cursor is on.
    case mapCursor
    /// The band that names a district at the top of its page.
    case banner
    /// The part of a list row that matches the search.
    case match
}
