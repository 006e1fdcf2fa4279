/// A field that names another record by id (`district: yangpu`), remembered with its location
/// until all files are loaded and the id can be checked. The message is written only when the
/// id turns out to be unknown.
struct PendingReference {
    enum Target: String {
        case source = "sources.yaml"
        case district = "districts.yaml"
        case area = "districts.yaml areas"
        case metric = "metrics.yaml"
        /// A town, zone, action or project.
        case subject = "new_towns.yaml, demo_zones.yaml, actions.yaml or projects.yaml"

        /// The files and record lists the ids come from.
        var lists: [(file: String, key: String)] {
            switch self {
            case .source: [("sources.yaml", "sources")]
            case .district: [("districts.yaml", "districts")]
            case .area: [("districts.yaml", "areas")]
            case .metric: [("metrics.yaml", "metrics")]
            case .subject: [("new_towns.yaml", "new_towns"), ("demo_zones.yaml", "demo_zones"),
                            ("actions.yaml", "actions"), ("projects.yaml", "projects")]
            }
        }
    }

    var target: Target
    var id: String
    var file: String
    /// The record (`metrics[3]`) and the field (`district`, `metrics[0]`) that hold the id.
    var path: RecordPath
    var field: String
    var line: Int
    var column: Int

    var diagnostic: Diagnostic {
        Diagnostic(file: file, line: line, column: column,
                   message: "\(path).\(field): unknown id \"\(id)\"; expected an id from \(target.rawValue)")
    }
}
