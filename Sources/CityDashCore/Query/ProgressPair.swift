/// An actual figure and the target it counts towards, in the same unit.
public struct ProgressPair: Hashable, Sendable {
    public var actual: Metric
    public var target: Metric

    public init(actual: Metric, target: Metric) {
        self.actual = actual
        self.target = target
    }
}
