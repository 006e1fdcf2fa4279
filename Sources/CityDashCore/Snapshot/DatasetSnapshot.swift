/// The payload of a snapshot: every record of a `Dataset`, field by field in declaration order,
/// lists in their order, written by hand over bytes (`SnapshotWriter`, `SnapshotReader`).
///
/// Enums are stored as their position in `allCases`, so the layout belongs to the build that
/// wrote it: `SnapshotKey` holds the executable's identity, and a new build never reads an old
/// layout. Decoding is total: any bytes that are not exactly one encoded dataset give nil.
enum DatasetSnapshot {
    /// The cases of each stored enum, once (`allCases` of a raw-value enum builds a new array
    /// on every call).
    private enum Cases {
        static let scale = Array(Scale.allCases)
        static let unit = Array(MetricUnit.allCases)
        static let measure = Array(MetricMeasure.allCases)
        static let qualifier: [Qualifier?] = [nil] + Qualifier.allCases.map { $0 }
        static let kind = Array(MetricKind.allCases)
        static let scope = Array(Scope.allCases)
        static let category = Array(Category.allCases)
        static let projectKind = Array(ProjectKind.allCases)
    }

    /// The exponents an `ExactDecimal` from the loader can have: its digits come from one value
    /// in one file, so the exponent is never further from zero than a file is long.
    private static let exponentLimit = DataLimits.maxFileBytes

    /// From this many metrics on, equal boxes of rare fields are shared (see `read`).
    static let sharingThreshold = 1_000

    // MARK: Encoding

    /// Writes `dataset` to `w`, letting it spill (`SnapshotWriter.spill`) after each record of
    /// the lists that can be long.
    static func encode(_ dataset: Dataset, into w: inout SnapshotWriter) {
        w.count(dataset.sources.count)
        for s in dataset.sources {
            w.string(s.id); w.string(s.file); w.optionalLocalized(s.outlet); w.localized(s.title)
            w.optionalString(s.date); w.optionalLocalized(s.dateNote); w.optionalLocalized(s.author)
            w.optionalLocalized(s.note)
        }
        w.count(dataset.districts.count)
        for d in dataset.districts {
            w.string(d.id); w.localized(d.name); w.localized(d.short)
        }
        w.count(dataset.areas.count)
        for a in dataset.areas {
            w.string(a.id); w.localized(a.name); w.string(a.district)
        }
        w.count(dataset.metrics.count)
        for m in dataset.metrics {
            encode(m, into: &w)
            w.spill()
        }
        w.count(dataset.newTowns.count)
        for t in dataset.newTowns {
            w.string(t.id); w.localized(t.name); w.string(t.district); w.localized(t.positioning)
            w.optionalInt(t.scenarioCount); w.optionalString(t.scenarioCountStated); w.localizedList(t.scenarios)
            w.string(t.source); w.string(t.quote)
            w.spill()
        }
        w.optional(dataset.scenarioBatch) { w, b in
            w.int(b.total); w.string(b.totalStated); w.localizedList(b.categories); w.string(b.source)
            w.string(b.quote); w.optionalLocalized(b.note)
        }
        w.count(dataset.zones.count)
        for z in dataset.zones {
            w.string(z.id); w.localized(z.name); w.string(z.district); w.optionalString(z.area)
            w.localized(z.focus); w.localizedList(z.highlights); w.strings(z.metrics); w.string(z.source)
            w.string(z.quote)
            w.spill()
        }
        w.count(dataset.actions.count)
        for a in dataset.actions {
            w.string(a.id); w.localized(a.name); w.optionalLocalized(a.group); w.optionalLocalized(a.summary)
            w.optionalString(a.district); w.strings(a.metrics); w.string(a.source); w.string(a.quote)
            w.optionalLocalized(a.note)
            w.spill()
        }
        w.count(dataset.projects.count)
        for p in dataset.projects {
            w.string(p.id); w.choice(p.kind, in: Cases.projectKind); w.localized(p.name)
            w.localizedList(p.parties); w.optionalString(p.district); w.optionalLocalized(p.summary)
            w.strings(p.metrics); w.string(p.source); w.string(p.quote); w.optionalLocalized(p.note)
            w.spill()
        }
        w.count(dataset.events.count)
        for e in dataset.events {
            w.string(e.id); w.string(e.date); w.string(e.dateStated); w.localized(e.name)
            w.optionalLocalized(e.place); w.optionalString(e.district); w.optionalLocalized(e.summary)
            w.string(e.source); w.string(e.quote); w.optionalLocalized(e.note)
            w.spill()
        }
    }

    private static func encode(_ m: Metric, into w: inout SnapshotWriter) {
        w.string(m.id); w.localized(m.name); w.string(m.stated)
        w.string(m.value.digits); w.int(m.value.exponent)
        w.string(m.source); w.string(m.quote); w.optionalString(m.district); w.optionalString(m.subject)
        w.optionalInt(m.year); w.optionalInt(m.targetYear)
        w.optionalLocalized(m.short); w.optionalString(m.asOf); w.optionalLocalized(m.horizon)
        w.optionalLocalized(m.note)
        w.choice(m.scale, in: Cases.scale); w.choice(m.unit, in: Cases.unit)
        w.choice(m.measure, in: Cases.measure); w.choice(m.qualifier, in: Cases.qualifier)
        w.choice(m.kind, in: Cases.kind); w.choice(m.scope, in: Cases.scope)
        w.choice(m.category, in: Cases.category)
    }

    // MARK: Decoding

    /// The dataset `r` holds from its position to its end, or nil unless it holds exactly one.
    static func decode(_ r: inout SnapshotReader) -> Dataset? {
        do throws(SnapshotReader.Malformed) {
            let dataset = try read(&r)
            return r.remaining == 0 ? dataset : nil
        } catch {
            return nil
        }
    }

    private static func read(_ r: inout SnapshotReader) throws(SnapshotReader.Malformed) -> Dataset {
        var dataset = Dataset()
        dataset.sources = try list(&r) { r throws(SnapshotReader.Malformed) in
            Source(id: try r.string(), file: try r.string(), outlet: try r.optionalLocalized(),
                   title: try r.localized(), date: try r.optionalString(), dateNote: try r.optionalLocalized(),
                   author: try r.optionalLocalized(), note: try r.optionalLocalized())
        }
        dataset.districts = try list(&r) { r throws(SnapshotReader.Malformed) in
            District(id: try r.string(), name: try r.localized(), short: try r.localized())
        }
        dataset.areas = try list(&r) { r throws(SnapshotReader.Malformed) in
            Area(id: try r.string(), name: try r.localized(), district: try r.string())
        }
        var rarePool = Set<Metric.RareFields.ExactKey>()
        var metrics = try list(&r) { r throws(SnapshotReader.Malformed) in try readMetric(&r) }
        // Generated sets repeat a few hundred boxes of rare fields over 100,000 metrics: shared
        // as the loader shares them. A small set keeps its own (the pool's hashing cost 1.2 M
        // instructions for the 81 bundled metrics, a tenth of a start).
        if metrics.count >= sharingThreshold {
            for index in metrics.indices { metrics[index].shareRareFields(&rarePool) }
        }
        dataset.metrics = metrics
        dataset.newTowns = try list(&r) { r throws(SnapshotReader.Malformed) in
            NewTown(id: try r.string(), name: try r.localized(), district: try r.string(),
                    positioning: try r.localized(), scenarioCount: try r.optionalInt(),
                    scenarioCountStated: try r.optionalString(), scenarios: try r.localizedList(),
                    source: try r.string(), quote: try r.string())
        }
        if try r.present() {
            dataset.scenarioBatch = ScenarioBatch(
                total: try r.int(), totalStated: try r.string(), categories: try r.localizedList(),
                source: try r.string(), quote: try r.string(), note: try r.optionalLocalized())
        }
        dataset.zones = try list(&r) { r throws(SnapshotReader.Malformed) in
            DemoZone(id: try r.string(), name: try r.localized(), district: try r.string(),
                     area: try r.optionalString(), focus: try r.localized(), highlights: try r.localizedList(),
                     metrics: try r.strings(), source: try r.string(), quote: try r.string())
        }
        dataset.actions = try list(&r) { r throws(SnapshotReader.Malformed) in
            IndustryAction(id: try r.string(), name: try r.localized(), group: try r.optionalLocalized(),
                           summary: try r.optionalLocalized(), district: try r.optionalString(),
                           metrics: try r.strings(), source: try r.string(), quote: try r.string(),
                           note: try r.optionalLocalized())
        }
        dataset.projects = try list(&r) { r throws(SnapshotReader.Malformed) in
            Project(id: try r.string(), kind: try r.choice(in: Cases.projectKind), name: try r.localized(),
                    parties: try r.localizedList(), district: try r.optionalString(),
                    summary: try r.optionalLocalized(), metrics: try r.strings(), source: try r.string(),
                    quote: try r.string(), note: try r.optionalLocalized())
        }
        dataset.events = try list(&r) { r throws(SnapshotReader.Malformed) in
            CityEvent(id: try r.string(), date: try r.string(), dateStated: try r.string(), name: try r.localized(),
                      place: try r.optionalLocalized(), district: try r.optionalString(),
                      summary: try r.optionalLocalized(), source: try r.string(), quote: try r.string(),
                      note: try r.optionalLocalized())
        }
        return dataset
    }

    private static func readMetric(_ r: inout SnapshotReader) throws(SnapshotReader.Malformed) -> Metric {
        let id = try r.string(), name = try r.localized(), stated = try r.string()
        let digits = try r.string(), exponent = try r.int()
        guard exponent >= -exponentLimit, exponent <= exponentLimit,  // (abs would trap on Int.min)
              let value = ExactDecimal(canonicalDigits: digits, exponent: exponent) else { throw .init() }
        let source = try r.string(), quote = try r.string()
        let district = try r.optionalString(), subject = try r.optionalString()
        let year = try r.optionalInt(), targetYear = try r.optionalInt()
        let short = try r.optionalLocalized(), asOf = try r.optionalString()
        let horizon = try r.optionalLocalized(), note = try r.optionalLocalized()
        let scale = try r.choice(in: Cases.scale), unit = try r.choice(in: Cases.unit)
        let measure = try r.choice(in: Cases.measure), qualifier = try r.choice(in: Cases.qualifier)
        let kind = try r.choice(in: Cases.kind), scope = try r.choice(in: Cases.scope)
        let category = try r.choice(in: Cases.category)
        return Metric(id: id, name: name, stated: stated, value: value, scale: scale, unit: unit,
                      qualifier: qualifier, year: year, asOf: asOf, kind: kind, targetYear: targetYear,
                      horizon: horizon, scope: scope, district: district, subject: subject, category: category,
                      source: source, quote: quote, note: note, measure: measure, short: short)
    }

    /// A count, then that many records read by `read`.
    private static func list<T>(_ r: inout SnapshotReader,
                                _ read: (inout SnapshotReader) throws(SnapshotReader.Malformed) -> T)
        throws(SnapshotReader.Malformed) -> [T] {
        let count = try r.count()
        var records: [T] = []
        records.reserveCapacity(count)
        for _ in 0..<count { records.append(try read(&r)) }
        return records
    }
}
