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
    /// One pass over the subject's figures, so a subject with thousands of figures stays cheap.
    public static func groups(about subject: String, in dataset: Dataset) -> [[Metric]] {
        /// Compared and hashed by the quote's UTF-8 bytes: quotes are byte-exact excerpts, and
        /// String's own hashing normalizes every long Chinese quote on every overview frame.
        struct Key: Hashable {
            var quote: String
            var unit: MetricUnit
            var kind: MetricKind

            static func == (a: Key, b: Key) -> Bool {
                a.unit == b.unit && a.kind == b.kind && ByteSearch.sameBytes(a.quote, b.quote)
            }

            func hash(into hasher: inout Hasher) {
                hasher.combine(unit)
                hasher.combine(kind)
                var quote = quote
                quote.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }
        }
        var order: [Key] = []
        var members: [Key: [Metric]] = [:]
        for metric in figures(about: subject, in: dataset) {
            let key = Key(quote: metric.quote, unit: metric.unit, kind: metric.kind)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(metric)
        }
        return order.compactMap { members[$0] }.filter { $0.count >= 2 }
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

    /// Every progress pair among the figures about `subject`, in one pass over its figures.
    public static func progressPairs(about subject: String, in dataset: Dataset) -> [ProgressPair] {
        var order: [MetricUnit] = []
        var actuals: [MetricUnit: [Metric]] = [:]
        var targets: [MetricUnit: [Metric]] = [:]
        for metric in figures(about: subject, in: dataset) {
            if actuals[metric.unit] == nil && targets[metric.unit] == nil { order.append(metric.unit) }
            if metric.kind == .actual { actuals[metric.unit, default: []].append(metric) }
            else { targets[metric.unit, default: []].append(metric) }
        }
        return order.compactMap { unit in
            guard let actual = actuals[unit], let target = targets[unit], actual.count == 1, target.count == 1 else {
                return nil
            }
            return ProgressPair(actual: actual[0], target: target[0])
        }
    }
}
