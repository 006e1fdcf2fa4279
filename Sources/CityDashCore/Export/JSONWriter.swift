/// Encodes `Encodable` values as the JSON `citydash export` writes: pretty-printed with two
/// spaces, keys in snake_case and sorted, `/` unescaped, every control character (C0, DEL, C1)
/// and U+2028/U+2029 escaped so that no terminal or JavaScript reader acts on the text.
/// It replaces Foundation's `JSONEncoder` (the executable links no Foundation) for the export's
/// options only.
public enum JSONWriter {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        var out = ""
        try JSONTree.encode(value, codingPath: []).write(to: &out, indent: 0)
        return out
    }

    /// `normalizedText` → `normalized_text`, as `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase`
    /// does for the model's keys (lower camelCase, no acronyms).
    static func snakeCase(_ key: String) -> String {
        var result = ""
        result.reserveCapacity(key.utf8.count + 4)
        for character in key {
            if character.isUppercase, !result.isEmpty {
                result += "_"
                result += character.lowercased()
            } else {
                result += character.lowercased()
            }
        }
        return result
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029:
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func number(_ value: Double, codingPath: [any CodingKey]) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: codingPath, debugDescription: "JSON has no \(value)"))
        }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

/// A JSON value being built by `JSONTree.Encoder`; a class, so that nested containers can fill
/// it after their parent has stored it.
final class JSONTree {
    enum Content {
        case null, literal(String), array([JSONTree]), object([String: JSONTree])
    }

    var content: Content

    init(_ content: Content) {
        self.content = content
    }

    static func encode<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> JSONTree {
        switch value {
        case let text as String: return JSONTree(.literal(JSONWriter.quoted(text)))
        case let flag as Bool: return JSONTree(.literal(flag ? "true" : "false"))
        case let number as Double: return JSONTree(.literal(try JSONWriter.number(number, codingPath: codingPath)))
        case let number as Float: return JSONTree(.literal(try JSONWriter.number(Double(number), codingPath: codingPath)))
        case let number as any BinaryInteger: return JSONTree(.literal("\(number)"))
        default:
            let tree = JSONTree(.object([:]))
            try value.encode(to: Encoder(tree: tree, codingPath: codingPath))
            return tree
        }
    }

    func write(to out: inout String, indent: Int) throws {
        let inner = String(repeating: " ", count: indent + 2)
        switch content {
        case .null: out += "null"
        case .literal(let text): out += text
        case .array(let items):
            guard !items.isEmpty else { return out += "[]" }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                try item.write(to: &out, indent: indent + 2)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { return out += "{}" }
            out += "{\n"
            let keys = members.keys.sorted()
            for (index, key) in keys.enumerated() {
                out += inner + JSONWriter.quoted(key) + " : "
                try members[key]?.write(to: &out, indent: indent + 2)
                out += index == keys.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    fileprivate func set(_ key: String, _ value: JSONTree) {
        guard case .object(var members) = content else { return content = .object([key: value]) }
        content = .null  // drop the reference so the dictionary is not copied
        members[key] = value
        content = .object(members)
    }

    fileprivate func append(_ value: JSONTree) {
        guard case .array(var items) = content else { return content = .array([value]) }
        content = .null
        items.append(value)
        content = .array(items)
    }

    fileprivate var count: Int {
        if case .array(let items) = content { return items.count }
        return 0
    }

    struct Encoder: Swift.Encoder {
        let tree: JSONTree
        var codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case .object = tree.content {} else { tree.content = .object([:]) }
            return KeyedEncodingContainer(Keyed<Key>(tree: tree, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if case .array = tree.content {} else { tree.content = .array([]) }
            return Unkeyed(tree: tree, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Single(tree: tree, codingPath: codingPath)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let tree: JSONTree
        var codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { tree.set(JSONWriter.snakeCase(key.stringValue), JSONTree(.null)) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            tree.set(JSONWriter.snakeCase(key.stringValue), try JSONTree.encode(value, codingPath: codingPath + [key]))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey> {
            let child = JSONTree(.object([:]))
            tree.set(JSONWriter.snakeCase(key.stringValue), child)
            return KeyedEncodingContainer(Keyed<NestedKey>(tree: child, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = JSONTree(.array([]))
            tree.set(JSONWriter.snakeCase(key.stringValue), child)
            return Unkeyed(tree: child, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Swift.Encoder {
            let child = JSONTree(.object([:]))
            tree.set("super", child)
            return Encoder(tree: child, codingPath: codingPath)
        }

        mutating func superEncoder(forKey key: Key) -> any Swift.Encoder {
            let child = JSONTree(.object([:]))
            tree.set(JSONWriter.snakeCase(key.stringValue), child)
            return Encoder(tree: child, codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let tree: JSONTree
        var codingPath: [any CodingKey]
        var count: Int { tree.count }

        mutating func encodeNil() throws { tree.append(JSONTree(.null)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            tree.append(try JSONTree.encode(value, codingPath: codingPath))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey> {
            let child = JSONTree(.object([:]))
            tree.append(child)
            return KeyedEncodingContainer(Keyed<NestedKey>(tree: child, codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = JSONTree(.array([]))
            tree.append(child)
            return Unkeyed(tree: child, codingPath: codingPath)
        }

        mutating func superEncoder() -> any Swift.Encoder {
            let child = JSONTree(.object([:]))
            tree.append(child)
            return Encoder(tree: child, codingPath: codingPath)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let tree: JSONTree
        var codingPath: [any CodingKey]

        mutating func encodeNil() throws { tree.content = .null }

        mutating func encode<T: Encodable>(_ value: T) throws {
            tree.content = try JSONTree.encode(value, codingPath: codingPath).content
        }
    }
}
