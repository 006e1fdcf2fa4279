/// Reads the fields of one YAML mapping into Swift values. Every missing, mistyped or unknown
/// field is reported to the load context with its line and column, and reading goes on, so one pass
/// finds every problem in a file.
final class RecordReader {
    let file: String
    /// Where this record is, for messages: `metrics[3]`.
    let path: String
    let context: LoadContext
    private let node: YAMLNode
    private let mapping: YAMLNode.Mapping?
    private let keys: [YAMLNode.Mapping.Key]
    private let values: [YAMLNode]
    /// Which keys a reader asked for, by position (keys are unique: `YAMLComposer` refuses
    /// duplicates).
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
        self.mapping = node.mapping
        keys = mapping?.keys ?? []
        values = mapping?.values ?? []
        consumed = Array(repeating: false, count: keys.count)
        if mapping == nil {
            report(at: node, "\(path): expected a mapping of fields, found \(Self.describe(node))")
        }
    }

    var isMapping: Bool { mapping != nil }

    // MARK: Reporting

    func report(at node: YAMLNode?, _ message: String) {
        report(mark: node?.mark ?? self.node.mark, message)
    }

    func report(at key: YAMLNode.Mapping.Key, _ message: String) {
        report(mark: key.mark ?? node.mark, message)
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
        guard mapping != nil else { return }
        for (index, key) in keys.enumerated() where !consumed[index] {
            report(at: key, "\(path): unknown field `\(key.string ?? "?")`")
        }
    }

    // MARK: Raw access

    private func index(of key: String) -> Int? {
        let count = keys.count
        var index = hint
        for _ in 0..<count {
            if index >= count { index = 0 }
            if keys[index].string == key {
                hint = index + 1
                return index
            }
            index += 1
        }
        return nil
    }

    private func value(_ key: String) -> YAMLNode? {
        index(of: key).map { values[$0] }
    }

    /// The value of `key`, nil when it is missing or null; either way the key counts as read.
    private func take(_ key: String) -> YAMLNode? {
        guard let index = index(of: key) else { return nil }
        consumed[index] = true
        let node = values[index]
        return node.isNull ? nil : node
    }

    static func isNull(_ node: YAMLNode) -> Bool {
        node.isNull
    }

    static func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar): "the scalar \"\(scalar.string.prefix(40))\""
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
        guard case .scalar(let scalar) = node else {
            fail(key, "expected text, found \(Self.describe(node))")
            return nil
        }
        if Self.isBlank(scalar.string) {
            fail(key, "is empty; expected text")
            return nil
        }
        if Self.isInvisible(scalar.string) {
            fail(key, "has only invisible characters (\(Self.codePoints(scalar.string))); expected visible text")
            return nil
        }
        return scalar.string
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
        return utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// True when the text is empty or only white space and line breaks: what
    /// `trimmingCharacters(in: .whitespacesAndNewlines).isEmpty` says, without Foundation.
    static func isBlank(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v > 0x20 && v < 0x7F { return false }
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
        !text.unicodeScalars.contains(where: isVisible)
    }

    private static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v > 0x20 && v < 0x7F { return true }
        if scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint || v == 0x2800 { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .unassigned, .privateUse, .surrogate, .nonspacingMark, .enclosingMark,
             .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
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
        guard case .scalar(let scalar) = node, let number = Int(scalar.string), range.contains(number) else {
            fail(key, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(Self.describe(node))")
            return nil
        }
        return number
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = true) -> E?
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

    static func localized(_ node: YAMLNode, path: String, reader: RecordReader) -> Localized? {
        guard let mapping = node.mapping else {
            reader.report(at: node, "\(path): expected {zh: ..., en: ...}, found \(describe(node))")
            return nil
        }
        var texts: [String: String] = [:]
        for language in ["zh", "en"] {
            guard let value = mapping[language], case .scalar(let scalar) = value, !isNull(value),
                  !isBlank(scalar.string) else {
                reader.report(at: mapping[language] ?? node, "\(path).\(language): missing or empty; expected text")
                continue
            }
            if isInvisible(scalar.string) {
                reader.report(at: value, "\(path).\(language): has only invisible characters "
                    + "(\(codePoints(scalar.string))); expected visible text")
                continue
            }
            texts[language] = scalar.string
        }
        for key in mapping.keys where key.string != "zh" && key.string != "en" {
            reader.report(at: key, "\(path): unknown field `\(key.string ?? "?")`; expected zh and en")
        }
        guard let zh = texts["zh"], let en = texts["en"] else { return nil }
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
        guard let id = required ? id(key) : optionalID(key) else { return nil }
        expect(id, target: target, field: key)
        return id
    }

    func references(_ key: String, to target: PendingReference.Target) -> [String] {
        list(key).enumerated().compactMap { index, node in
            guard case .scalar(let scalar) = node, Self.isValidID(scalar.string) else {
                report(at: node, "\(path).\(key)[\(index)]: expected an id, found \(Self.describe(node))")
                return nil
            }
            expect(scalar.string, target: target, field: "\(key)[\(index)]", at: node)
            return scalar.string
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
