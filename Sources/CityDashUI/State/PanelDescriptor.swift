import CityDashCore

/// What a panel is, apart from how it draws: its titles in the tab bar and messages, and the
/// kinds of record it lists (what `e` exports from it). One per `PanelID`.
public struct PanelDescriptor: Sendable {
    public let title: Localized
    /// For tab bars that cannot fit the full titles.
    public let shortTitle: Localized
    /// As `export --kind` names them.
    public let exportKinds: [ExportKind]
}
