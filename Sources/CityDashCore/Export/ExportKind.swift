/// Which records `citydash export --kind` writes.
public enum ExportKind: String, CaseIterable, Sendable {
    case metrics, towns, zones, actions, projects, events, districts, sources, all
}
