/// Builds nodes (a scalar, or a whole mapping or list) into a `YAMLTree` from `YAMLEventReader`
/// events, and whole single-document files (`kiosk.yaml`).
///
/// It gives up (`nil`) when libyaml reports an error or a mapping repeats a key; the reader's
/// `problem` then says what and where.
enum YAMLComposer {
    /// A collection still being read.
    private struct Open {
        var index: Int
        var isMapping: Bool
        /// The mapping's last key so far when its value is still to come.
        var pendingKey: Int?
        /// How many keys the mapping has so far.
        var keyCount = 0
        /// True once the mapping's keys are in `Composition.keyIndexes` (more than `linearKeys`).
        var isIndexed = false
        /// The scalar keys so far (of the mapping's first `linearKeys`): a key whose bit is clear
        /// repeats none of them, and is not compared with each. That comparison was most of the
        /// cost of the check.
        var keyBits = KeyBits()

        static let linearKeys = 32
    }

    /// Where each scalar key's text is, for each mapping being read with more than
    /// `Open.linearKeys` keys (by its index in the tree): searching the keys for each new key
    /// made a mapping of n keys cost n² (40,000 keys took 5 s), while hashing every key of the
    /// small mappings records are made of cost more than comparing them. Kept apart from `Open`
    /// so that the stack of open collections holds only plain values.
    private typealias KeyIndexes = [Int: [String: Int]]

    /// The node that starts with `first`, which must be the reader's last event, reading the rest
    /// of it from `events` into `tree`; its index there.
    static func node(startingWith first: YAMLEventReader.Event, _ events: YAMLEventReader, into tree: YAMLTree) -> Int? {
        var stack: [Open] = []
        // A record nests a few levels deep: one allocation, not one for each doubling.
        stack.reserveCapacity(4)
        var keyIndexes: KeyIndexes = [:]
        var event = first
        while true {
            var finished: Int?
            switch event.kind {
            case .scalar:
                finished = tree.appendScalar(events.scalarBytes, isNull: events.scalarIsNull, at: event.mark)
            case .alias:
                finished = tree.append(.alias, at: event.mark)
            case .mappingStart:
                stack.append(Open(index: tree.append(.mapping, at: event.mark), isMapping: true))
            case .sequenceStart:
                stack.append(Open(index: tree.append(.sequence, at: event.mark), isMapping: false))
            case .mappingEnd, .sequenceEnd:
                guard let open = stack.popLast() else { return nil }
                if open.isIndexed { keyIndexes[open.index] = nil }
                tree.close(open.index)
                finished = open.index
            case .streamStart, .streamEnd, .documentStart, .documentEnd:
                events.fail(YAMLSyntaxError(line: event.mark.line, column: event.mark.column,
                                            message: "YAML error: unexpected \(event.kind) event"))
                return nil
            }
            if let node = finished {
                let top = stack.count - 1
                guard top >= 0 else { return node }
                if !stack[top].isMapping {
                    // Nothing to do: the item is in the tree, inside its list.
                } else if stack[top].pendingKey != nil {
                    stack[top].pendingKey = nil
                } else {
                    if let earlier = earlierUse(of: node, in: &stack[top], tree, &keyIndexes) {
                        events.fail(repeated(YAMLNode(tree: tree, index: node),
                                             firstAt: YAMLNode(tree: tree, index: earlier).mark))
                        return nil
                    }
                    stack[top].pendingKey = node
                    stack[top].keyCount += 1
                }
            }
            guard let next = events.next() else { return nil }
            event = next
        }
    }

    /// The earlier key of `open` with the same text as `key`, its newest key.
    private static func earlierUse(of key: Int, in open: inout Open, _ tree: YAMLTree,
                                   _ keyIndexes: inout KeyIndexes) -> Int? {
        guard tree.entries[key].kind == .scalar else { return nil }
        if !open.isIndexed {
            if open.keyCount < Open.linearKeys {
                let entries = tree.entries
                let length = entries[key].length
                if !open.keyBits.insert(tree.bytes(at: key)) { return nil }
                var isKey = true
                for child in YAMLTree.Children(tree: tree, open: open.index) where child != key {
                    // The length first: most keys differ in it.
                    if isKey && entries[child].kind == .scalar && entries[child].length == length
                        && tree.scalar(at: child, equalsScalarAt: key) {
                        return child
                    }
                    isKey.toggle()
                }
                return nil
            }
            var keyIndex: [String: Int] = [:]
            var isKey = true
            for child in YAMLTree.Children(tree: tree, open: open.index) where child != key {
                if isKey && tree.entries[child].kind == .scalar { keyIndex[tree.string(at: child)] = child }
                isKey.toggle()
            }
            keyIndexes[open.index] = keyIndex
            open.isIndexed = true
        }
        let text = tree.string(at: key)
        if let index = keyIndexes[open.index, default: [:]].updateValue(key, forKey: text) {
            keyIndexes[open.index, default: [:]][text] = index
            return index
        }
        return nil
    }

    /// The problem of a key used twice in one mapping, at its second use.
    static func repeated(_ key: YAMLNode, firstAt first: YAMLNode.Position?) -> YAMLSyntaxError {
        let firstUse = first.map { " (first at line \($0.line), column \($0.column))" } ?? ""
        return YAMLSyntaxError(line: key.mark?.line ?? 0, column: key.mark?.column ?? 0,
                               message: "YAML syntax error: duplicate key \"\((key.string ?? "").prefix(40))\" "
                                   + "in a mapping\(firstUse)")
    }

    /// After a document's top-level node: the document must end, and no other may follow.
    /// False (with the reader's `problem` set) otherwise.
    static func endDocument(_ events: YAMLEventReader) -> Bool {
        guard let end = events.next() else { return false }
        guard end.kind == .documentEnd, let next = events.next() else {
            events.fail(YAMLSyntaxError(line: end.mark.line, column: end.mark.column,
                                        message: "YAML error: unexpected \(end.kind) event after the document"))
            return false
        }
        guard next.kind == .streamEnd else {
            events.fail(YAMLSyntaxError(line: next.mark.line, column: next.mark.column, message: "YAML syntax error: "
                + "expected a single document in the stream but found another document"))
            return false
        }
        return true
    }

    /// The one document in `text` (nil for a file with no document: empty or only comments), or
    /// what is wrong with it. Anchors, aliases and deep nesting are refused first, as in data files.
    static func document(_ text: String) -> Result<YAMLNode?, YAMLSyntaxError> {
        if let problem = YAMLGuard.check(text) {
            return .failure(YAMLSyntaxError(line: problem.line, column: problem.column, message: problem.message))
        }
        var text = text
        return text.withUTF8 { bytes in
            let events = YAMLEventReader(bytes)
            guard events.next()?.kind == .streamStart, let first = events.next() else {
                return .failure(events.problem ?? YAMLSyntaxError(line: 0, column: 0, message: "YAML error: no stream"))
            }
            if first.kind == .streamEnd { return .success(nil) }
            let tree = YAMLTree()
            guard first.kind == .documentStart, let start = events.next(),
                  let node = node(startingWith: start, events, into: tree), endDocument(events) else {
                return .failure(events.problem ?? YAMLSyntaxError(line: first.mark.line, column: first.mark.column,
                                                                  message: "YAML error: expected a document"))
            }
            return .success(YAMLNode(tree: tree, index: node))
        }
    }
}
