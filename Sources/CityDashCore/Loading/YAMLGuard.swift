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
        /// The column at the start of this piece when its first line began in an earlier one
        /// (an escaped line break at a piece's end); 0 otherwise.
        private var carriedColumn = 0
        private var flowDepth = 0
        private var quote: UInt8 = 0  // the open quote character inside a quoted scalar, else 0
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

        /// Whether one of the eight bytes of `word` is the byte repeated in `pattern`.
        @inline(__always)
        private static func contains(_ word: UInt64, _ pattern: UInt64) -> Bool {
            let x = word ^ pattern
            return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
        }

        /// The first problem in `bytes`, the next piece of the file.
        ///
        /// Columns count Unicode scalars (the bytes that do not continue a UTF-8 sequence) from
        /// the line's start. They are counted only for a problem's message, from where its line
        /// starts: counting them for every byte was most of the scan.
        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int, message: String)? {
            guard let base = bytes.baseAddress else { return nil }
            // Local copies: the loop is the hot path of a 49 MB file.
            var line = line, flowDepth = flowDepth, quote = quote, inComment = inComment
            var atLineStart = atLineStart, indent = indent, previous = previous
            // The column is `columnBase` plus the scalars from `lineStart` up to the byte.
            var lineStart = 0
            var columnBase = carriedColumn
            let count = bytes.count
            var index = 0
            defer {
                // What of the last line this piece holds, for a line that goes on in the next.
                self.carriedColumn = columnBase + Self.scalars(base, from: lineStart, to: min(index, count))
                self.line = line
                self.flowDepth = flowDepth
                self.quote = quote
                self.inComment = inComment
                self.atLineStart = atLineStart
                self.indent = indent
                self.previous = previous
            }
            let newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
            let backslashes: UInt64 = 0x5C5C_5C5C_5C5C_5C5C
            let raw = UnsafeRawPointer(base)
            // Each pass of the loop runs from one byte that matters to the next, in whichever
            // state it finds: inside quotes, in a comment, at a line's indentation, or outside.
            while index < count {
                if quote != 0 {
                    // Most of a data file is quoted text, where only a line break, the closing
                    // quote and a backslash matter: skip the rest eight bytes at a time.
                    let open = quote
                    let quotes = UInt64(open) &* 0x0101_0101_0101_0101
                    var next = index
                    while next &+ 8 <= count {
                        let word = raw.loadUnaligned(fromByteOffset: next, as: UInt64.self)
                        if Self.contains(word, newlines) || Self.contains(word, quotes) || Self.contains(word, backslashes) {
                            break
                        }
                        next &+= 8
                    }
                    while next < count {
                        let byte = base[next]
                        if byte == 10 || byte == open || byte == UInt8(ascii: "\\") { break }
                        next &+= 1
                    }
                    index = next
                    if index == count {
                        if next > 0 { previous = base[next &- 1] }
                        break
                    }
                    let byte = base[index]
                    previous = byte
                    index &+= 1
                    if byte == 10 {
                        // A line break inside quotes: the line counts, the quote stays open.
                        line += 1
                        lineStart = index
                        columnBase = 0
                        atLineStart = true
                        indent = 0
                    } else if byte == open {
                        quote = 0
                    } else if open == UInt8(ascii: "\"") {
                        // A backslash: the escaped byte is skipped and counts as a column whatever
                        // it is (a line break it escapes does not start a line).
                        if index >= count || base[index] & 0xC0 == 0x80 { columnBase &+= 1 }
                        index &+= 1
                    }
                    continue
                }
                if inComment {
                    // Nothing in a comment matters but its end.
                    while index < count && base[index] != 10 { index &+= 1 }
                    if index == count {
                        previous = base[index &- 1]
                        break
                    }
                    inComment = false
                } else {
                    if atLineStart {
                        // The indentation: spaces, counted.
                        while index < count && base[index] == UInt8(ascii: " ") {
                            indent &+= 1
                            if indent > DataLimits.maxIndentation {
                                return (line, columnBase + Self.scalars(base, from: lineStart, to: index + 1),
                                        "indented more than \(DataLimits.maxIndentation) columns; data files "
                                            + "nest at most a few levels (limit \(DataLimits.maxIndentation))")
                            }
                            previous = UInt8(ascii: " ")
                            index &+= 1
                        }
                        if index == count { break }
                        atLineStart = false
                    }
                    // Outside quotes and comments, past the indentation, only the bytes
                    // `isSpecial` names matter.
                    let start = index
                    while index < count && !Self.isSpecial(base[index]) { index &+= 1 }
                    if index > start { previous = base[index &- 1] }
                    if index == count { break }
                }
                let byte = base[index]
                defer {
                    previous = byte
                    index &+= 1
                }
                if byte == 10 {
                    line += 1
                    lineStart = index &+ 1
                    columnBase = 0
                    atLineStart = true
                    indent = 0
                    continue
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
                        return (line, columnBase + Self.scalars(base, from: lineStart, to: index + 1),
                                "nesting deeper than \(DataLimits.maxFlowNesting) levels of [ ] or { } "
                                    + "(limit \(DataLimits.maxFlowNesting))")
                    }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    flowDepth = max(0, flowDepth - 1)
                case UInt8(ascii: "&"), UInt8(ascii: "*"):
                    if afterSeparator, index + 1 < count, base[index + 1] != UInt8(ascii: " "),
                       base[index + 1] != 10 {
                        let kind = byte == UInt8(ascii: "&") ? "anchor" : "alias"
                        return (line, columnBase + Self.scalars(base, from: lineStart, to: index + 1),
                                "YAML \(kind)s (& and *) are not allowed in data files; "
                                    + "write each value out (this also stops alias-expansion bombs)")
                    }
                default:
                    break
                }
            }
            return nil
        }

        /// The Unicode scalars in `base[from..<to]`: the bytes that do not continue a sequence.
        private static func scalars(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
            var scalars = 0
            var at = from
            while at < to {
                scalars &+= base[at] & 0xC0 == 0x80 ? 0 : 1
                at &+= 1
            }
            return scalars
        }
    }
}
