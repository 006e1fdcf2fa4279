/// A parsed YAML node, as much of it as the record readers use: scalar text (and whether it is
/// null), mappings in file order, lists, and the 1-based line and column where each node starts.
///
/// `YAMLComposer` builds it from libyaml's events: one record at a time for data files, the
/// whole document for `kiosk.yaml`.
enum YAMLNode {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(List)
    case alias(Position?)

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

    /// A mapping's keys and values in file order, kept apart so that looking up a key compares
    /// strings only.
    struct Mapping {
        struct Key {
            /// The key's text; nil for a key that is not a scalar.
            var string: String?
            var mark: Position?
        }

        var keys: [Key]
        var values: [YAMLNode]
        var mark: Position?

        init(keys: [Key] = [], values: [YAMLNode] = [], mark: Position?) {
            self.keys = keys
            self.values = values
            self.mark = mark
        }

        /// The value of the first key whose text is `key`.
        subscript(_ key: String) -> YAMLNode? {
            for index in keys.indices where keys[index].string == key { return values[index] }
            return nil
        }
    }

    struct List {
        var items: [YAMLNode]
        var mark: Position?
    }

    var mark: Position? {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(let mapping): mapping.mark
        case .sequence(let list): list.mark
        case .alias(let mark): mark
        }
    }

    var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    var mapping: Mapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }

    /// The items when this is a list.
    var sequence: [YAMLNode]? {
        if case .sequence(let list) = self { return list.items }
        return nil
    }

    var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.isNull }
        return false
    }

    /// The value under `key` when this is a mapping.
    subscript(_ key: String) -> YAMLNode? {
        mapping?[key]
    }
}

extension YAMLNode {
    /// The plain scalars YAML 1.1's core schema reads as null: `~`, `null`, `Null`, `NULL` or nothing.
    static func isNullText(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }
}
