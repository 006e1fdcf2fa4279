import Foundation
import Yams

/// Reads the fields of one YAML mapping into Swift values. Every missing, mistyped or unknown
/// field is reported to the load context with its line and column, and reading goes on, so one pass
/// finds every problem in a file.
final class RecordReader {
    let file: String
    /// Where this record is, for messages: `metrics[3]`.
    let path: String
    let context: LoadContext
    private let node: Node
    private let mapping: Node.Mapping?
    private var consumed: Set<String> = []

    init(file: String, path: String, node: Node, context: LoadContext) {
        self.file = file
        self.path = path
        self.node = node
        self.context = context
        self.mapping = node.mapping
        if mapping == nil {
            report(at: node, "\(path): expected a mapping of fields, found \(Self.describe(node))")
        }
    }

    var isMapping: Bool { mapping != nil }

    // MARK: Reporting

    func report(at node: Node?, _ message: String) {
        let mark = node?.mark ?? self.node.mark
        context.report(Diagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, message: message))
    }

    /// Reports a problem with one field, located at its value (or at the record when it is missing).
    func fail(_ key: String, _ message: String) {
        report(at: value(key), "\(path).\(key): \(message)")
    }

    /// Reports every key that no reader asked for: usually a typo that would silently drop data.
    func finish() {
        guard let mapping else { return }
        for (key, _) in mapping {
            let name = key.scalar?.string ?? "?"
            if !consumed.contains(name) {
                report(at: key, "\(path): unknown field `\(name)`")
            }
        }
    }

    // MARK: Raw access

    private func value(_ key: String) -> Node? {
        mapping?[key]
    }

    private func take(_ key: String) -> Node? {
        consumed.insert(key)
        guard let node = value(key), !Self.isNull(node) else { return nil }
        return node
    }

    static func isNull(_ node: Node) -> Bool {
        if case .scalar = node { return node.tag == Tag(.null) }
        return false
    }

    static func describe(_ node: Node) -> String {
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
        if scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            fail(key, "is empty; expected text")
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
        guard let first = id.unicodeScalars.first, first.properties.isLowercase || ("0"..."9").contains(first) else {
            return false
        }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && id.count <= 64
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

    static func localized(_ node: Node, path: String, reader: RecordReader) -> Localized? {
        guard let mapping = node.mapping else {
            reader.report(at: node, "\(path): expected {zh: ..., en: ...}, found \(describe(node))")
            return nil
        }
        var texts: [String: String] = [:]
        for language in ["zh", "en"] {
            guard let value = mapping[language], case .scalar(let scalar) = value, !isNull(value),
                  !scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                reader.report(at: mapping[language] ?? node, "\(path).\(language): missing or empty; expected text")
                continue
            }
            texts[language] = scalar.string
        }
        for (key, _) in mapping where !["zh", "en"].contains(key.scalar?.string ?? "") {
            reader.report(at: key, "\(path): unknown field `\(key.scalar?.string ?? "?")`; expected zh and en")
        }
        guard let zh = texts["zh"], let en = texts["en"] else { return nil }
        return Localized(zh: zh, en: en)
    }

    func list(_ key: String, required: Bool = false) -> [Node] {
        guard let node = take(key) else {
            if required { fail(key, "missing; expected a list") }
            return []
        }
        guard let sequence = node.sequence else {
            fail(key, "expected a list, found \(Self.describe(node))")
            return []
        }
        return Array(sequence)
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
            consumed.insert(key)
            return nil
        }
        return id(key)
    }

    private func expect(_ id: String, target: PendingReference.Target, field: String, at node: Node? = nil) {
        let mark = (node ?? value(field))?.mark ?? self.node.mark
        let message = "\(path).\(field): unknown id \"\(id)\"; expected an id from \(target.rawValue)"
        context.expect(PendingReference(
            target: target, id: id,
            diagnostic: Diagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, message: message)))
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
