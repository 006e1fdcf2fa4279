/// Builds one `YAMLNode` (a scalar, or a whole mapping or list) from `YAMLEventReader` events.
///
/// It gives up (`nil`) when libyaml reports an error or a mapping repeats a key: the loader then
/// reads the file with Yams, so every message about broken YAML is exactly the one Yams gives.
enum YAMLComposer {
    /// A collection still being read. A struct mutated in place on the stack: an enum would be
    /// copied out to append to it, and copying its arrays made composing quadratic.
    private struct Open {
        var isMapping: Bool
        var mark: YAMLNode.Position
        var keys: [YAMLNode.Mapping.Key] = []
        /// The keys' texts, to find a repeated key in constant time: searching `keys` for each
        /// new key made a mapping of n keys cost n² (40,000 keys took 5 s).
        var keyTexts: Set<String> = []
        /// The mapping's values, or the list's items.
        var values: [YAMLNode] = []
        var pendingKey: YAMLNode.Mapping.Key?

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
                    if let string = key.string, !stack[top].keyTexts.insert(string).inserted { return nil }
                    stack[top].pendingKey = key
                }
            }
            guard let next = events.next() else { return nil }
            event = next
        }
    }
}
