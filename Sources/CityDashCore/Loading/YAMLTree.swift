#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The nodes of one record (or one small document) in a flat array, in file order, with every
/// scalar's bytes in one buffer: a node's children follow it, and each entry knows where its
/// subtree ends, so walking siblings needs no pointers.
///
/// Loading 100,000 metrics built an enum tree with a `String` per scalar and two arrays per
/// mapping, about a third of the load's cost; this tree is cleared and reused for every record
/// of a file, so reading a record allocates nothing until a reader keeps a field's text.
final class YAMLTree {
    struct Entry {
        var kind: YAMLNode.Kind
        var isNull: Bool
        var line: Int32
        var column: Int32
        /// A scalar's bytes in `text`: where they start and how many.
        var start: Int32
        var length: Int32
        /// The index after this node's last descendant: its next sibling, if it has one.
        var end: Int32
    }

    /// The entries and scalar bytes, behind pointers held in `let`s: a class's `var` arrays cost
    /// a dynamic exclusivity check on every access, which was an eighth of a load.
    private struct Storage {
        var entries: UnsafeMutablePointer<Entry>
        var entryCount = 0
        var entryCapacity: Int
        var text: UnsafeMutablePointer<UInt8>
        var textCount = 0
        var textCapacity: Int
    }

    private let storage: UnsafeMutablePointer<Storage>

    init() {
        storage = .allocate(capacity: 1)
        storage.initialize(to: Storage(entries: .allocate(capacity: 64), entryCapacity: 64,
                                       text: .allocate(capacity: 1024), textCapacity: 1024))
    }

    deinit {
        storage.pointee.entries.deallocate()
        storage.pointee.text.deallocate()
        storage.deallocate()
    }

    /// The nodes, in file order.
    var entries: UnsafeBufferPointer<Entry> {
        UnsafeBufferPointer(start: storage.pointee.entries, count: storage.pointee.entryCount)
    }

    /// Forgets every node, keeping the storage for the next record.
    func removeAll() {
        storage.pointee.entryCount = 0
        storage.pointee.textCount = 0
    }

    // MARK: Building (YAMLComposer)

    private func appendEntry(_ entry: Entry) -> Int {
        let storage = storage
        let index = storage.pointee.entryCount
        if index == storage.pointee.entryCapacity { growEntries() }
        (storage.pointee.entries + index).initialize(to: entry)
        storage.pointee.entryCount = index + 1
        return index
    }

    /// Doubles the room for entries (out of line: the appends that need it are few).
    @inline(never)
    private func growEntries() {
        let count = storage.pointee.entryCount
        let capacity = storage.pointee.entryCapacity * 2
        let grown = UnsafeMutablePointer<Entry>.allocate(capacity: capacity)
        grown.moveInitialize(from: storage.pointee.entries, count: count)
        storage.pointee.entries.deallocate()
        storage.pointee.entries = grown
        storage.pointee.entryCapacity = capacity
    }

    /// Makes room for at least `needed` bytes of text (out of line, as `growEntries`).
    @inline(never)
    private func growText(to needed: Int) {
        let capacity = max(needed, storage.pointee.textCapacity * 2)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.moveInitialize(from: storage.pointee.text, count: storage.pointee.textCount)
        storage.pointee.text.deallocate()
        storage.pointee.text = grown
        storage.pointee.textCapacity = capacity
    }

    /// Adds a scalar with the bytes libyaml gives; returns its index.
    func appendScalar(_ bytes: UnsafeBufferPointer<UInt8>, isNull: Bool, at mark: YAMLNode.Position) -> Int {
        let storage = storage
        let start = storage.pointee.textCount
        let count = bytes.count
        if count > storage.pointee.textCapacity - start { growText(to: start + count) }
        if count > 0, let base = bytes.baseAddress {
            (storage.pointee.text + start).initialize(from: base, count: count)
        }
        storage.pointee.textCount = start + count
        let index = storage.pointee.entryCount
        if index == storage.pointee.entryCapacity { growEntries() }
        (storage.pointee.entries + index).initialize(to: Entry(
            kind: .scalar, isNull: isNull, line: Int32(clamping: mark.line), column: Int32(clamping: mark.column),
            start: Int32(clamping: start), length: Int32(clamping: count),
            end: Int32(clamping: index + 1)))
        storage.pointee.entryCount = index + 1
        return index
    }

    /// Adds an alias, or opens a mapping or list that `close` ends; returns its index.
    func append(_ kind: YAMLNode.Kind, at mark: YAMLNode.Position) -> Int {
        let index = storage.pointee.entryCount
        return appendEntry(Entry(kind: kind, isNull: false, line: Int32(clamping: mark.line),
                                 column: Int32(clamping: mark.column), start: 0, length: 0,
                                 end: Int32(clamping: index + 1)))
    }

    /// Ends the mapping or list at `index` after its last child so far.
    func close(_ index: Int) {
        storage.pointee.entries[index].end = Int32(clamping: storage.pointee.entryCount)
    }

    // MARK: Reading

    /// The index of the node after the one at `index` and its descendants.
    func next(after index: Int) -> Int {
        Int(storage.pointee.entries[index].end)
    }

    /// The bytes of the scalar at `index`.
    func bytes(at index: Int) -> UnsafeBufferPointer<UInt8> {
        let entry = storage.pointee.entries[index]
        return UnsafeBufferPointer(start: storage.pointee.text + Int(entry.start), count: Int(entry.length))
    }

    func string(at index: Int) -> String {
        String(decoding: bytes(at: index), as: UTF8.self)
    }

    /// True when the scalar at `index` has exactly the bytes of `other`.
    func scalar(at index: Int, equals other: String) -> Bool {
        let bytes = bytes(at: index)
        var other = other
        return other.withUTF8 { Self.same($0, bytes) }
    }

    /// True when the scalars at `index` and `other` have the same bytes.
    func scalar(at index: Int, equalsScalarAt other: Int) -> Bool {
        Self.same(bytes(at: index), bytes(at: other))
    }

    /// True when `a` and `b` hold the same bytes (compared with memcmp: the generic
    /// `elementsEqual` cost more than the search it served).
    static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let first = a.baseAddress, let second = b.baseAddress else { return a.count == 0 }
        return memcmp(first, second, a.count) == 0
    }

    /// The indexes of the nodes directly inside the mapping or list at `parent`.
    struct Children: Sequence, IteratorProtocol {
        let tree: YAMLTree
        private var index: Int
        private let end: Int

        init(tree: YAMLTree, parent: Int) {
            self.tree = tree
            let entry = tree.storage.pointee.entries[parent]
            index = entry.kind == .mapping || entry.kind == .sequence ? parent + 1 : Int(entry.end)
            end = Int(entry.end)
        }

        /// The children so far of a mapping or list still being built (not yet `close`d).
        init(tree: YAMLTree, open parent: Int) {
            self.tree = tree
            index = parent + 1
            end = tree.storage.pointee.entryCount
        }

        mutating func next() -> Int? {
            guard index < end else { return nil }
            defer { index = tree.next(after: index) }
            return index
        }
    }
}
