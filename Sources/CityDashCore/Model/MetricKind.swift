/// Whether a figure reports what happened or what is aimed for.
public enum MetricKind: String, CaseIterable, Sendable, Codable {
    case actual
    case target
}
