/// Figures that can honestly share one scale, and actual figures paired with their targets.
///
/// A group is two or more figures about the same subject (town, zone, action or project),
/// stated in the same quote, in the same unit and of the same kind (all actual or all
/// targets): the SME gains 提质12.6% / 增效23.4% / 降本12.3%, the four industrial-internet counts.
/// A progress pair is the one actual and the one target figure of a subject in the same unit
/// (CEC partner cities: 40 so far of a 100 target). Lookups use the subject index and look at
/// no more than `scanLimit` figures of a subject (more bars than that fit no screen), so they
/// cost the same whatever the size of the data: they run on every overview frame.
public enum FigureGroups {
    public static let scanLimit = 64

    /// The first `scanLimit` figures about `subject`, in list order.
    static func figures(about subject: String, in dataset: Dataset) -> [Metric] {
        positions(about: subject, in: dataset).map { dataset.metrics[$0] }
    }

    /// Where the first `scanLimit` figures about `subject` are in `dataset.metrics`. The lookups
    /// below compare fields in place and copy only the figures they return: a `Metric` is a
    /// large value, and copying every companion of every figure on screen was most of a frame.
    static func positions(about subject: String, in dataset: Dataset) -> [Int] {
        let count = dataset.metrics.count
        return dataset.metricPositions(about: subject).prefix(scanLimit).filter { $0 >= 0 && $0 < count }
    }

    /// The group `metric` belongs to, in list order, or nil when it has no companions.
    /// Quotes are compared by their bytes, as `groups(about:in:)` compares them.
    public static func group(of metric: Metric, in dataset: Dataset) -> [Metric]? {
        guard let subject = metric.subject else { return nil }
        let metrics = dataset.metrics
        let members = positions(about: subject, in: dataset).filter {
            metrics[$0].unit == metric.unit && metrics[$0].kind == metric.kind
                && ByteSearch.sameBytes(metrics[$0].quote, metric.quote)
        }
        return members.count >= 2 ? members.map { metrics[$0] } : nil
    }

    /// Every group among the figures about `subject`, in list order of their first member.
    /// One pass over the subject's (at most `scanLimit`) figures, each compared with the first
    /// member of the groups so far: plain arrays of positions, because a dictionary keyed on a
    /// type of its own costs the first frame a scan of every protocol conformance in the program.
    public static func groups(about subject: String, in dataset: Dataset) -> [[Metric]] {
        let metrics = dataset.metrics
        var groups: [[Int]] = []
        for position in positions(about: subject, in: dataset) {
            var found = false
            for index in groups.indices {
                let first = groups[index][0]
                // Quotes are compared by their UTF-8 bytes: they are byte-exact excerpts.
                if metrics[first].unit == metrics[position].unit && metrics[first].kind == metrics[position].kind
                    && ByteSearch.sameBytes(metrics[first].quote, metrics[position].quote) {
                    groups[index].append(position)
                    found = true
                    break
                }
            }
            if !found { groups.append([position]) }
        }
        var out: [[Metric]] = []
        for group in groups where group.count >= 2 { out.append(group.map { metrics[$0] }) }
        return out
    }

    /// The progress pair `metric` belongs to, or nil.
    public static func progressPair(of metric: Metric, in dataset: Dataset) -> ProgressPair? {
        guard let subject = metric.subject else { return nil }
        let metrics = dataset.metrics
        let sameUnit = positions(about: subject, in: dataset).filter { metrics[$0].unit == metric.unit }
        let actuals = sameUnit.filter { metrics[$0].kind == .actual }
        let targets = sameUnit.filter { metrics[$0].kind == .target }
        guard actuals.count == 1, targets.count == 1 else { return nil }
        return ProgressPair(actual: metrics[actuals[0]], target: metrics[targets[0]])
    }

    /// Every progress pair among the figures about `subject`, in one pass over its figures
    /// (positions per unit in plain arrays, for the reason `groups(about:in:)` gives).
    public static func progressPairs(about subject: String, in dataset: Dataset) -> [ProgressPair] {
        let metrics = dataset.metrics
        var units: [MetricUnit] = []
        var actuals: [[Int]] = []
        var targets: [[Int]] = []
        for position in positions(about: subject, in: dataset) {
            let unit = metrics[position].unit
            var slot = units.count
            for index in units.indices where units[index] == unit {
                slot = index
                break
            }
            if slot == units.count {
                units.append(unit)
                actuals.append([])
                targets.append([])
            }
            if metrics[position].kind == .actual { actuals[slot].append(position) } else { targets[slot].append(position) }
        }
        var pairs: [ProgressPair] = []
        for slot in units.indices where actuals[slot].count == 1 && targets[slot].count == 1 {
            pairs.append(ProgressPair(actual: metrics[actuals[slot][0]], target: metrics[targets[slot][0]]))
        }
        return pairs
    }
}
