import Yams

/// One parsed data file: a top-level mapping whose keys (`metrics:`, `areas:`, ...) hold the
/// record lists. Duplicate ids and unknown top-level keys are reported here.
///
/// A file is read from libyaml's events, and the list a reader asks for is read one record at a
/// time, so a file of 100,000 records is never held as a tree. When the events stop making sense
/// (a syntax error, a repeated key, a second document), `needsYams` is set; `read(...)` then
/// forgets what was reported and reads the file again with Yams, which explains the problem
/// exactly as it always has.
final class FileSections {
    let file: String
    private let context: LoadContext
    private var consumed: Set<String> = []
    /// The top-level mapping's position; nil when the file has none (already reported).
    private var rootMark: YAMLNode.Position?
    /// Top-level keys in file order, as far as the file has been read.
    private var keys: [YAMLNode.Mapping.Key] = []
    /// The texts of `keys`, so that a repeated top-level key is found in constant time.
    private var keyTexts: Set<String> = []
    /// Values of top-level keys read past but not asked for yet.
    private var values: [String: YAMLNode] = [:]
    /// The events still to read: nil once the top-level mapping is read, or for a Yams tree.
    private var events: YAMLEventReader?
    /// True when this reading must be discarded and the file read with Yams.
    private(set) var needsYams = false

    /// Where the value of a top-level key is.
    private enum Located {
        case absent
        case node(YAMLNode)
        /// The list starts here; its items are the next events.
        case list(YAMLEventReader.Event)
    }

    /// Reads `text` as the data file `file` into `body`, falling back to Yams when the fast reading
    /// gives up (with `composeWithYams` set, Yams reads it from the start).
    static func read(file: String, text: String, context: LoadContext, composeWithYams: Bool = false,
                     _ body: (FileSections) -> Void) {
        if let problem = YAMLGuard.check(text) {
            context.report(Diagnostic(file: file, line: problem.line, column: problem.column, message: problem.message))
            context.markUnreadable(file)
            return
        }
        let checkpoint = context.checkpoint
        if !composeWithYams {
            var bytes = text
            let streamed = bytes.withUTF8 { buffer in
                let sections = FileSections(file: file, events: YAMLEventReader(buffer), context: context)
                body(sections)
                sections.finish()
                return !sections.needsYams
            }
            if streamed { return }
            context.rollback(to: checkpoint)
        }
        let sections = FileSections(file: file, yams: text, context: context)
        body(sections)
        sections.finish()
    }

    private init(file: String, events: YAMLEventReader, context: LoadContext) {
        self.file = file
        self.context = context
        self.events = events
        guard events.next()?.kind == .streamStart, let first = events.next() else {
            giveUp()
            return
        }
        if first.kind == .streamEnd {
            self.events = nil
            context.report(Diagnostic(file: file, line: 1, column: 1, message: "file is empty"))
            context.markUnreadable(file)
            return
        }
        guard first.kind == .documentStart, let start = events.next() else {
            giveUp()
            return
        }
        if start.kind == .mappingStart {
            rootMark = start.mark
            return
        }
        guard let document = YAMLComposer.node(startingWith: start, events) else {
            giveUp()
            return
        }
        report(document.mark, "expected a mapping at the top level, found \(RecordReader.describe(document))")
        context.markUnreadable(file)
        endDocument()
    }

    private init(file: String, yams text: String, context: LoadContext) {
        self.file = file
        self.context = context
        let document: Node?
        do {
            document = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (position, problem) = Self.explain(error, in: text)
            context.report(Diagnostic(file: file, line: position?.line ?? 0, column: position?.column ?? 0,
                                      message: "YAML syntax error: \(problem)"))
            context.markUnreadable(file)
            return
        } catch {
            report(nil, "YAML error: \(error)")
            context.markUnreadable(file)
            return
        }
        guard let document else {
            context.report(Diagnostic(file: file, line: 1, column: 1, message: "file is empty"))
            context.markUnreadable(file)
            return
        }
        let node = YAMLNode(document)
        guard let root = node.mapping else {
            report(node.mark, "expected a mapping at the top level, found \(RecordReader.describe(node))")
            context.markUnreadable(file)
            return
        }
        rootMark = root.mark
        keys = root.keys
        for (key, value) in zip(root.keys, root.values) {
            if let name = key.string, values[name] == nil { values[name] = value }
        }
    }

    private func report(_ mark: YAMLNode.Position?, _ message: String) {
        context.report(Diagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, message: message))
    }

    // MARK: Reading the events

    private func giveUp() {
        needsYams = true
        events = nil
    }

    /// Reads on through the top level until `key` (nil: to the end), keeping the values passed.
    private func locate(_ key: String?) -> Located {
        if let key, let value = values.removeValue(forKey: key) { return .node(value) }
        while let events {
            guard let event = events.next() else {
                giveUp()
                break
            }
            if event.kind == .mappingEnd {
                endDocument()
                break
            }
            guard let keyNode = YAMLComposer.node(startingWith: event, events), let start = events.next() else {
                giveUp()
                break
            }
            let name = keyNode.scalar?.string
            if let name, !keyTexts.insert(name).inserted {
                giveUp()
                break
            }
            keys.append(YAMLNode.Mapping.Key(string: name, mark: keyNode.mark))
            if name == key, start.kind == .sequenceStart { return .list(start) }
            guard let value = YAMLComposer.node(startingWith: start, events) else {
                giveUp()
                break
            }
            if name == key { return .node(value) }
            if let name { values[name] = value }
        }
        return .absent
    }

    /// After the top-level value: the document must end, and no other may follow.
    private func endDocument() {
        guard let events else { return }
        self.events = nil
        guard events.next()?.kind == .documentEnd, events.next()?.kind == .streamEnd else {
            giveUp()
            return
        }
    }

    /// The next item of the list being streamed; nil after the last one.
    private func nextItem() -> YAMLNode? {
        guard let events, let event = events.next() else {
            giveUp()
            return nil
        }
        if event.kind == .sequenceEnd { return nil }
        guard let item = YAMLComposer.node(startingWith: event, events) else {
            giveUp()
            return nil
        }
        return item
    }

    // MARK: Records

    /// Reads the list under `key`, one record per item, reporting duplicate ids.
    func records<T: Identifiable>(_ key: String, _ read: (RecordReader) -> T?, required: Bool = true) -> [T]
    where T.ID == String {
        consumed.insert(key)
        guard let rootMark else { return [] }
        var seen: [String: Int] = [:]
        var records: [T] = []
        var index = 0
        func add(_ item: YAMLNode) {
            defer { index += 1 }
            let reader = RecordReader(file: file, path: "\(key)[\(index)]", node: item, context: context)
            guard reader.isMapping else { return }
            let record = read(reader)
            reader.finish()
            guard let record else {
                if case .scalar(let id)? = item["id"], RecordReader.isValidID(id.string) {
                    context.noteBrokenRecord(id.string, in: key)
                }
                return
            }
            if let first = seen[record.id] {
                reader.report(at: item["id"], "\(key)[\(index)].id: duplicate id \"\(record.id)\" (first used by \(key)[\(first)])")
                return
            }
            seen[record.id] = index
            records.append(record)
        }
        switch locate(key) {
        case .absent:
            if required && !needsYams {
                report(rootMark, "missing top-level key `\(key)`")
                context.markUnreadable(key)
            }
        case .node(let node):
            guard let items = node.sequence else {
                report(node.mark, "`\(key)` must be a list of records, found \(RecordReader.describe(node))")
                context.markUnreadable(key)
                return []
            }
            items.forEach(add)
        case .list:
            while let item = nextItem() { add(item) }
        }
        return records
    }

    /// Reads the single record under `key` (for example `scenario_batch`).
    func single<T>(_ key: String, _ read: (RecordReader) -> T?) -> T? {
        consumed.insert(key)
        let node: YAMLNode
        switch locate(key) {
        case .absent: return nil
        case .node(let value): node = value
        case .list(let start):
            guard let events, let list = YAMLComposer.node(startingWith: start, events) else {
                giveUp()
                return nil
            }
            node = list
        }
        let reader = RecordReader(file: file, path: key, node: node, context: context)
        guard reader.isMapping else { return nil }
        let record = read(reader)
        reader.finish()
        return record
    }

    /// Reads the rest of the file and reports top-level keys nobody read.
    func finish() {
        _ = locate(nil)
        guard !needsYams else { return }
        for key in keys where !consumed.contains(key.string ?? "") {
            report(key.mark, "unknown top-level key `\(key.string ?? "?")`")
        }
    }

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
