/// A reference to one record a list row shows and Enter opens.
public enum ItemRef: Hashable, Sendable {
    case metric(String)
    case town(String)
    case zone(String)
    case action(String)
    case project(String)
    case event(String)
    /// An article in `sources.yaml`.
    case source(String)
}
