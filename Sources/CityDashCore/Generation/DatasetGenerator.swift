/// Writes a synthetic data directory in the real schema, for load and rendering benchmarks and
/// for checking that citydash stays fast when a city has far more data than the articles hold.
///
/// Every generated record is modelled on a record of a base data set (the bundled data): it
/// keeps that record's figure, source and quote, so `stated` is still a substring of `quote`,
/// the Chinese formatter still reproduces `stated`, and the quote is still verbatim in its
/// article (`validate --articles` passes too). What varies is the id, the name, the district,
/// the scope and the subject. Metrics are spread over districts, new towns, zones and actions;
/// zones and actions list their metrics; projects name a few metrics each.
///
/// The same base, count and seed always give the same bytes: the only randomness is
/// `SplitMix64`. The first copy of each base record keeps the base id, so the headline ids the
/// overview looks for exist in a generated set too.
public struct DatasetGenerator: Sendable {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case noTemplates(String)
        case cannotRead(String)
        case cannotWrite(String)

        public var description: String {
            switch self {
            case .noTemplates(let kind): "the base data has no \(kind) to model generated records on"
            case .cannotRead(let path): "cannot read \(path)"
            case .cannotWrite(let message): "cannot write the generated data: \(message)"
            }
        }
    }

    /// How many records of each kind a generated set of `metrics` metrics holds.
    public struct Counts: Equatable, Sendable {
        public var metrics: Int
        public var towns: Int
        public var zones: Int
        public var actions: Int
        public var projects: Int
        public var events: Int

        public init(metrics: Int) {
            self.metrics = max(0, metrics)
            towns = max(5, self.metrics / 100)
            zones = max(8, self.metrics / 50)
            actions = max(14, self.metrics / 50)
            projects = max(15, self.metrics / 100)
            events = max(13, self.metrics / 100)
        }
    }

    /// The files a generator writes itself; the others it copies from the base directory.
    public static let generatedFiles = [
        "metrics.yaml", "new_towns.yaml", "demo_zones.yaml", "actions.yaml", "projects.yaml", "events.yaml",
    ]
    /// The files copied verbatim from the base directory.
    public static let copiedFiles = ["sources.yaml", "districts.yaml"]

    public let base: Dataset
    /// `sources.yaml` and `districts.yaml` as written in the base directory.
    public let copied: [String: String]
    let metricTemplates: [Metric]

    /// `base` must be a valid data set; `copied` holds the text of `copiedFiles`.
    public init(base: Dataset, copied: [String: String]) throws(Failure) {
        self.base = base
        self.copied = copied
        // Only figures the formatter reproduces exactly: those written in Arabic digits.
        metricTemplates = base.metrics.filter { FigureFormatter.chinese($0) == $0.stated }
        if metricTemplates.isEmpty { throw .noTemplates("metrics written in Arabic digits") }
        if base.districts.isEmpty { throw .noTemplates("districts") }
        for (kind, empty) in [("new towns", base.newTowns.isEmpty), ("demo zones", base.zones.isEmpty),
                              ("actions", base.actions.isEmpty), ("projects", base.projects.isEmpty),
                              ("events", base.events.isEmpty)] where empty {
            throw .noTemplates(kind)
        }
    }

    /// A generator modelled on `dataset`, the valid data set loaded from `directory`.
    public init(base dataset: Dataset, directory: FilePath) throws(Failure) {
        var copied: [String: String] = [:]
        for name in Self.copiedFiles {
            let path = directory.appendingPathComponent(name).path
            guard case .success(let bytes) = RegularFileReader.read(path, limit: DataLimits.maxFileBytes) else {
                throw .cannotRead(path)
            }
            copied[name] = String(decoding: bytes, as: UTF8.self)
        }
        try self.init(base: dataset, copied: copied)
    }

    /// Every file of a generated data set: file name → YAML text.
    public func files(metrics count: Int, seed: UInt64) -> [String: String] {
        var builder = Builder(generator: self, counts: Counts(metrics: count), seed: seed)
        return builder.build().merging(copied) { generated, _ in generated }
    }

    /// Writes the generated data set into `directory` (created when missing), replacing the eight
    /// data files there and touching nothing else.
    public func write(metrics count: Int, seed: UInt64, to directory: FilePath) throws(Failure) {
        let files = files(metrics: count, seed: seed)
        do {
            try FileSystem.createDirectories(directory.path)
            for (name, text) in files.sorted(by: { $0.key < $1.key }) {
                try FileSystem.writeAtomically(Array(text.utf8), to: directory.appendingPathComponent(name).path)
            }
        } catch {
            throw .cannotWrite("\(error)")
        }
    }
}

extension DatasetGenerator {
    /// One generation run: draws the records in a fixed order from one `SplitMix64`.
    struct Builder {
        let generator: DatasetGenerator
        let counts: Counts
        var random: SplitMix64

        struct Placed {
            var id: String
            var district: String?
        }

        var towns: [Placed] = []
        var zones: [Placed] = []
        var actions: [Placed] = []
        var zoneMetrics: [[String]] = []
        var actionMetrics: [[String]] = []
        var metricIDs: [String] = []

        init(generator: DatasetGenerator, counts: Counts, seed: UInt64) {
            self.generator = generator
            self.counts = counts
            random = SplitMix64(seed: seed)
        }

        var base: Dataset { generator.base }

        mutating func build() -> [String: String] {
            let towns = newTowns()
            let metrics = self.metrics()
            return [
                "new_towns.yaml": towns,
                "metrics.yaml": metrics,
                "demo_zones.yaml": demoZones(),
                "actions.yaml": industryActions(),
                "projects.yaml": projects(),
                "events.yaml": events(),
            ]
        }

        /// The i-th copy of a template list: the template and the copy number (1 for the first).
        static func template<T>(_ templates: [T], _ index: Int) -> (T, Int) {
            (templates[index % templates.count], index / templates.count + 1)
        }

        /// The first copy keeps the base id and name; later ones are numbered.
        static func id(_ baseID: String, copy: Int) -> String {
            copy == 1 ? baseID : "\(baseID)-\(copy)"
        }

        static func name(_ name: Localized, copy: Int) -> Localized {
            copy == 1 ? name : Localized(zh: "\(name.zh) #\(copy)", en: "\(name.en) #\(copy)")
        }

        mutating func district() -> String {
            random.pick(base.districts).id
        }

        // MARK: Places: towns, zones and actions are drawn first so that metrics can name them.

        mutating func newTowns() -> String {
            var out = YAMLText(header: "new_towns")
            for index in 0..<counts.towns {
                let (t, copy) = Self.template(base.newTowns, index)
                let place = Placed(id: Self.id(t.id, copy: copy), district: copy == 1 ? t.district : district())
                towns.append(place)
                out.item("id", place.id)
                out.field("name", Self.name(t.name, copy: copy))
                out.field("district", place.district)
                out.field("positioning", t.positioning)
                out.field("scenario_count", t.scenarioCount)
                out.field("scenario_count_stated", t.scenarioCountStated)
                out.list("scenarios", t.scenarios)
                out.provenance(t)
            }
            if let batch = base.scenarioBatch {
                out.raw("scenario_batch:\n")
                out.raw("  total: \(batch.total)\n")
                out.raw("  total_stated: \(YAMLText.quoted(batch.totalStated))\n")
                out.raw("  categories:\n")
                for category in batch.categories { out.raw("    - \(YAMLText.localized(category))\n") }
                out.raw("  source: \(batch.source)\n")
                out.raw("  quote: \(YAMLText.quoted(batch.quote))\n")
                if let note = batch.note { out.raw("  note: \(YAMLText.localized(note))\n") }
            }
            return out.text
        }

        mutating func drawZonesAndActions() {
            for index in 0..<counts.zones {
                let (z, copy) = Self.template(base.zones, index)
                zones.append(Placed(id: Self.id(z.id, copy: copy), district: copy == 1 ? z.district : district()))
            }
            for index in 0..<counts.actions {
                let (a, copy) = Self.template(base.actions, index)
                // Most actions are city-wide, as in the articles; one in four belongs to a district.
                let place = copy == 1 ? a.district : (random.chance(1, in: 4) ? district() : nil)
                actions.append(Placed(id: Self.id(a.id, copy: copy), district: place))
            }
            zoneMetrics = Array(repeating: [], count: zones.count)
            actionMetrics = Array(repeating: [], count: actions.count)
        }

        // MARK: Metrics

        mutating func metrics() -> String {
            drawZonesAndActions()
            let templates = generator.metricTemplates
            var out = YAMLText(header: "metrics", capacity: counts.metrics * 560)
            metricIDs.reserveCapacity(counts.metrics)
            for index in 0..<counts.metrics {
                let (m, copy) = Self.template(templates, index)
                let id = Self.id(m.id, copy: copy)
                metricIDs.append(id)
                var district: String?
                var subject: String?
                var scope = m.scope
                switch random.below(10) {
                case 0, 1:
                    let town = random.below(towns.count)
                    subject = towns[town].id
                    district = towns[town].district
                    scope = .newTown
                case 2, 3:
                    let zone = random.below(zones.count)
                    subject = zones[zone].id
                    district = zones[zone].district
                    scope = .zone
                    zoneMetrics[zone].append(id)
                case 4:
                    let action = random.below(actions.count)
                    subject = actions[action].id
                    district = actions[action].district
                    scope = district == nil ? .city : .district
                    actionMetrics[action].append(id)
                case 5, 6, 7:
                    district = self.district()
                    scope = .district
                default:
                    if [.district, .newTown, .zone].contains(scope) { scope = .city }
                }
                out.item("id", id)
                out.field("name", Self.name(m.name, copy: copy))
                out.field("stated", m.stated)
                out.field("value", m.value.description)
                out.field("scale", m.scale.rawValue)
                out.field("unit", m.unit.rawValue)
                out.field("measure", m.measure.rawValue)
                out.field("qualifier", m.qualifier?.rawValue)
                out.field("year", m.year)
                if let asOf = m.asOf { out.field("as_of", asOf) }
                out.field("kind", m.kind.rawValue)
                if let targetYear = m.targetYear { out.field("target_year", targetYear) }
                if let horizon = m.horizon { out.field("horizon", horizon) }
                out.field("scope", scope.rawValue)
                out.field("district", district)
                if let subject { out.field("subject", subject) }
                out.field("category", m.category.rawValue)
                out.provenance(m)
                if let note = m.note, copy == 1 { out.field("note", note) }
            }
            return out.text
        }

        // MARK: Records that list metrics

        mutating func demoZones() -> String {
            var out = YAMLText(header: "demo_zones")
            for (index, place) in zones.enumerated() {
                let (z, copy) = Self.template(base.zones, index)
                out.item("id", place.id)
                out.field("name", Self.name(z.name, copy: copy))
                out.field("district", place.district)
                if copy == 1, let area = z.area { out.field("area", area) }
                out.field("focus", z.focus)
                out.list("highlights", z.highlights)
                out.ids("metrics", zoneMetrics[index])
                out.provenance(z)
            }
            return out.text
        }

        mutating func industryActions() -> String {
            var out = YAMLText(header: "actions")
            for (index, place) in actions.enumerated() {
                let (a, copy) = Self.template(base.actions, index)
                out.item("id", place.id)
                out.field("name", Self.name(a.name, copy: copy))
                if let group = a.group { out.field("group", group) }
                out.field("district", place.district)
                if let summary = a.summary { out.field("summary", summary) }
                out.ids("metrics", actionMetrics[index])
                out.provenance(a)
                if let note = a.note, copy == 1 { out.field("note", note) }
            }
            return out.text
        }

        mutating func projects() -> String {
            var out = YAMLText(header: "projects")
            for index in 0..<counts.projects {
                let (p, copy) = Self.template(base.projects, index)
                out.item("id", Self.id(p.id, copy: copy))
                out.field("kind", p.kind.rawValue)
                out.field("name", Self.name(p.name, copy: copy))
                out.list("parties", p.parties)
                out.field("district", copy == 1 ? p.district : (random.chance(1, in: 2) ? district() : nil))
                if let summary = p.summary { out.field("summary", summary) }
                var metrics: [String] = []
                if !metricIDs.isEmpty {
                    for _ in 0..<random.below(3) { metrics.append(random.pick(metricIDs)) }
                }
                out.ids("metrics", Array(Set(metrics)).sorted())
                out.provenance(p)
            }
            return out.text
        }

        mutating func events() -> String {
            var out = YAMLText(header: "events")
            for index in 0..<counts.events {
                let (e, copy) = Self.template(base.events, index)
                out.item("id", Self.id(e.id, copy: copy))
                out.field("date", e.date)
                out.field("date_stated", e.dateStated)
                out.field("name", Self.name(e.name, copy: copy))
                if let place = e.place { out.field("place", place) }
                out.field("district", copy == 1 ? e.district : (random.chance(1, in: 2) ? district() : nil))
                if let summary = e.summary { out.field("summary", summary) }
                out.provenance(e)
                if let note = e.note, copy == 1 { out.field("note", note) }
            }
            return out.text
        }
    }
}

/// Block-style YAML as the bundled files write it: `key:` then `  - id: ...` records with
/// `    field: value` lines. Text is always double-quoted, with escapes, so any content survives.
struct YAMLText {
    private(set) var text: String

    init(header key: String, capacity: Int = 4096) {
        text = "# Generated by `citydash generate`: synthetic records modelled on the bundled data.\n\n"
        text.reserveCapacity(capacity)
        text += "\(key):\n"
    }

    mutating func raw(_ line: String) { text += line }

    mutating func item(_ key: String, _ value: String) {
        text += "  - \(key): \(Self.quoted(value))\n"
    }

    mutating func field(_ key: String, _ value: String?) {
        text += "    \(key): \(value.map(Self.quoted) ?? "null")\n"
    }

    mutating func field(_ key: String, _ value: Int?) {
        text += "    \(key): \(value.map(String.init) ?? "null")\n"
    }

    mutating func field(_ key: String, _ value: Localized?) {
        text += "    \(key): \(value.map(Self.localized) ?? "null")\n"
    }

    mutating func list(_ key: String, _ values: [Localized]) {
        guard !values.isEmpty else {
            text += "    \(key): []\n"
            return
        }
        text += "    \(key):\n"
        for value in values { text += "      - \(Self.localized(value))\n" }
    }

    mutating func ids(_ key: String, _ ids: [String]) {
        text += "    \(key): [\(ids.joined(separator: ", "))]\n"
    }

    mutating func provenance(_ record: some Cited) {
        text += "    source: \(Self.quoted(record.source))\n"
        text += "    quote: \(Self.quoted(record.quote))\n"
    }

    static func localized(_ text: Localized) -> String {
        "{zh: \(quoted(text.zh)), en: \(quoted(text.en))}"
    }

    /// A YAML double-quoted scalar: backslash, quote and every control or line-breaking
    /// character escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF {
                    let hex = String(v, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
