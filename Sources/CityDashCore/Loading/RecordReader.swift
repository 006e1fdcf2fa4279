#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the fields of one YAML mapping into Swift values. Every missing, mistyped or unknown
/// field is reported to the load context with its line and column, and reading goes on, so one pass
/// finds every problem in a file.
final class RecordReader {
    let file: String
    /// Where this record is, for messages: `metrics[3]`.
    let path: RecordPath
    let context: LoadContext
    private let node: YAMLNode
    private let tree: YAMLTree
    /// How many keys the mapping has.
    private let keyCount: Int
    /// One allocation for what reading changes, behind a pointer held in a `let`: a class's `var`
    /// costs a dynamic exclusivity check on every access (and an array's a uniqueness check on
    /// every write), which was a tenth of reading a record. Laid out as the search hint, then
    /// the mapping's keys (indexes in `tree`; each value is the node after its key; unique, as
    /// `YAMLComposer` refuses duplicates), then one flag per key telling whether a reader asked
    /// for it.
    private let storage: UnsafeMutablePointer<Int>
    /// The keys, for telling quickly that a field is missing.
    private let keyBits: KeyBits
    /// Fields already reported as wrong, so that checks between fields do not report them again.
    private(set) var failedFields: Set<String> = []

    init(file: String, path: RecordPath, node: YAMLNode, context: LoadContext) {
        self.file = file
        self.path = path
        self.node = node
        self.context = context
        tree = node.tree
        let isMapping = node.isMapping
        // At most one key per two entries of the subtree.
        let bound = isMapping ? (tree.next(after: node.index) - node.index) / 2 : 0
        let storage = UnsafeMutablePointer<Int>.allocate(capacity: 1 + 2 * bound)
        storage.initialize(to: 0)
        var keyCount = 0
        var keyBits = KeyBits()
        if isMapping {
            let entries = tree.entries
            var isKey = true
            for child in node.children {
                if isKey {
                    storage[1 + keyCount] = child
                    keyCount += 1
                    if entries[child].kind == .scalar { _ = keyBits.insert(tree.bytes(at: child)) }
                }
                isKey.toggle()
            }
        }
        (storage + 1 + keyCount).initialize(repeating: 0, count: keyCount)
        self.storage = storage
        self.keyCount = keyCount
        self.keyBits = keyBits
        if !isMapping {
            report(at: node, "\(path): expected a mapping of fields, found \(Self.describe(node))")
        }
    }

    deinit {
        storage.deallocate()
    }

    /// Where the search for the next key starts: readers ask in about the order files list them.
    private var hint: Int {
        get { storage[0] }
        set { storage[0] = newValue }
    }

    /// The tree index of the key at `position`.
    private func key(at position: Int) -> Int {
        storage[1 + position]
    }

    /// Notes that a reader asked for the key at `position`.
    private func consume(_ position: Int) {
        storage[1 + keyCount + position] = 1
    }

    private func isConsumed(_ position: Int) -> Bool {
        storage[1 + keyCount + position] != 0
    }

    var isMapping: Bool { node.isMapping }

    // MARK: Reporting

    func report(at node: YAMLNode?, _ message: String) {
        report(mark: node?.mark ?? self.node.mark, message)
    }

    private func report(mark: YAMLNode.Position?, _ message: String) {
        context.report(Diagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, message: message))
    }

    /// Reports a problem with one field, located at its value (or at the record when it is missing).
    func fail(_ key: String, _ message: String) {
        failedFields.insert(key)
        report(at: value(key), "\(path).\(key): \(message)")
    }

    /// Reports a contradiction between fields, located at the field it names.
    func report(_ contradiction: FigureConsistency.Contradiction) {
        failedFields.insert(contradiction.field)
        report(at: value(contradiction.field), contradiction.message)
    }

    /// Reports every key that no reader asked for: usually a typo that would silently drop data.
    func finish() {
        guard node.isMapping else { return }
        for position in 0..<keyCount where !isConsumed(position) {
            let key = YAMLNode(tree: tree, index: key(at: position))
            report(at: key, "\(path): unknown field `\(key.string ?? "?")`")
        }
    }

    // MARK: Raw access

    /// The position among the keys of the key whose text is `key`.
    private func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { key in
            guard keyBits.mayContain(key), let wanted = key.baseAddress else { return nil }
            let entries = tree.entries
            let count = keyCount
            let length = key.count
            // From the key found last: a field is often looked up again (its value, then
            // its position for a message or a reference), and keys are unique, so where
            // the search starts changes only how long it takes.
            let start = hint
            var position = start > 0 ? start - 1 : 0
            for _ in 0..<count {
                if position >= count { position = 0 }
                // The length first: most keys differ in it, and it needs no look at the text.
                let entry = entries[self.key(at: position)]
                if entry.kind == .scalar && Int(entry.length) == length
                    && memcmp(tree.bytes(at: self.key(at: position)).baseAddress ?? wanted, wanted, length) == 0 {
                    hint = position + 1
                    return position
                }
                position += 1
            }
            return nil
        }
    }

    private func value(_ key: String) -> YAMLNode? {
        index(of: key).map { YAMLNode(tree: tree, index: tree.next(after: self.key(at: $0))) }
    }

    /// The value of `key`, nil when it is missing or null; either way the key counts as read.
    private func take(_ key: String) -> YAMLNode? {
        guard let position = index(of: key) else { return nil }
        consume(position)
        let node = YAMLNode(tree: tree, index: tree.next(after: self.key(at: position)))
        return node.isNull ? nil : node
    }

    static func isNull(_ node: YAMLNode) -> Bool {
        node.isNull
    }

    static func describe(_ node: YAMLNode) -> String {
        switch node.kind {
        case .scalar: "the scalar \"\((node.string ?? "").prefix(40))\""
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    // MARK: Typed fields

    /// The text of `key`; `interned` keeps it once however many records repeat it
    /// (`LoadContext.intern`).
    func string(_ key: String, required: Bool = true, interned: Bool = false) -> String? {
        guard let node = take(key) else {
            if required { fail(key, "missing; expected text") }
            return nil
        }
        if node.isScalar {
            let bytes = tree.bytes(at: node.index)
            // Neither blank nor invisible, from its first character: no need to walk the text.
            if Self.startsVisibly(bytes) { return interned ? context.intern(bytes) : tree.string(at: node.index) }
        }
        guard let string = node.string else {
            fail(key, "expected text, found \(Self.describe(node))")
            return nil
        }
        if Self.isBlank(string) {
            fail(key, "is empty; expected text")
            return nil
        }
        if Self.isInvisible(string) {
            fail(key, "has only invisible characters (\(Self.codePoints(string))); expected visible text")
            return nil
        }
        return interned ? context.intern(string) : string
    }

    /// A stable id: lower-case ASCII letters, digits and hyphens.
    func id(_ key: String = "id", interned: Bool = false) -> String? {
        // A valid id, checked on its bytes before a `String` is made of them.
        if let position = index(of: key) {
            let value = tree.next(after: self.key(at: position))
            let entry = tree.entries[value]
            if entry.kind == .scalar && !entry.isNull && Self.isValidID(tree.bytes(at: value)) {
                consume(position)
                return interned ? context.intern(tree.bytes(at: value)) : tree.string(at: value)
            }
        }
        guard let id = string(key) else { return nil }
        guard Self.isValidID(id) else {
            fail(key, "\"\(id)\" is not a valid id; expected lower-case ASCII letters, digits and '-'")
            return nil
        }
        return interned ? context.intern(id) : id
    }

    /// True when these bytes are a valid id (see `isValidID(_:)`).
    static func isValidID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first != UInt8(ascii: "-"), bytes.count <= 64 else { return false }
        for byte in bytes where !((byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D) {
            return false
        }
        return true
    }

    /// True when the text these bytes hold starts with a character that shows: printable ASCII
    /// or a common CJK ideograph, as nearly every field's text does. Such a text is neither blank
    /// nor invisible (`isBlank` and `isInvisible` answer from the first character for it).
    static func startsVisibly(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if first > 0x20 && first < 0x7F { return true }
        guard bytes.count >= 3, first & 0xF0 == 0xE0, bytes[1] & 0xC0 == 0x80, bytes[2] & 0xC0 == 0x80 else { return false }
        return isCommonIdeograph(UInt32(first & 0x0F) << 12 | UInt32(bytes[1] & 0x3F) << 6 | UInt32(bytes[2] & 0x3F))
    }

    static func isValidID(_ id: String) -> Bool {
        // Lower-case ASCII letters, digits and '-', not starting with '-'; all ASCII, so the
        // length in bytes is the length in characters.
        var id = id
        return id.withUTF8 { isValidID($0) }
    }

    /// True when the text is empty or only white space and line breaks: what
    /// `trimmingCharacters(in: .whitespacesAndNewlines).isEmpty` says, without Foundation.
    static func isBlank(_ text: String) -> Bool {
        // Most texts start with a printable ASCII character: not blank, without walking the scalars.
        if let first = text.utf8.first, first > 0x20 && first < 0x7F { return false }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v > 0x20 && v < 0x7F || Self.isCommonIdeograph(v) { return false }
            let blank = v == 0x20 || (0x09...0x0D).contains(v) || v == 0x85 || v == 0x2028 || v == 0x2029
                || scalar.properties.generalCategory == .spaceSeparator
            if !blank { return false }
        }
        return true
    }

    /// True when no character of the text would show on screen: only white space, controls,
    /// format characters (zero-width space U+200B, joiners, bidi marks, U+FEFF), other default
    /// ignorable code points (U+3164 HANGUL FILLER, variation selectors), combining marks
    /// with nothing to combine with, U+2800 BRAILLE PATTERN BLANK, and unassigned or private
    /// code points. A name like that is a blank row on the dashboard.
    static func isInvisible(_ text: String) -> Bool {
        // Most texts start with a printable ASCII character: visible, without walking the scalars.
        if let first = text.utf8.first, first > 0x20 && first < 0x7F { return false }
        return !text.unicodeScalars.contains(where: isVisible)
    }

    private static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v > 0x20 && v < 0x7F || isCommonIdeograph(v) { return true }
        if scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint || v == 0x2800 { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .unassigned, .privateUse, .surrogate, .nonspacingMark, .enclosingMark,
             .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
    }

    /// CJK Unified Ideographs assigned since Unicode 1.1 (一 to 龥): visible letters, no white
    /// space, answered without looking up Unicode properties (most names and quotes start with one).
    private static func isCommonIdeograph(_ v: UInt32) -> Bool {
        v >= 0x4E00 && v <= 0x9FA5
    }

    /// `U+200B U+200C`, for messages about text that cannot be seen (at most eight).
    static func codePoints(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let shown = scalars.prefix(8).map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
        return shown.joined(separator: " ") + (scalars.count > 8 ? " ..." : "")
    }

    func int(_ key: String, required: Bool = false, range: ClosedRange<Int>) -> Int? {
        guard let node = take(key) else {
            if required { fail(key, "missing; expected a whole number") }
            return nil
        }
        // Plain digits (nearly every whole number in a file) are read from the bytes in place.
        if node.isScalar, let number = Self.digits(tree.bytes(at: node.index)), range.contains(number) {
            return number
        }
        guard let text = node.string, let number = Int(text), range.contains(number) else {
            fail(key, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(Self.describe(node))")
            return nil
        }
        return number
    }

    /// The number 1 to 18 ASCII digits write (as `Int(_:)` reads them); nil for anything else.
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var number = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            number = number * 10 + Int(byte - 0x30)
        }
        return number
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = true) -> E?
    where E.RawValue == String {
        anyEnumeration(key, type, required: required)
    }

    /// The case a field names, found by its bytes when they are exactly a case's raw value (as
    /// they almost always are); anything else is read and reported as any enumeration is.
    func enumeration<E: ByteNamedCases>(_ key: String, _ type: E.Type, required: Bool = true) -> E? {
        if let position = index(of: key) {
            let value = tree.next(after: self.key(at: position))
            let entry = tree.entries[value]
            if entry.kind == .scalar && !entry.isNull, let found = E.named(tree.bytes(at: value)) {
                consume(position)
                return found
            }
        }
        return anyEnumeration(key, type, required: required)
    }

    private func anyEnumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool) -> E?
    where E.RawValue == String {
        guard let raw = string(key, required: required) else { return nil }
        guard let value = E(rawValue: raw) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            fail(key, "unknown value \"\(raw)\"; expected one of \(allowed)")
            return nil
        }
        return value
    }

    /// `interned` keeps each text once however many records repeat it (`LoadContext.intern`).
    func localized(_ key: String, required: Bool = true, interned: Bool = false) -> Localized? {
        guard let node = take(key) else {
            if required { fail(key, "missing; expected {zh: ..., en: ...}") }
            return nil
        }
        return Self.localized(node, path: "\(path).\(key)", reader: self, interned: interned)
    }

    /// `path` is made only for a message: not for every field read, as it was.
    static func localized(_ node: YAMLNode, path: @autoclosure () -> String, reader: RecordReader,
                          interned: Bool = false) -> Localized? {
        guard node.isMapping else {
            reader.report(at: node, "\(path()): expected {zh: ..., en: ...}, found \(describe(node))")
            return nil
        }
        // One pass over the keys finds both values (as `node["zh"]` and `node["en"]` would, each
        // a search comparing strings) and tells whether any other key needs reporting.
        let tree = node.tree
        var values: (zh: YAMLNode?, en: YAMLNode?) = (nil, nil)
        var hasOtherKeys = false
        var key: Int?
        for child in node.children {
            guard let keyIndex = key else {
                key = child
                continue
            }
            key = nil
            let entry = tree.entries[keyIndex]
            let bytes = tree.bytes(at: keyIndex)
            if entry.kind == .scalar && bytes.count == 2 && bytes[0] == UInt8(ascii: "z") && bytes[1] == UInt8(ascii: "h") {
                if values.zh == nil { values.zh = YAMLNode(tree: tree, index: child) }
            } else if entry.kind == .scalar && bytes.count == 2 && bytes[0] == UInt8(ascii: "e") && bytes[1] == UInt8(ascii: "n") {
                if values.en == nil { values.en = YAMLNode(tree: tree, index: child) }
            } else {
                hasOtherKeys = true
            }
        }
        func text(_ language: String, _ value: YAMLNode?) -> String? {
            if let value, value.isScalar, !value.isNull {
                let bytes = node.tree.bytes(at: value.index)
                // Neither blank nor invisible, from its first character: no need to walk the text.
                if startsVisibly(bytes) {
                    return interned ? reader.context.intern(bytes) : node.tree.string(at: value.index)
                }
            }
            guard let value, let string = value.string, !isNull(value), !isBlank(string) else {
                reader.report(at: value ?? node, "\(path()).\(language): missing or empty; expected text")
                return nil
            }
            if isInvisible(string) {
                reader.report(at: value, "\(path()).\(language): has only invisible characters "
                    + "(\(codePoints(string))); expected visible text")
                return nil
            }
            return interned ? reader.context.intern(string) : string
        }
        let zh = text("zh", values.zh)
        let en = text("en", values.en)
        var isKey = true
        for child in node.children where hasOtherKeys {
            defer { isKey.toggle() }
            let key = YAMLNode(tree: node.tree, index: child)
            guard isKey, !key.hasText("zh"), !key.hasText("en") else { continue }
            reader.report(at: key, "\(path()): unknown field `\(key.string ?? "?")`; expected zh and en")
        }
        guard let zh, let en else { return nil }
        return Localized(zh: zh, en: en)
    }

    func list(_ key: String, required: Bool = false) -> [YAMLNode] {
        guard let node = take(key) else {
            if required { fail(key, "missing; expected a list") }
            return []
        }
        guard let sequence = node.sequence else {
            fail(key, "expected a list, found \(Self.describe(node))")
            return []
        }
        return sequence
    }

    func localizedList(_ key: String, required: Bool = false) -> [Localized] {
        list(key, required: required).enumerated().compactMap { index, node in
            Self.localized(node, path: "\(path).\(key)[\(index)]", reader: self)
        }
    }

    /// An id naming another record; checked once all files are loaded.
    func reference(_ key: String, to target: PendingReference.Target, required: Bool = false) -> String? {
        // Interned: 100,000 metrics name a few thousand subjects, each id a heap string otherwise.
        guard let id = required ? id(key, interned: true) : optionalID(key) else { return nil }
        expect(id, target: target, field: key)
        return id
    }

    func references(_ key: String, to target: PendingReference.Target) -> [String] {
        list(key).enumerated().compactMap { index, node in
            guard let id = node.string, Self.isValidID(id) else {
                report(at: node, "\(path).\(key)[\(index)]: expected an id, found \(Self.describe(node))")
                return nil
            }
            expect(id, target: target, field: "\(key)[\(index)]", at: node)
            return id
        }
    }

    private func optionalID(_ key: String) -> String? {
        guard let position = index(of: key) else { return nil }
        if YAMLNode(tree: tree, index: tree.next(after: self.key(at: position))).isNull {
            // A null id is no reference, and the key counts as read.
            consume(position)
            return nil
        }
        return id(key, interned: true)
    }

    private func expect(_ id: String, target: PendingReference.Target, field: String, at node: YAMLNode? = nil) {
        // Most ids name a record already read: nothing to keep, so no reference is made.
        if context.isKnown(id, target) { return }
        let mark = (node ?? value(field))?.mark ?? self.node.mark
        context.expect(PendingReference(target: target, id: id, file: file, path: path, field: field,
                                        line: mark?.line ?? 0, column: mark?.column ?? 0))
    }

    func provenance() -> Provenance? {
        let source = reference("source", to: .source, required: true)
        let quote = string("quote", interned: true)
        guard let source, let quote else { return nil }
        if let article = context.articles[source], !article.containsExactly(quote) {
            fail("quote", "not found in the article of source \"\(source)\"; a quote must be copied exactly")
        }
        return Provenance(source: source, quote: quote)
    }

    /// Line of the record itself, for cross-reference messages raised after loading.
    var line: Int { node.mark?.line ?? 0 }
    var column: Int { node.mark?.column ?? 0 }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
