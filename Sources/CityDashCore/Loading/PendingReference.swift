/// A field that names another record by id (`district: yangpu`), remembered with its location
/// until all files are loaded and the id can be checked.
struct PendingReference {
    enum Target: String {
        case source = "sources.yaml"
        case district = "districts.yaml"
        case area = "districts.yaml areas"
        case metric = "metrics.yaml"
        /// A town, zone, action or project.
        case subject = "new_towns.yaml, demo_zones.yaml, actions.yaml or projects.yaml"
    }

    var target: Target
    var id: String
    var diagnostic: Diagnostic
}
