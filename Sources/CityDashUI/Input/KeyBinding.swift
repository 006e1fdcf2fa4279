import CityDashCore

/// One row of the key table: the keys, how the help screen writes them, and what they do.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let label: String
    public let action: Action
    public let help: Localized
}
