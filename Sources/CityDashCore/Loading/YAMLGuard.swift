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
        var scanner = Scanner()
        return scanner.scan(bytes)
    }

    /// The scan over a file read in pieces, each ending just after a line break (or at the end
    /// of the file): what it has seen so far is kept between pieces.
    struct Scanner {
        private var line = 1
        private var column = 0
        private var flowDepth = 0
        private var quote: UInt8?  // the open quote character, if inside a quoted scalar
        private var inComment = false
        private var atLineStart = true
        private var indent = 0
        private var previous: UInt8 = 10  // treat the start as after a newline

        /// Line breaks, comment marks, quotes, brackets and braces, & and *: the bytes outside
        /// quoted text that the scan looks at (a bit set over the ASCII range).
        @inline(__always)
        private static func isSpecial(_ byte: UInt8) -> Bool {
            let low: UInt64 = 1 << 10 | 1 << 0x22 | 1 << 0x23 | 1 << 0x26 | 1 << 0x27 | 1 << 0x2A
            let high: UInt64 = 1 << (0x5B - 64) | 1 << (0x5D - 64) | 1 << (0x7B - 64) | 1 << (0x7D - 64)
            if byte < 64 { return (low >> UInt64(byte)) & 1 != 0 }
            if byte < 128 { return (high >> UInt64(byte - 64)) & 1 != 0 }
            return false
        }

        /// The first problem in `bytes`, the next piece of the file.
        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int, message: String)? {
            // Local copies: the loop is the hot path of a 49 MB file.
            var line = line, column = column, flowDepth = flowDepth, quote = quote, inComment = inComment
            var atLineStart = atLineStart, indent = indent, previous = previous
            defer {
                self.line = line
                self.column = column
                self.flowDepth = flowDepth
                self.quote = quote
                self.inComment = inComment
                self.atLineStart = atLineStart
                self.indent = indent
                self.previous = previous
            }
            guard let base = bytes.baseAddress else { return nil }
            // The tight loops below read through the base pointer, without a bounds check per byte.
            let count = bytes.count
            var index = 0
            while index < count {
                if let open = quote {
                    // Most of a data file is quoted text, where only a line break, the closing quote
                    // and a backslash matter: skip the rest in a tight loop.
                    var next = index
                    while next < count {
                        let byte = base[next]
                        if byte == 10 || byte == open || byte == UInt8(ascii: "\\") { break }
                        column &+= (byte & 0xC0) == 0x80 ? 0 : 1
                        next &+= 1
                    }
                    if next > index {
                        previous = bytes[next - 1]
                        index = next
                        continue
                    }
                } else if !inComment && !atLineStart {
                    // Outside quotes and comments, past the indentation, only the bytes
                    // `isSpecial` names matter; the rest only move the column.
                    var next = index
                    while next < count {
                        let byte = base[next]
                        if Self.isSpecial(byte) { break }
                        column &+= (byte & 0xC0) == 0x80 ? 0 : 1
                        next &+= 1
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
}
