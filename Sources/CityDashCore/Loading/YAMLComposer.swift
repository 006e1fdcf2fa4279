/// Builds `YAMLNode`s (a scalar, or a whole mapping or list) from `YAMLEventReader` events, and
/// whole single-document files (`kiosk.yaml`).
///
/// It gives up (`nil`) when libyaml reports an error or a mapping repeats a key; the reader's
/// `problem` then says what and where.
enum YAMLComposer {
    /// A collection still being read. A struct mutated in place on the stack: an enum would be
    /// copied out to append to it, and copying its arrays made composing quadratic.
    private struct Open {
        var isMapping: Bool
        var mark: YAMLNode.Position
        var keys: [YAMLNode.Mapping.Key] = []
        /// Where each key text is in `keys`, built once a mapping has more than `linearKeys`
        /// keys: searching `keys` for each new key made a mapping of n keys cost n² (40,000 keys
        /// took 5 s), while hashing every key of the small mappings records are made of cost more
        /// than comparing them.
        var keyIndex: [String: Int] = [:]
        /// The mapping's values, or the list's items.
        var values: [YAMLNode] = []
        var pendingKey: YAMLNode.Mapping.Key?

        static let linearKeys = 16

        /// The earlier key with the same text as `key`, which is to be the next one in `keys`.
        mutating func earlierUse(of key: YAMLNode.Mapping.Key) -> YAMLNode.Mapping.Key? {
            guard let string = key.string else { return nil }
            if keyIndex.isEmpty {
                if keys.count < Self.linearKeys { return keys.first { $0.string == string } }
                for (index, earlier) in keys.enumerated() {
                    if let text = earlier.string { keyIndex[text] = index }
                }
            }
            if let index = keyIndex.updateValue(keys.count, forKey: string) {
                keyIndex[string] = index
                return keys[index]
            }
            return nil
        }

        var node: YAMLNode {
            isMapping ? .mapping(YAMLNode.Mapping(keys: keys, values: values, mark: mark))
                : .sequence(YAMLNode.List(items: values, mark: mark))
        }
    }

    /// The node that starts with `first`, reading the rest of it from `events`.
    static func node(startingWith first: YAMLEventReader.Event, _ events: YAMLEventReader) -> YAMLNode? {
        var stack: [Open] = []
        var event = first
        while true {
            var finished: YAMLNode?
            switch event.kind {
            case .scalar:
                guard let scalar = event.scalar else { return nil }
                finished = .scalar(scalar)
            case .alias:
                finished = .alias(event.mark)
            case .mappingStart:
                stack.append(Open(isMapping: true, mark: event.mark))
            case .sequenceStart:
                stack.append(Open(isMapping: false, mark: event.mark))
            case .mappingEnd, .sequenceEnd:
                guard let open = stack.popLast() else { return nil }
                finished = open.node
            case .streamStart, .streamEnd, .documentStart, .documentEnd:
                events.fail(YAMLSyntaxError(line: event.mark.line, column: event.mark.column,
                                            message: "YAML error: unexpected \(event.kind) event"))
                return nil
            }
            if let node = finished {
                let top = stack.count - 1
                guard top >= 0 else { return node }
                if !stack[top].isMapping {
                    stack[top].values.append(node)
                } else if let key = stack[top].pendingKey {
                    stack[top].keys.append(key)
                    stack[top].values.append(node)
                    stack[top].pendingKey = nil
                } else {
                    let key = YAMLNode.Mapping.Key(string: node.scalar?.string, mark: node.mark)
                    if let earlier = stack[top].earlierUse(of: key) {
                        events.fail(repeated(key, firstAt: earlier.mark))
                        return nil
                    }
                    stack[top].pendingKey = key
                }
            }
            guard let next = events.next() else { return nil }
            event = next
        }
    }

    /// The problem of a key used twice in one mapping, at its second use.
    static func repeated(_ key: YAMLNode.Mapping.Key, firstAt first: YAMLNode.Position?) -> YAMLSyntaxError {
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
            guard first.kind == .documentStart, let start = events.next(),
                  let node = node(startingWith: start, events), endDocument(events) else {
                return .failure(events.problem ?? YAMLSyntaxError(line: first.mark.line, column: first.mark.column,
                                                                  message: "YAML error: expected a document"))
            }
            return .success(node)
        }
    }
}
