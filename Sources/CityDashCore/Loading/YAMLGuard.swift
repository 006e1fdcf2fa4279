/// A quick scan of a data file, before any YAML parser sees it, for the shapes that exist only
/// to exhaust one: anchors and aliases (a "billion laughs" expands nine aliases nine times
/// over), flow collections nested hundreds of levels deep, and block indentation that deep.
/// The data format needs none of them. Linear in the file's length, constant memory.
enum YAMLGuard {
    /// The first problem found, as (line, column, message), or nil.
    static func check(_ text: String) -> (line: Int, column: Int, message: String)? {
        // Over the string's own bytes: copying a 45 MB file into an array cost time and memory.
        var text = text
        return text.withUTF8 { check($0) }
    }

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int, message: String)? {
        var line = 1
        var column = 0
        var flowDepth = 0
        var quote: UInt8?  // the open quote character, if inside a quoted scalar
        var inComment = false
        var atLineStart = true
        var indent = 0
        var previous: UInt8 = 10  // treat the start as after a newline
        var index = 0
        while index < bytes.count {
            if let open = quote {
                // Most of a data file is quoted text, where only a line break, the closing quote
                // and a backslash matter: skip the rest in a tight loop.
                var next = index
                while next < bytes.count {
                    let byte = bytes[next]
                    if byte == 10 || byte == open || byte == UInt8(ascii: "\\") { break }
                    column += (byte & 0xC0) == 0x80 ? 0 : 1
                    next += 1
                }
                if next > index {
                    previous = bytes[next - 1]
                    index = next
                    continue
                }
            }
            let byte = bytes[index]
            column += (byte & 0xC0) == 0x80 ? 0 : 1
            defer {
                previous = byte
                index += 1
            }
            if let open = quote, byte != 10, byte != open, byte != UInt8(ascii: "\\") {
                continue  // most of a data file is quoted text: nothing in it matters here
            }
            if byte == 10 {
                line += 1
                column = 0
                inComment = false
                atLineStart = true
                indent = 0
                continue
            }
            if inComment { continue }
            if let open = quote {
                if byte == UInt8(ascii: "\\") && open == UInt8(ascii: "\"") {
                    index += 1  // skip the escaped character
                    column += 1
                } else if byte == open {
                    quote = nil
                }
                continue
            }
            if atLineStart {
                if byte == UInt8(ascii: " ") {
                    indent += 1
                    if indent > DataLimits.maxIndentation {
                        return (line, column, "indented more than \(DataLimits.maxIndentation) columns; data files "
                            + "nest at most a few levels (limit \(DataLimits.maxIndentation))")
                    }
                    continue
                }
                atLineStart = false
            }
            let afterSeparator = previous == 10 || previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t")
                || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "{") || previous == UInt8(ascii: ",")
            switch byte {
            case UInt8(ascii: "#") where afterSeparator:
                inComment = true
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if afterSeparator { quote = byte }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                if flowDepth > DataLimits.maxFlowNesting {
                    return (line, column, "nesting deeper than \(DataLimits.maxFlowNesting) levels of [ ] or { } "
                        + "(limit \(DataLimits.maxFlowNesting))")
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
            case UInt8(ascii: "&"), UInt8(ascii: "*"):
                if afterSeparator, index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: " "),
                   bytes[index + 1] != 10 {
                    let kind = byte == UInt8(ascii: "&") ? "anchor" : "alias"
                    return (line, column, "YAML \(kind)s (& and *) are not allowed in data files; "
                        + "write each value out (this also stops alias-expansion bombs)")
                }
            default:
                break
            }
        }
        return nil
    }
}
