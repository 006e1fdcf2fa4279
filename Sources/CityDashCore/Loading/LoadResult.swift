/// What a load produced: the dataset (possibly partial) and every problem found.
/// A dataset with diagnostics must not be shown: callers keep their last good one.
public struct LoadResult: Sendable {
    public var dataset: Dataset
    public var diagnostics: [Diagnostic]

    public var isValid: Bool { diagnostics.isEmpty }
}
