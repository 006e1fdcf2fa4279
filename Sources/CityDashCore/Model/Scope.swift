/// What a figure is about: the whole city, one district, a new town, a zone, one company, ...
public enum Scope: String, CaseIterable, Sendable, Codable {
    case city
    case district
    case newTown = "new-town"
    case zone
    case enterprise
    case national
    case region
}
