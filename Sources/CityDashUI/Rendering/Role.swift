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
    /// The part of a list row that matches the search.
    case match
}
