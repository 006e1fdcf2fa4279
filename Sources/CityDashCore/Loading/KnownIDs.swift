/// The ids a reference to one target may name: the records read and those present but broken.
/// Metrics are looked up in the dataset's own index rather than copied into a set: a set of
/// 100,000 metric ids, built once when metrics.yaml is settled and again for the final check,
/// was 5 MB of a large load's peak memory.
struct KnownIDs {
    private let test: (String) -> Bool

    init(_ ids: Set<String>) {
        test = { ids.contains($0) }
    }

    /// The metrics of `dataset` (by its id index) and `broken`.
    init(metricsOf dataset: Dataset, broken: Set<String>) {
        let lookup = dataset.metricLookup
        test = { lookup($0) || broken.contains($0) }
    }

    func contains(_ id: String) -> Bool { test(id) }
}
