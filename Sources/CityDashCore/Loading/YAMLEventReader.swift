// CYaml is libyaml as Yams builds it: a target of the Yams package, so it comes with the Yams
// product and adds no dependency. Yams parses with the same library.
import CYaml

/// libyaml's parse events over UTF-8 bytes, pulled one at a time.
///
/// Yams turns every event into Swift objects, resolves tags and hashes every mapping's keys to
/// find duplicates; for a 45 MB file of 100,000 metrics that cost seconds and hundreds of MB,
/// while libyaml itself parses it in well under one. Reading events directly lets `FileSections`
/// build one record at a time. Positions are numbered as Yams numbers them (1-based lines and
/// columns, columns in characters) because they come from the same parser.
///
/// The bytes must outlive the reader: libyaml reads them in place.
final class YAMLEventReader {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case mappingStart, mappingEnd, sequenceStart, sequenceEnd
        case scalar, alias
    }

    struct Event {
        var kind: Kind
        var mark: YAMLNode.Position
        /// The scalar, for a `.scalar` event.
        var scalar: YAMLNode.Scalar?
    }

    private var parser = yaml_parser_t()
    private let initialized: Bool
    /// Set once libyaml reports an error; every later `next()` returns nil.
    private(set) var failed = false

    private static let nullTag = "tag:yaml.org,2002:null"

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        initialized = yaml_parser_initialize(&parser) == 1
        guard initialized, let base = bytes.baseAddress else { return }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, base, bytes.count)
    }

    deinit {
        if initialized { yaml_parser_delete(&parser) }
    }

    /// The next event; nil when libyaml reports an error (what it is, Yams explains).
    func next() -> Event? {
        guard initialized, !failed else { return nil }
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            failed = true
            return nil
        }
        defer { yaml_event_delete(&event) }
        let mark = YAMLNode.Position(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        let kind: Kind
        var scalarNode: YAMLNode.Scalar?
        switch event.type {
        case YAML_STREAM_START_EVENT: kind = .streamStart
        case YAML_STREAM_END_EVENT: kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: kind = .documentEnd
        case YAML_MAPPING_START_EVENT: kind = .mappingStart
        case YAML_MAPPING_END_EVENT: kind = .mappingEnd
        case YAML_SEQUENCE_START_EVENT: kind = .sequenceStart
        case YAML_SEQUENCE_END_EVENT: kind = .sequenceEnd
        case YAML_ALIAS_EVENT: kind = .alias
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let string = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let isNull: Bool
            if let tag = scalar.tag {
                isNull = String(cString: tag) == Self.nullTag
            } else {
                isNull = scalar.style == YAML_PLAIN_SCALAR_STYLE && YAMLNode.isNullText(string)
            }
            kind = .scalar
            scalarNode = YAMLNode.Scalar(string: string, isNull: isNull, mark: mark)
        default:
            failed = true
            return nil
        }
        return Event(kind: kind, mark: mark, scalar: scalarNode)
    }
}
