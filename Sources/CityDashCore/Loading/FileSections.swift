import Yams

/// One parsed data file: a top-level mapping whose keys (`metrics:`, `areas:`, ...) hold the
/// record lists. Duplicate ids and unknown top-level keys are reported here.
final class FileSections {
    let file: String
    private let root: Node.Mapping?
    private let context: LoadContext
    private var consumed: Set<String> = []

    init(file: String, text: String, context: LoadContext) {
        self.file = file
        self.context = context
        if let problem = YAMLGuard.check(text) {
            root = nil
            context.report(Diagnostic(file: file, line: problem.line, column: problem.column, message: problem.message))
            return
        }
        do {
            let node = try Yams.compose(yaml: text)
            guard let node else {
                root = nil
                context.report(Diagnostic(file: file, line: 1, column: 1, message: "file is empty"))
                return
            }
            root = node.mapping
            if root == nil {
                report(node.mark, "expected a mapping at the top level, found \(RecordReader.describe(node))")
            }
        } catch let error as YamlError {
            root = nil
            let (position, problem) = Self.explain(error, in: text)
            context.report(Diagnostic(file: file, line: position?.line ?? 0, column: position?.column ?? 0,
                                      message: "YAML syntax error: \(problem)"))
        } catch {
            root = nil
            report(nil, "YAML error: \(error)")
        }
    }

    private func report(_ mark: Mark?, _ message: String) {
        context.report(Diagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, message: message))
    }

    /// Reads the list under `key`, one record per item, reporting duplicate ids.
    func records<T: Identifiable>(_ key: String, _ read: (RecordReader) -> T?, required: Bool = true) -> [T]
    where T.ID == String {
        consumed.insert(key)
        guard let root else { return [] }
        guard let node = root[key] else {
            if required { report(root.mark, "missing top-level key `\(key)`") }
            return []
        }
        guard let items = node.sequence else {
            report(node.mark, "`\(key)` must be a list of records, found \(RecordReader.describe(node))")
            return []
        }
        var seen: [String: Int] = [:]
        var records: [T] = []
        for (index, item) in items.enumerated() {
            let reader = RecordReader(file: file, path: "\(key)[\(index)]", node: item, context: context)
            guard reader.isMapping else { continue }
            let record = read(reader)
            reader.finish()
            guard let record else { continue }
            if let first = seen[record.id] {
                reader.report(at: item["id"], "\(key)[\(index)].id: duplicate id \"\(record.id)\" (first used by \(key)[\(first)])")
                continue
            }
            seen[record.id] = index
            records.append(record)
        }
        return records
    }

    /// Reads the single record under `key` (for example `scenario_batch`).
    func single<T>(_ key: String, _ read: (RecordReader) -> T?) -> T? {
        consumed.insert(key)
        guard let node = root?[key] else { return nil }
        let reader = RecordReader(file: file, path: key, node: node, context: context)
        guard reader.isMapping else { return nil }
        let record = read(reader)
        reader.finish()
        return record
    }

    /// Reports top-level keys nobody read.
    func finish() {
        guard let root else { return }
        for (key, _) in root where !consumed.contains(key.scalar?.string ?? "") {
            report(key.mark, "unknown top-level key `\(key.scalar?.string ?? "?")`")
        }
    }

    /// The 1-based line and column of a YAML error, and what it says.
    static func explain(_ error: YamlError, in text: String) -> ((line: Int, column: Int)?, String) {
        func position(_ mark: Mark) -> (line: Int, column: Int) { (mark.line, mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return (position(mark), prefix + problem)
        case .reader(let problem, let offset, _, _):
            // The reader reports a character offset (e.g. of a raw control character).
            return (offset.map { Self.lineAndColumn(ofCharacter: $0, in: text) }, problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (position(context.mark), "duplicate keys in a mapping: \(duplicates.joined(separator: ", "))")
        default:
            return (nil, "\(error)")
        }
    }

    static func lineAndColumn(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        let before = text.prefix(max(0, offset))
        let line = 1 + before.reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" ? 1 : 0) }
        let lastLine = before.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).last ?? ""
        return (line, lastLine.unicodeScalars.count + 1)
    }
}
