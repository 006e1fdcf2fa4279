/// A parsed YAML node, as much of it as the record readers use: scalar text (and whether it is
/// null), mappings in file order, lists, and the 1-based line and column where each node starts.
///
/// A node is a handle: an index into a `YAMLTree`, which holds every node of a record (or of a
/// whole small document such as `kiosk.yaml`) in one flat array and every scalar's bytes in one
/// buffer. Scalars become `String`s only when a reader asks for their text. `YAMLComposer`
/// builds the trees from libyaml's events.
struct YAMLNode {
    let tree: YAMLTree
    let index: Int

    enum Kind: UInt8 {
        case scalar, mapping, sequence, alias
    }

    /// 1-based line and column (columns count Unicode scalars, as libyaml does).
    struct Position: Equatable, Sendable {
        var line: Int
        var column: Int

        init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    struct Scalar {
        var string: String
        /// True for a plain `null`, `Null`, `NULL`, `~` or empty scalar, or one tagged `!!null`.
        var isNull: Bool
        var mark: Position?
    }

    private var entry: YAMLTree.Entry { tree.entries[index] }

    var kind: Kind { entry.kind }

    var mark: Position? {
        let entry = entry
        return Position(line: Int(entry.line), column: Int(entry.column))
    }

    var isScalar: Bool { entry.kind == .scalar }
    var isMapping: Bool { entry.kind == .mapping }

    var isNull: Bool {
        let entry = entry
        return entry.kind == .scalar && entry.isNull
    }

    /// The scalar's text; nil for anything else.
    var string: String? {
        isScalar ? tree.string(at: index) : nil
    }

    var scalar: Scalar? {
        guard isScalar else { return nil }
        return Scalar(string: tree.string(at: index), isNull: entry.isNull, mark: mark)
    }

    /// True when this is a scalar whose text is `text`, compared byte for byte without making a String.
    func hasText(_ text: String) -> Bool {
        isScalar && tree.scalar(at: index, equals: text)
    }

    /// The nodes directly inside a mapping (keys and values alternating) or a list.
    var children: YAMLTree.Children { YAMLTree.Children(tree: tree, parent: index) }

    /// The items when this is a list.
    var sequence: [YAMLNode]? {
        guard entry.kind == .sequence else { return nil }
        return children.map { YAMLNode(tree: tree, index: $0) }
    }

    /// The keys of a mapping in file order (empty for anything else); each key's value is
    /// `value(ofKey:)`.
    var keys: [YAMLNode] {
        guard isMapping else { return [] }
        var keys: [YAMLNode] = []
        var isKey = true
        for child in children {
            if isKey { keys.append(YAMLNode(tree: tree, index: child)) }
            isKey.toggle()
        }
        return keys
    }

    /// The value that follows a mapping's key.
    func value(ofKey key: YAMLNode) -> YAMLNode {
        YAMLNode(tree: tree, index: tree.next(after: key.index))
    }

    /// The value under the first key whose text is `key`, when this is a mapping.
    subscript(_ key: String) -> YAMLNode? {
        guard isMapping else { return nil }
        var isKey = true
        var found = false
        for child in children {
            if found { return YAMLNode(tree: tree, index: child) }
            if isKey && tree.entries[child].kind == .scalar && tree.scalar(at: child, equals: key) { found = true }
            isKey.toggle()
        }
        return nil
    }
}

extension YAMLNode {
    /// The plain scalars YAML 1.1's core schema reads as null: `~`, `null`, `Null`, `NULL` or nothing.
    static func isNullText(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        switch text.count {
        case 0: return true
        case 1: return text[0] == UInt8(ascii: "~")
        case 4:
            let n = text[0], rest = (text[1], text[2], text[3])
            return (n == UInt8(ascii: "n") || n == UInt8(ascii: "N")) && rest == (117, 108, 108)  // "ull"
                || n == UInt8(ascii: "N") && rest == (85, 76, 76)  // "ULL"
        default: return false
        }
    }
}
