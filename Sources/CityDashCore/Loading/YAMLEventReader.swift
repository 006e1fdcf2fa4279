import CLibYAML

/// libyaml's parse events over UTF-8 bytes, pulled one at a time.
///
/// Every YAML file citydash reads goes through here: `FileSections` builds one data record at a
/// time from the events, `YAMLComposer` builds whole small documents (`kiosk.yaml`). Positions are
/// 1-based lines and columns, columns counting Unicode scalars, as libyaml counts them.
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
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Why reading stopped: libyaml's error, or one a reader of the events found (`fail`). Once
    /// set, every later `next()` returns nil.
    private(set) var problem: YAMLSyntaxError?

    private static let nullTag = "tag:yaml.org,2002:null"

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        initialized = yaml_parser_initialize(&parser) == 1
        guard initialized else {
            problem = YAMLSyntaxError(line: 0, column: 0, message: "YAML error: libyaml could not allocate its parser")
            return
        }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        // libyaml never reads through a null base; an empty buffer is an empty stream.
        let empty: StaticString = ""
        yaml_parser_set_input_string(&parser, bytes.baseAddress ?? empty.utf8Start, bytes.count)
    }

    deinit {
        if initialized { yaml_parser_delete(&parser) }
    }

    var failed: Bool { problem != nil }

    /// Stops reading with `problem` (the first one wins).
    func fail(_ problem: YAMLSyntaxError) {
        if self.problem == nil { self.problem = problem }
    }

    /// The next event; nil once there is a problem.
    func next() -> Event? {
        guard problem == nil else { return nil }
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            problem = parserProblem()
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
            problem = YAMLSyntaxError(line: mark.line, column: mark.column, message: "YAML error: unknown libyaml event")
            return nil
        }
        return Event(kind: kind, mark: mark, scalar: scalarNode)
    }

    /// libyaml's error in words: its context ("while parsing a block mapping") and problem ("did
    /// not find expected key"), at the problem's mark; for a reader error (a control character),
    /// at the byte libyaml names.
    private func parserProblem() -> YAMLSyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return YAMLSyntaxError(line: 0, column: 0, message: "YAML error: out of memory")
        case YAML_READER_ERROR:
            let (line, column) = Self.position(ofByte: parser.problem_offset, in: bytes)
            return YAMLSyntaxError(line: line, column: column, message: "YAML syntax error: \(problem)")
        default:
            let context = parser.context.map { String(cString: $0) + " " } ?? ""
            return YAMLSyntaxError(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
                                   message: "YAML syntax error: \(context)\(problem)")
        }
    }

    /// 1-based line and column (in Unicode scalars) of the byte at `offset`.
    static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(max(0, offset)) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}

/// A file that is not the YAML it should be: libyaml's syntax errors, a repeated key, a second
/// document, or a shape `YAMLGuard` refuses. `message` is complete ("YAML syntax error: ...").
struct YAMLSyntaxError: Error, Equatable {
    var line: Int
    var column: Int
    var message: String
}
