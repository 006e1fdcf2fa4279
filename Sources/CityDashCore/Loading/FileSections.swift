#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One parsed data file: a top-level mapping whose keys (`metrics:`, `areas:`, ...) hold the
/// record lists. Duplicate ids and unknown top-level keys are reported here.
///
/// A file is read from libyaml's events, and the list a reader asks for is read one record at a
/// time, so a file of 100,000 records is never held as a tree. When the events stop making sense
/// (a syntax error, a repeated key, a second document), `problem` is set; `read(...)` then
/// forgets what the file's records reported and gives that one error instead: a file that is not
/// valid YAML contributes no records.
final class FileSections {
    let file: String
    private let context: LoadContext
    /// At least as many as the items of any top-level list (see `listItemBound`), to size the
    /// record arrays once: growing a 100,000-metric array by doubling held 1.5 copies of it.
    private var itemBound = 0
    private var consumed: Set<String> = []
    /// The top-level mapping's position; nil when the file has none (already reported).
    private var rootMark: YAMLNode.Position?
    /// A top-level key: its text (nil for a key that is not a scalar) and where it is.
    private struct Key {
        var name: String?
        var mark: YAMLNode.Position?
    }
    /// Top-level keys in file order, as far as the file has been read.
    private var keys: [Key] = []
    /// The texts and positions of `keys`, so that a repeated top-level key is found in constant time.
    private var keyMarks: [String: YAMLNode.Position?] = [:]
    /// Where each key is read, and each streamed record: cleared and reused, so that reading a
    /// record allocates nothing but what the record keeps.
    private let keyTree = YAMLTree()
    private let itemTree = YAMLTree()
    /// Values of top-level keys read past but not asked for yet.
    private var values: [String: YAMLNode] = [:]
    /// The events still to read: nil once the top-level mapping is read or reading failed.
    private var events: YAMLEventReader?
    /// Why the file is not valid YAML; set, this reading is discarded.
    private(set) var problem: YAMLSyntaxError?

    /// Where the value of a top-level key is.
    private enum Located {
        case absent
        case node(YAMLNode)
        /// The list starts here; its items are the next events.
        case list(YAMLEventReader.Event)
    }

    /// What a data file is read from: its text in memory, or the file itself, checked
    /// (`DataFile.open`) and read in chunks.
    enum Input {
        case bytes([UInt8])
        case file(DataFile)
    }

    /// Reads `input` as the data file `file` into `body`. When the file turns out not to be valid
    /// YAML, whatever its records reported is forgotten, the syntax error is reported, and `body`
    /// runs again over no records, so that the file adds nothing to the dataset.
    static func read(file: String, input: Input, context: LoadContext, _ body: (FileSections) -> Void) {
        let checkpoint = context.checkpoint
        let problem: YAMLSyntaxError?
        switch input {
        case .bytes(let bytes):
            if let problem = bytes.withUnsafeBufferPointer({ YAMLGuard.check($0) }) {
                context.report(Diagnostic(file: file, line: problem.line, column: problem.column, message: problem.message))
                context.markUnreadable(file)
                return
            }
            problem = bytes.withUnsafeBufferPointer { buffer in
                // Capped at one record per 256 bytes (a metric takes about 500): a hostile file of
                // "- x" lines must not make the loader reserve gigabytes up front.
                read(file: file, events: YAMLEventReader(buffer), itemBound: min(listItemBound(buffer), buffer.count / 256),
                     context: context, body)
            }
        case .file(let data):
            problem = read(file: file, events: YAMLEventReader(data), itemBound: data.listItemBound, context: context, body)
        }
        guard let problem else { return }
        context.rollback(to: checkpoint)
        context.report(Diagnostic(file: file, line: problem.line, column: problem.column, message: problem.message))
        context.markUnreadable(file)
        body(FileSections(unreadable: file, context: context))
    }

    private static func read(file: String, events: YAMLEventReader, itemBound: Int, context: LoadContext,
                             _ body: (FileSections) -> Void) -> YAMLSyntaxError? {
        let sections = FileSections(file: file, events: events, context: context)
        sections.itemBound = itemBound
        body(sections)
        sections.finish()
        return sections.problem
    }

    /// Sections of a file that could not be read: no keys, no records.
    private init(unreadable file: String, context: LoadContext) {
        self.file = file
        self.context = context
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
        let tree = YAMLTree()
        guard let index = YAMLComposer.node(startingWith: start, events, into: tree) else {
            giveUp()
            return
        }
        let document = YAMLNode(tree: tree, index: index)
        report(document.mark, "expected a mapping at the top level, found \(RecordReader.describe(document))")
        context.markUnreadable(file)
        endDocument()
    }

    private func report(_ mark: YAMLNode.Position?, _ message: String) {
        context.report(Diagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, message: message))
    }

    // MARK: Reading the events

    /// Stops reading: the reader's problem (or `problem`) is the file's one error.
    private func giveUp(_ problem: YAMLSyntaxError? = nil) {
        self.problem = events?.problem ?? problem
            ?? YAMLSyntaxError(line: 0, column: 0, message: "YAML error: the events ended early")
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
            keyTree.removeAll()
            guard let keyIndex = YAMLComposer.node(startingWith: event, events, into: keyTree),
                  let start = events.next() else {
                giveUp()
                break
            }
            let keyNode = YAMLNode(tree: keyTree, index: keyIndex)
            let name = keyNode.string
            if let name, let first = keyMarks.updateValue(keyNode.mark, forKey: name) {
                giveUp(YAMLComposer.repeated(keyNode, firstAt: first))
                break
            }
            keys.append(Key(name: name, mark: keyNode.mark))
            if name == key, start.kind == .sequenceStart { return .list(start) }
            let tree = YAMLTree()
            guard let valueIndex = YAMLComposer.node(startingWith: start, events, into: tree) else {
                giveUp()
                break
            }
            let value = YAMLNode(tree: tree, index: valueIndex)
            if name == key { return .node(value) }
            if let name { values[name] = value }
        }
        return .absent
    }

    /// After the top-level value: the document must end, and no other may follow.
    private func endDocument() {
        guard let events else { return }
        if YAMLComposer.endDocument(events) { self.events = nil } else { giveUp() }
    }

    /// The next item of the list being streamed, valid until the next call; nil after the last one.
    private func nextItem() -> YAMLNode? {
        guard let events, let event = events.next() else {
            giveUp()
            return nil
        }
        if event.kind == .sequenceEnd { return nil }
        itemTree.removeAll()
        guard let item = YAMLComposer.node(startingWith: event, events, into: itemTree) else {
            giveUp()
            return nil
        }
        return YAMLNode(tree: itemTree, index: item)
    }

    /// The number of lines that start a block-list item at indentation 0 or 2 (`- ` or `  - `):
    /// every record of a data file starts one, so this bounds the records of each list.
    static func listItemBound(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var lineStart = 0
        let dash = UInt8(ascii: "-"), space = UInt8(ascii: " ")
        while lineStart < bytes.count {
            var index = lineStart
            while index < bytes.count && index - lineStart < 2 && bytes[index] == space { index += 1 }
            if index - lineStart != 1, index + 1 < bytes.count, bytes[index] == dash, bytes[index + 1] == space {
                count += 1
            }
            guard index < bytes.count, let base = bytes.baseAddress,
                  let newline = memchr(base + index, 10, bytes.count - index) else { break }
            lineStart = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return count
    }

    // MARK: Records

    /// The records of one list read so far, with what finding duplicate ids needs.
    private struct Collected<T: Identifiable> where T.ID == String {
        var records: [T] = []
        /// The records read so far by id.
        var seen = IDTable()
        /// The list index of each record (for duplicate messages).
        var listIndexes: [Int32] = []

        mutating func reserve(_ count: Int) {
            records.reserveCapacity(count)
            seen = IDTable(capacity: count)
            listIndexes.reserveCapacity(count)
        }
    }

    /// Reads the list under `key`, one record per item, reporting duplicate ids.
    func records<T: Identifiable>(_ key: String, _ read: (RecordReader) -> T?, required: Bool = true) -> [T]
    where T.ID == String {
        indexedRecords(key, read, required: required).records
    }

    /// `records(_:_:required:)` with the table of the kept records' ids that finding duplicates
    /// built: the first (and only) position of each id.
    func indexedRecords<T: Identifiable>(_ key: String, _ read: (RecordReader) -> T?, required: Bool = true)
    -> (records: [T], ids: IDTable) where T.ID == String {
        consumed.insert(key)
        guard let rootMark else { return ([], IDTable()) }
        // The list's state is passed `inout` rather than captured by a nested function: captured
        // variables cost a dynamic exclusivity check on every access, eight for every record.
        var collected = Collected<T>()
        switch locate(key) {
        case .absent:
            if required && problem == nil {
                report(rootMark, "missing top-level key `\(key)`")
                context.markUnreadable(key)
            }
        case .node(let node):
            collected.records.reserveCapacity(node.sequence?.count ?? 0)
            collected.seen = IDTable(capacity: node.sequence?.count ?? 0)
            guard let items = node.sequence else {
                report(node.mark, "`\(key)` must be a list of records, found \(RecordReader.describe(node))")
                context.markUnreadable(key)
                return ([], IDTable())
            }
            for (index, item) in items.enumerated() { add(item, at: index, of: key, read, to: &collected) }
        case .list:
            collected.reserve(itemBound)
            var index = 0
            while let item = nextItem() {
                add(item, at: index, of: key, read, to: &collected)
                index += 1
            }
        }
        return (collected.records, collected.seen)
    }

    /// Reads `item`, the record at `index` of the list `key`, into `collected`, unless it is
    /// broken or its id is taken.
    private func add<T: Identifiable>(_ item: YAMLNode, at index: Int, of key: String, _ read: (RecordReader) -> T?,
                                      to collected: inout Collected<T>) where T.ID == String {
        let reader = RecordReader(file: file, path: RecordPath(list: key, index: index), node: item, context: context)
        guard reader.isMapping else { return }
        let result = read(reader)
        reader.finish()
        // Moved out of the optional, not copied (a copy retained and released every field).
        let record: T
        switch consume result {
        case .some(let read): record = read
        case .none:
            if let id = item["id"]?.string, RecordReader.isValidID(id) {
                context.noteBrokenRecord(id, in: key)
            }
            return
        }
        // The id is hashed once, and the record moved into the list only when it is kept.
        let id = record.id
        let hash = id.hashValue
        if let first = collected.seen.position(of: id, hash: hash, in: collected.records) {
            reader.report(at: item["id"], "\(key)[\(index)].id: duplicate id \"\(id)\" "
                + "(first used by \(key)[\(collected.listIndexes[first])])")
            return
        }
        collected.records.append(consume record)
        collected.seen.add(collected.records.count - 1, hash: hash, of: collected.records)
        collected.listIndexes.append(Int32(truncatingIfNeeded: index))
    }

    /// Reads the single record under `key` (for example `scenario_batch`).
    func single<T>(_ key: String, _ read: (RecordReader) -> T?) -> T? {
        consumed.insert(key)
        let node: YAMLNode
        switch locate(key) {
        case .absent: return nil
        case .node(let value): node = value
        case .list(let start):
            let tree = YAMLTree()
            guard let events, let list = YAMLComposer.node(startingWith: start, events, into: tree) else {
                giveUp()
                return nil
            }
            node = YAMLNode(tree: tree, index: list)
        }
        let reader = RecordReader(file: file, path: RecordPath(list: key), node: node, context: context)
        guard reader.isMapping else { return nil }
        let record = read(reader)
        reader.finish()
        return record
    }

    /// Reads the rest of the file and reports top-level keys nobody read.
    func finish() {
        _ = locate(nil)
        guard problem == nil else { return }
        for key in keys where !consumed.contains(key.name ?? "") {
            report(key.mark, "unknown top-level key `\(key.name ?? "?")`")
        }
    }
}
