/// The output format of `citydash export`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, csv
}
