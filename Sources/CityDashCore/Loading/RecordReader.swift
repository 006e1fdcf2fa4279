/// Reads the fields of one YAML mapping into Swift values. Every missing, mistyped or unknown
/// field is reported to the load context with its line and column, and reading goes on, so one pass
/// finds every problem in a file.
final class RecordReader {
    let file: String
    /// Where this record is, for messages: `metrics[3]`.
    let path: String
    let context: LoadContext
    private let node: YAMLNode
    private let tree: YAMLTree
    /// The mapping's keys, as indexes in `tree` (each value is the node after its key). Keys are
    /// unique: `YAMLComposer` refuses duplicates.
    private let keys: [Int]
    /// The keys, for telling quickly that a field is missing.
    private let keyBits: KeyBits
    /// Which keys a reader asked for, by position.
    private var consumed: [Bool]
    /// Where to start looking for the next key: readers ask in about the order files list them.
    private var hint = 0
    /// Fields already reported as wrong, so that checks between fields do not report them again.
    private(set) var failedFields: Set<String> = []

    init(file: String, path: String, node: YAMLNode, context: LoadContext) {
        self.file = file
        self.path = path
        self.node = node
        self.context = context
        tree = node.tree
        var keys: [Int] = []
        if node.isMapping {
            // At most one key per two entries of the subtree: one allocation, not one per doubling.
            keys.reserveCapacity((tree.next(after: node.index) - node.index) / 2)
            var isKey = true
            for child in node.children {
                if isKey { keys.append(child) }
                isKey.toggle()
            }
        }
        self.keys = keys
        var keyBits = KeyBits()
        for key in keys where tree.entries[key].kind == .scalar { _ = keyBits.insert(tree.bytes(at: key)) }
        self.keyBits = keyBits
        consumed = Array(repeating: false, count: keys.count)
        if !node.isMapping {
            report(at: node, "\(path): expected a mapping of fields, found \(Self.describe(node))")
        }
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
        for (index, key) in keys.enumerated() where !consumed[index] {
            let key = YAMLNode(tree: tree, index: key)
            report(at: key, "\(path): unknown field `\(key.string ?? "?")`")
        }
    }

    // MARK: Raw access

    private func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { key in
            guard keyBits.mayContain(key) else { return nil }
            let entries = tree.entries
            return keys.withUnsafeBufferPointer { keys in
                let count = keys.count
                // From the key found last: a field is often looked up again (its value, then
                // its position for a message or a reference), and keys are unique, so where
                // the search starts changes only how long it takes.
                var index = hint > 0 ? hint - 1 : 0
                for _ in 0..<count {
                    if index >= count { index = 0 }
                    // The length first: most keys differ in it, and it needs no look at the text.
                    let entry = entries[keys[index]]
                    if entry.kind == .scalar && Int(entry.length) == key.count
                        && YAMLTree.same(tree.bytes(at: keys[index]), key) {
                        hint = index + 1
                        return index
                    }
                    index += 1
                }
                return nil
            }
        }
    }

    private func value(_ key: String) -> YAMLNode? {
        index(of: key).map { YAMLNode(tree: tree, index: tree.next(after: keys[$0])) }
    }

    /// The value of `key`, nil when it is missing or null; either way the key counts as read.
    private func take(_ key: String) -> YAMLNode? {
        guard let index = index(of: key) else { return nil }
        consumed[index] = true
        let node = YAMLNode(tree: tree, index: tree.next(after: keys[index]))
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

    func string(_ key: String, required: Bool = true) -> String? {
        guard let node = take(key) else {
            if required { fail(key, "missing; expected text") }
            return nil
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
        return string
    }

    /// A stable id: lower-case ASCII letters, digits and hyphens.
    func id(_ key: String = "id") -> String? {
        guard let id = string(key) else { return nil }
        guard Self.isValidID(id) else {
            fail(key, "\"\(id)\" is not a valid id; expected lower-case ASCII letters, digits and '-'")
            return nil
        }
        return id
    }

    static func isValidID(_ id: String) -> Bool {
        // Lower-case ASCII letters, digits and '-', not starting with '-'; all ASCII, so the
        // length in bytes is the length in characters.
        let utf8 = id.utf8
        guard let first = utf8.first, first != UInt8(ascii: "-"), utf8.count <= 64 else { return false }
        func allowed(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D }
        // Over the contiguous bytes when there are (always, for a string read from a file).
        return utf8.withContiguousStorageIfAvailable { $0.allSatisfy(allowed) } ?? utf8.allSatisfy(allowed)
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
        guard let text = node.string, let number = Int(text), range.contains(number) else {
            fail(key, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(Self.describe(node))")
            return nil
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
        if let index = index(of: key) {
            let value = tree.next(after: keys[index])
            let entry = tree.entries[value]
            if entry.kind == .scalar && !entry.isNull, let found = E.named(tree.bytes(at: value)) {
                consumed[index] = true
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

    func localized(_ key: String, required: Bool = true) -> Localized? {
        guard let node = take(key) else {
            if required { fail(key, "missing; expected {zh: ..., en: ...}") }
            return nil
        }
        return Self.localized(node, path: "\(path).\(key)", reader: self)
    }

    /// `path` is made only for a message: not for every field read, as it was.
    static func localized(_ node: YAMLNode, path: @autoclosure () -> String, reader: RecordReader) -> Localized? {
        guard node.isMapping else {
            reader.report(at: node, "\(path()): expected {zh: ..., en: ...}, found \(describe(node))")
            return nil
        }
        func text(_ language: String) -> String? {
            let value = node[language]
            guard let value, let string = value.string, !isNull(value), !isBlank(string) else {
                reader.report(at: value ?? node, "\(path()).\(language): missing or empty; expected text")
                return nil
            }
            if isInvisible(string) {
                reader.report(at: value, "\(path()).\(language): has only invisible characters "
                    + "(\(codePoints(string))); expected visible text")
                return nil
            }
            return string
        }
        let zh = text("zh")
        let en = text("en")
        var isKey = true
        for child in node.children {
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
        guard let id = (required ? id(key) : optionalID(key)).map(context.intern) else { return nil }
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
        guard value(key).map({ !Self.isNull($0) }) ?? false else {
            _ = take(key)
            return nil
        }
        return id(key)
    }

    private func expect(_ id: String, target: PendingReference.Target, field: String, at node: YAMLNode? = nil) {
        let mark = (node ?? value(field))?.mark ?? self.node.mark
        context.expect(PendingReference(target: target, id: id, file: file, path: path, field: field,
                                        line: mark?.line ?? 0, column: mark?.column ?? 0))
    }

    func provenance() -> Provenance? {
        let source = reference("source", to: .source, required: true)
        let quote = string("quote")
        guard let source, let quote else { return nil }
        if let article = context.articles[source], !article.containsExactly(quote) {
            fail("quote", "not found in the article of source \"\(source)\"; a quote must be copied exactly")
        }
        return Provenance(source: source, quote: context.intern(quote))
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
