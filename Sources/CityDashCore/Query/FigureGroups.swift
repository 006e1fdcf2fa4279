/// Figures that can honestly share one scale, and actual figures paired with their targets.
///
/// A group is two or more figures about the same subject (town, zone, action or project),
/// stated in the same quote, in the same unit and of the same kind (all actual or all
/// targets): the SME gains 提质12.6% / 增效23.4% / 降本12.3%, the four industrial-internet counts.
/// A progress pair is the one actual and the one target figure of a subject in the same unit
/// (CEC partner cities: 40 so far of a 100 target). Lookups use the subject index, so they cost
/// the same whatever the size of the data.
public enum FigureGroups {
    /// The group `metric` belongs to, in list order, or nil when it has no companions.
    public static func group(of metric: Metric, in dataset: Dataset) -> [Metric]? {
        guard let subject = metric.subject else { return nil }
        let members = dataset.metrics(about: subject).filter {
            $0.quote == metric.quote && $0.unit == metric.unit && $0.kind == metric.kind
        }
        return members.count >= 2 ? members : nil
    }

    /// Every group among the figures about `subject`, in list order of their first member.
    public static func groups(about subject: String, in dataset: Dataset) -> [[Metric]] {
        var seen: Set<String> = []
        var groups: [[Metric]] = []
        for metric in dataset.metrics(about: subject) where !seen.contains(metric.id) {
            guard let group = group(of: metric, in: dataset) else { continue }
            seen.formUnion(group.map(\.id))
            groups.append(group)
        }
        return groups
    }

    /// The progress pair `metric` belongs to, or nil.
    public static func progressPair(of metric: Metric, in dataset: Dataset) -> ProgressPair? {
        guard let subject = metric.subject else { return nil }
        let sameUnit = dataset.metrics(about: subject).filter { $0.unit == metric.unit }
        let actuals = sameUnit.filter { $0.kind == .actual }
        let targets = sameUnit.filter { $0.kind == .target }
        guard actuals.count == 1, targets.count == 1 else { return nil }
        return ProgressPair(actual: actuals[0], target: targets[0])
    }

    /// Every progress pair among the figures about `subject`.
    public static func progressPairs(about subject: String, in dataset: Dataset) -> [ProgressPair] {
        var pairs: [ProgressPair] = []
        for metric in dataset.metrics(about: subject) where metric.kind == .actual {
            if let pair = progressPair(of: metric, in: dataset), !pairs.contains(pair) { pairs.append(pair) }
        }
        return pairs
    }
}
