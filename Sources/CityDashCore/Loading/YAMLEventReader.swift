import CLibYAML

/// libyaml's parse events over UTF-8 bytes, pulled one at a time.
///
/// Every YAML file citydash reads goes through here: `FileSections` builds one data record at a
/// time from the events, `YAMLComposer` builds whole small documents (`kiosk.yaml`). Positions are
/// 1-based lines and columns, columns counting Unicode scalars, as libyaml counts them.
///
/// The input is bytes in memory, which must outlive the reader (libyaml reads them in place), or
/// a `DataFile` that libyaml reads in chunks, so a 49 MB file is never held whole. One libyaml
/// event is kept at a time and its scalar is read in place (`scalarBytes`) until the next call:
/// copying every scalar into a `String` was a quarter of a load.
final class YAMLEventReader {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case mappingStart, mappingEnd, sequenceStart, sequenceEnd
        case scalar, alias
    }

    struct Event {
        var kind: Kind
        var mark: YAMLNode.Position
    }

    private enum Input {
        case bytes(UnsafeBufferPointer<UInt8>)
        case file(DataFile)
    }

    // The parser, the event and the problem are behind pointers held in `let`s: a class's `var`
    // costs a dynamic exclusivity check on every access, and `next()` runs for every event.
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    /// The last event libyaml gave (all zeros, `YAML_NO_EVENT`, when none), deleted when the next
    /// is asked for.
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    private let problemStorage = UnsafeMutablePointer<YAMLSyntaxError?>.allocate(capacity: 1)
    private let initialized: Bool
    private let input: Input

    /// Why reading stopped: libyaml's error, or one a reader of the events found (`fail`). Once
    /// set, every later `next()` returns nil.
    private(set) var problem: YAMLSyntaxError? {
        get { problemStorage.pointee }
        set { problemStorage.pointee = newValue }
    }

    private var holdsEvent: Bool { event.pointee.type != YAML_NO_EVENT }

    /// The bytes of the null tag, `tag:yaml.org,2002:null`.
    private static let nullTag = Array("tag:yaml.org,2002:null".utf8) + [0]

    /// Reads `bytes`, which must outlive the reader.
    convenience init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(input: .bytes(bytes))
    }

    /// Reads `file` a piece at a time, as libyaml asks for more.
    convenience init(_ file: DataFile) {
        self.init(input: .file(file))
    }

    private init(input: Input) {
        event.initialize(to: yaml_event_t())
        problemStorage.initialize(to: nil)
        self.input = input
        initialized = yaml_parser_initialize(parser) == 1
        guard initialized else {
            problem = Self.noParser
            return
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        switch input {
        case .bytes(let bytes):
            // libyaml never reads through a null base; an empty buffer is an empty stream.
            let empty: StaticString = ""
            yaml_parser_set_input_string(parser, bytes.baseAddress ?? empty.utf8Start, bytes.count)
        case .file(let file):
            yaml_parser_set_input(parser, { data, buffer, size, sizeRead in
                guard let data, let buffer, let sizeRead else { return 0 }
                let file = Unmanaged<DataFile>.fromOpaque(data).takeUnretainedValue()
                guard let count = file.read(into: buffer, count: size) else { return 0 }
                sizeRead.pointee = count
                return 1
            }, Unmanaged.passUnretained(file).toOpaque())
        }
    }

    private static let noParser = YAMLSyntaxError(line: 0, column: 0,
                                                  message: "YAML error: libyaml could not allocate its parser")

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        if initialized { yaml_parser_delete(parser) }
        event.deallocate()
        parser.deallocate()
        problemStorage.deinitialize(count: 1)
        problemStorage.deallocate()
    }

    var failed: Bool { problem != nil }

    /// Stops reading with `problem` (the first one wins).
    func fail(_ problem: YAMLSyntaxError) {
        if self.problem == nil { self.problem = problem }
    }

    /// The text of the last event, when it is a scalar; valid until the next `next()`.
    var scalarBytes: UnsafeBufferPointer<UInt8> {
        guard holdsEvent, event.pointee.type == YAML_SCALAR_EVENT else { return UnsafeBufferPointer(start: nil, count: 0) }
        let scalar = event.pointee.data.scalar
        return UnsafeBufferPointer(start: scalar.value, count: scalar.length)
    }

    /// Whether the last event is a null scalar: plain `null`, `Null`, `NULL`, `~` or nothing, or
    /// tagged `!!null`.
    var scalarIsNull: Bool {
        guard holdsEvent, event.pointee.type == YAML_SCALAR_EVENT else { return false }
        let scalar = event.pointee.data.scalar
        if let tag = scalar.tag {
            // Compared up to and including the terminating zero.
            for (index, byte) in Self.nullTag.enumerated() where tag[index] != byte { return false }
            return true
        }
        return scalar.style == YAML_PLAIN_SCALAR_STYLE && YAMLNode.isNullText(scalarBytes)
    }

    /// The next event; nil once there is a problem.
    func next() -> Event? {
        // yaml_event_delete zeroes the event, and a failed parse leaves it zeroed.
        if holdsEvent { yaml_event_delete(event) }
        guard problem == nil else { return nil }
        guard yaml_parser_parse(parser, event) == 1 else {
            problem = parserProblem()
            return nil
        }
        let mark = YAMLNode.Position(line: Int(event.pointee.start_mark.line) + 1,
                                     column: Int(event.pointee.start_mark.column) + 1)
        let kind: Kind
        switch event.pointee.type {
        case YAML_SCALAR_EVENT: kind = .scalar
        case YAML_MAPPING_START_EVENT: kind = .mappingStart
        case YAML_MAPPING_END_EVENT: kind = .mappingEnd
        case YAML_SEQUENCE_START_EVENT: kind = .sequenceStart
        case YAML_SEQUENCE_END_EVENT: kind = .sequenceEnd
        case YAML_STREAM_START_EVENT: kind = .streamStart
        case YAML_STREAM_END_EVENT: kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: kind = .documentEnd
        case YAML_ALIAS_EVENT: kind = .alias
        default:
            problem = YAMLSyntaxError(line: mark.line, column: mark.column, message: "YAML error: unknown libyaml event")
            return nil
        }
        return Event(kind: kind, mark: mark)
    }

    /// libyaml's error in words: its context ("while parsing a block mapping") and problem ("did
    /// not find expected key"), at the problem's mark; for a reader error (a control character),
    /// at the byte libyaml names.
    private func parserProblem() -> YAMLSyntaxError {
        let parser = parser.pointee
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return YAMLSyntaxError(line: 0, column: 0, message: "YAML error: out of memory")
        case YAML_READER_ERROR:
            let (line, column) = switch input {
            case .bytes(let bytes): Self.position(ofByte: parser.problem_offset, in: bytes)
            case .file(let file): file.position(ofByte: parser.problem_offset)
            }
            return YAMLSyntaxError(line: line, column: column, message: "YAML syntax error: \(problem)")
        default:
            let context = parser.context.map { String(cString: $0) + " " } ?? ""
            return YAMLSyntaxError(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
                                   message: "YAML syntax error: \(context)\(problem)")
        }
    }

    /// 1-based line and column (in Unicode scalars) of the byte at `offset`.
    static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var position = BytePosition()
        position.advance(over: UnsafeBufferPointer(rebasing: bytes.prefix(max(0, offset))))
        return (position.line, position.column)
    }
}

/// A line and column counted over bytes fed in pieces.
struct BytePosition {
    var line = 1
    var column = 1

    mutating func advance(over bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
    }
}

/// A file that is not the YAML it should be: libyaml's syntax errors, a repeated key, a second
/// document, or a shape `YAMLGuard` refuses. `message` is complete ("YAML syntax error: ...").
struct YAMLSyntaxError: Error, Equatable {
    var line: Int
    var column: Int
    var message: String
}
