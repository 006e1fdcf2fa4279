/// Reads a data directory (`sources.yaml`, `districts.yaml`, ...) into a `Dataset`, collecting
/// every problem as a located `Diagnostic` instead of stopping at the first.
public struct DatasetLoader: Sendable {
    /// The files a data directory holds, in the order they are read.
    public static let fileNames = [
        "sources.yaml", "districts.yaml", "metrics.yaml", "new_towns.yaml",
        "demo_zones.yaml", "actions.yaml", "projects.yaml", "events.yaml",
    ]

    /// When set, every quote is checked against the article files in this directory.
    public var articlesDirectory: FilePath?

    public init(articlesDirectory: FilePath? = nil) {
        self.articlesDirectory = articlesDirectory
    }

    /// Loads `directory`. Throws only when the directory itself (or the articles directory) is
    /// unusable; problems inside files come back as diagnostics.
    public func load(directory: FilePath) throws(DataDirectoryError) -> LoadResult {
        let path = directory.path
        switch FileSystem.kind(of: path) {
        case .missing: throw .missing(path)
        case .directory: break
        case .regularFile, .other: throw .notADirectory(path)
        }
        guard FileSystem.canList(path) else { throw .unreadable(path) }
        if let articlesDirectory, FileSystem.kind(of: articlesDirectory.path) != .directory {
            throw .articlesMissing(articlesDirectory.path)
        }
        // Each file is checked and then parsed in chunks (`DataFile`), so a 45 MB metrics.yaml
        // is never in memory whole.
        let context = LoadContext()
        return load(context: context) { name in
            DataFile.open(directory.appendingPathComponent(name).path, name: name, context: context).map { .file($0) }
        }
    }

    /// Loads from file contents already in memory (file name → YAML text). Missing files are reported.
    public func load(texts: [String: String]) -> LoadResult {
        load(context: LoadContext()) { texts[$0].map { .bytes(Array($0.utf8)) } }
    }

    /// Loads the files `text` gives by name (nil: missing or unreadable, which `text` may have
    /// reported already).
    private func load(context: LoadContext, text: (String) -> FileSections.Input?) -> LoadResult {
        var dataset = Dataset()
        func read(_ name: String, _ body: (FileSections) -> Void) {
            guard let text = text(name) else {
                if !context.diagnostics.contains(where: { $0.file == name }) {
                    context.report(Diagnostic(file: name, line: 0, column: 0, message: "file is missing"))
                }
                context.markUnreadable(name)
                return
            }
            FileSections.read(file: name, input: text, context: context, body)
        }
        read("sources.yaml") { dataset.sources = $0.records("sources", Source.init(reading:)) }
        context.settle(.source, knownIDs: Self.knownIDs(of: .source, in: dataset, context: context))
        loadArticles(for: dataset.sources, context: context)
        read("districts.yaml") {
            dataset.districts = $0.records("districts", District.init(reading:))
            dataset.areas = $0.records("areas", Area.init(reading:), required: false)
        }
        for target in [PendingReference.Target.district, .area] {
            context.settle(target, knownIDs: Self.knownIDs(of: target, in: dataset, context: context))
        }
        read("metrics.yaml") {
            let (metrics, ids) = $0.indexedRecords("metrics", Metric.init(reading:))
            dataset.setMetrics(metrics, ids: ids)
        }
        context.settle(.metric, knownIDs: Self.knownIDs(of: .metric, in: dataset, context: context))
        read("new_towns.yaml") {
            dataset.newTowns = $0.records("new_towns", NewTown.init(reading:))
            dataset.scenarioBatch = $0.single("scenario_batch", ScenarioBatch.init(reading:))
        }
        read("demo_zones.yaml") { dataset.zones = $0.records("demo_zones", DemoZone.init(reading:)) }
        read("actions.yaml") { dataset.actions = $0.records("actions", IndustryAction.init(reading:)) }
        read("projects.yaml") { dataset.projects = $0.records("projects", Project.init(reading:)) }
        read("events.yaml") { dataset.events = $0.records("events", CityEvent.init(reading:)) }
        dataset.events.sort { $0.date < $1.date }
        checkReferences(dataset, context: context)
        return LoadResult(dataset: dataset, diagnostics: context.diagnostics)
    }

    private func loadArticles(for sources: [Source], context: LoadContext) {
        guard let articlesDirectory else { return }
        for source in sources {
            let url = articlesDirectory.appendingPathComponent(source.file)
            let problem: String
            switch RegularFileReader.read(url.path, limit: DataLimits.maxFileBytes) {
            case .success(let bytes):
                if let text = String(validating: bytes, as: UTF8.self) {
                    context.articles[source.id] = text
                    continue
                }
                problem = "is not valid UTF-8"
            case .failure(let failure):
                problem = failure.message
            }
            context.report(Diagnostic(file: "sources.yaml", line: 0, column: 0,
                                      message: "source \"\(source.id)\": article file \(url.path) cannot be used: \(problem)"))
        }
    }

    /// Reports references to ids no file defines. A reference into a file or list that could
    /// not be read, or to a record that is there but has errors of its own, is not reported:
    /// those problems are already reported once, at their cause (one syntax error in
    /// districts.yaml used to bury itself under every district reference in the other files).
    private func checkReferences(_ dataset: Dataset, context: LoadContext) {
        var known: [PendingReference.Target: KnownIDs?] = [:]
        for target in [PendingReference.Target.source, .district, .area, .metric, .subject] {
            known[target] = .some(Self.knownIDs(of: target, in: dataset, context: context))
        }
        context.forEachReference { reference in
            guard let ids = known[reference.target] ?? nil, !ids.contains(reference.id) else { return }
            context.report(reference.diagnostic)
        }
    }

    /// The ids a reference to `target` may name: the records read, and those present but broken
    /// (already reported); nil when a file or list of the target could not be read at all.
    private static func knownIDs(of target: PendingReference.Target, in dataset: Dataset,
                                 context: LoadContext) -> KnownIDs? {
        var broken: Set<String> = []
        for list in target.lists {
            if context.unreadable.contains(list.file) || context.unreadable.contains(list.key) { return nil }
            broken.formUnion(context.brokenRecordIDs[list.key] ?? [])
        }
        var ids: Set<String>
        switch target {
        case .source: ids = Set(dataset.sources.map(\.id))
        case .district: ids = Set(dataset.districts.map(\.id))
        case .area: ids = Set(dataset.areas.map(\.id))
        case .metric: return KnownIDs(metricsOf: dataset, broken: broken)
        case .subject: ids = Set(dataset.newTowns.map(\.id) + dataset.zones.map(\.id)
            + dataset.actions.map(\.id) + dataset.projects.map(\.id))
        }
        ids.formUnion(broken)
        return KnownIDs(ids)
    }

    /// Reads a file as UTF-8 text within the size limit, reporting what is wrong otherwise.
    /// Anything but a regular file (a FIFO, socket or device named like a data file) is refused
    /// without being opened for blocking reads: see `RegularFileReader`.
    static func readText(_ file: FilePath, name: String, context: LoadContext) -> String? {
        readYAML(file, name: name, context: context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The file's bytes, checked to be UTF-8 and without a byte-order mark (for `kiosk.yaml`;
    /// data files are read in chunks by `DataFile`).
    static func readYAML(_ file: FilePath, name: String, context: LoadContext) -> [UInt8]? {
        func fail(_ message: String, line: Int = 0) -> [UInt8]? {
            context.report(Diagnostic(file: name, line: line, column: 0, message: message))
            return nil
        }
        var data: [UInt8]
        switch RegularFileReader.read(file.path, limit: DataLimits.maxFileBytes) {
        case .success(let bytes): data = bytes
        case .failure(let failure): return fail(failure.message)
        }
        guard UTF8Check.isValid(data) else {
            return fail("is not valid UTF-8", line: Self.lineOfFirstInvalidByte(in: data))
        }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
        return data
    }

    static func lineOfFirstInvalidByte(in data: [UInt8]) -> Int {
        var line = 1
        var index = data.startIndex
        while index < data.endIndex {
            let lineEnd = data[index...].firstIndex(of: 0x0A) ?? data.endIndex
            if String(validating: data[index..<lineEnd], as: UTF8.self) == nil { return line }
            line += 1
            index = lineEnd < data.endIndex ? lineEnd + 1 : lineEnd
        }
        return line
    }
}
