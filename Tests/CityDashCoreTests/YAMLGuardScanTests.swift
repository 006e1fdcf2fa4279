@testable import CityDashCore
import Testing

/// The guard's scan finds the same first problem, at the same line and column, as the scan it
/// replaced (`ReferenceGuardScanner`), over random text made of the bytes it looks at, whole and
/// in pieces ending at line breaks as `DataFile` feeds it.
@Suite struct YAMLGuardScanTests {
    /// Pieces of text the random files are made of: everything the scan treats specially, deep
    /// indentation and nesting, escapes before line breaks, and multi-byte characters.
    static let parts: [[UInt8]] = [
        " ", "\n", "\"", "'", "\\", "#", "[", "]", "{", "}", "&a", "*a", "& ", "a", ": ", ",", "\t", "中文",
        "é", "- ", String(repeating: " ", count: 60), String(repeating: "[", count: 20), "\\\n", "\"\\\"",
        "key: \"值\"\n", "  - id: x\n",
    ].map { Array($0.utf8) }

    static func randomText(_ generator: inout some RandomNumberGenerator) -> [UInt8] {
        var text: [UInt8] = []
        for _ in 0..<Int.random(in: 0...80, using: &generator) {
            text += parts[Int.random(in: 0..<parts.count, using: &generator)]
        }
        return text
    }

    static func reference(_ text: [UInt8]) -> (line: Int, column: Int, message: String)? {
        var scanner = ReferenceGuardScanner()
        return text.withUnsafeBufferPointer { scanner.scan($0) }
    }

    /// The scan over `text` cut after line breaks at random, as `DataFile.open` feeds it.
    static func inPieces(_ text: [UInt8], _ generator: inout some RandomNumberGenerator)
        -> (line: Int, column: Int, message: String)? {
        var scanner = YAMLGuard.Scanner()
        var start = 0
        for (index, byte) in text.enumerated() where byte == 10 && Bool.random(using: &generator) {
            if let problem = text[start...index].withUnsafeBufferPointer({ scanner.scan($0) }) { return problem }
            start = index + 1
        }
        return text[start...].withUnsafeBufferPointer { scanner.scan($0) }
    }

    @Test func agreesWithTheReferenceScan() {
        var generator = SystemRandomNumberGenerator()
        var problems = 0
        for _ in 0..<5000 {
            let text = Self.randomText(&generator)
            let expected = Self.reference(text)
            let whole = text.withUnsafeBufferPointer { YAMLGuard.check($0) }
            #expect(whole?.line == expected?.line && whole?.column == expected?.column
                        && whole?.message == expected?.message, "\(String(decoding: text, as: UTF8.self).debugDescription)")
            let pieces = Self.inPieces(text, &generator)
            #expect(pieces?.line == expected?.line && pieces?.column == expected?.column
                        && pieces?.message == expected?.message, "\(String(decoding: text, as: UTF8.self).debugDescription)")
            if expected != nil { problems += 1 }
        }
        // The texts must reach the problems, not only the clean path.
        #expect(problems > 500)
    }

    @Test func columnsCountCharactersAfterAnEscapedLineBreak() {
        // The escaped line break does not start a line: the alias is on line 1, its column
        // counting every character before it, the break included.
        let text = Array("a: \"中\\\n文\" *x".utf8)
        let problem = text.withUnsafeBufferPointer { YAMLGuard.check($0) }
        #expect(problem?.line == 1 && problem?.column == 11)
        #expect(problem?.line == Self.reference(text)?.line && problem?.column == Self.reference(text)?.column)
    }
}

/// `YAMLGuard.Scanner` as it was before it counted columns only for its messages: the
/// reference the faster scan must agree with, byte for byte.
struct ReferenceGuardScanner {
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

