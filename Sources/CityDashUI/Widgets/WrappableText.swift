import CityDashCore

/// A sanitized text cut once into grapheme clusters, each with its width and what line breaking
/// needs to know of it (a space, a wide character, punctuation a line may break after, closing
/// or opening punctuation), so `TextWrap` works on cluster indices and byte offsets and builds
/// each output line once from the text's UTF-8 bytes, with no `String` or `Character` per
/// character.
///
/// Text made only of scalars that are always a grapheme cluster of their own (ASCII, Latin,
/// CJK ideographs and punctuation, kana, box drawing ...: `isLoneCluster`) is cut by decoding its
/// bytes; any other text (combining marks, emoji sequences, Hangul jamo, Indic scripts) is cut
/// by Swift's own grapheme breaking, so a cluster is never split between lines.
struct WrappableText {
    struct Cluster {
        /// UTF-8 offset just past the cluster; it starts where the previous one ends.
        var end: Int32
        /// Columns: `DisplayWidth` of all its scalars.
        var width: Int32
        var flags: UInt8
    }

    static let space: UInt8 = 1
    /// The first scalar is wide (`wcwidth` 2): lines may break around the cluster.
    static let wide: UInt8 = 2
    static let breakable: UInt8 = 4
    static let closing: UInt8 = 8
    static let opening: UInt8 = 16

    let text: String
    let clusters: [Cluster]

    /// `text` must already be sanitized (`TerminalSanitizer`), as every wrapped text is.
    init(sanitized text: String) {
        self.text = text
        var copy = text
        clusters = copy.withUTF8 { Self.loneScalarClusters($0) } ?? Self.characterClusters(text)
    }

    func isSpace(_ index: Int) -> Bool { clusters[index].flags & Self.space != 0 }

    /// The clusters from `start` on, wrapped to `width` by `TextWrap`'s rules, each line
    /// prefixed with `indent` spaces; and how many clusters the first line holds (trailing spaces
    /// not counted). With `limit`, wrapping stops once that many lines are made.
    func lines(from start: Int, width: Int, indent: Int = 0, limit: Int = .max) -> (lines: [String], firstLineClusters: Int) {
        var copy = text
        return copy.withUTF8 { bytes in
            var builder = LineBuilder(bytes: bytes, clusters: clusters, width: width, indent: indent, start: start)
            builder.wrap(limit: limit)
            return (builder.lines, builder.firstLineClusters)
        }
    }

    // MARK: Cutting into clusters

    /// One cluster per scalar, or nil when a scalar might join its neighbour in a cluster.
    /// ASCII and CJK ideographs, nearly all of the data, take no table but `asciiFlags`.
    static func loneScalarClusters(_ bytes: UnsafeBufferPointer<UInt8>) -> [Cluster]? {
        let n = bytes.count
        let ascii = asciiFlags
        var cut = true
        let clusters = [Cluster](unsafeUninitializedCapacity: n) { buffer, count in
            var i = 0
            while i < n {
                let b0 = bytes[i]
                if b0 < 0x80 {
                    guard b0 >= 0x20 && b0 < 0x7F else { cut = false; return }
                    i += 1
                    buffer[count] = Cluster(end: Int32(i), width: 1, flags: ascii[Int(b0)])
                    count += 1
                    continue
                }
                let value: UInt32
                if b0 < 0xE0 {
                    guard i + 1 < n else { cut = false; return }
                    value = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b0 < 0xF0 {
                    guard i + 2 < n else { cut = false; return }
                    value = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    cut = false  // beyond the BMP: emoji and rare ideographs take the general path
                    return
                }
                if value >= 0x4E00 && value <= 0x9FFF {
                    buffer[count] = Cluster(end: Int32(i), width: 2, flags: wide)
                } else {
                    guard isLoneCluster(value), let scalar = Unicode.Scalar(value) else { cut = false; return }
                    let columns = DisplayWidth.wcwidth(scalar)
                    buffer[count] = Cluster(end: Int32(i), width: Int32(max(0, columns)),
                                            flags: (columns == 2 ? wide : 0) | markFlags(value))
                }
                count += 1
            }
        }
        return cut ? clusters : nil
    }

    /// Clusters as Swift's grapheme breaking finds them.
    static func characterClusters(_ text: String) -> [Cluster] {
        var clusters: [Cluster] = []
        var offset = 0
        for character in text {
            var width = 0, count = 0
            var first = Unicode.Scalar(UInt8(0))
            for scalar in character.unicodeScalars {
                if count == 0 { first = scalar }
                width += DisplayWidth.of(scalar)
                count += 1
            }
            offset += character.utf8.count
            var flags: UInt8 = DisplayWidth.wcwidth(first) == 2 ? wide : 0
            if count == 1 {
                flags |= markFlags(first.value) | (first.value == 0x20 ? space : 0)
            }
            clusters.append(Cluster(end: Int32(offset), width: Int32(width), flags: flags))
        }
        return clusters
    }

    /// Scalars that are a grapheme cluster of their own next to any other such scalar: none is a
    /// control, a combining or spacing mark, a joiner, a prepended mark, a regional indicator or
    /// Hangul jamo. `WrapEquivalenceTests` holds this against Swift's grapheme breaking.
    static func isLoneCluster(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2070...0x20C0,
             0x2100...0x218B, 0x2190...0x2426, 0x2460...0x27BF, 0x3000...0x3029, 0x3030...0x303F,
             0x3041...0x3096, 0x309B...0x30FF, 0x3200...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0xFF01...0xFF9D, 0xFFE0...0xFFEE, 0xFFFD:
            return true
        default:
            return false
        }
    }

    /// `breakable`, `closing` and `opening` of a scalar standing alone, from `TextWrap`'s sets
    /// by table: every mark lies in ASCII, U+2018–U+2026, U+3000–U+301F, U+30FB or U+FF00–U+FF65.
    static func markFlags(_ value: UInt32) -> UInt8 {
        switch value {
        case 0..<0x80: return asciiMarks[Int(value)]
        case 0x2018...0x2026: return punctuationMarks[Int(value - 0x2018)]
        case 0x3000...0x301F: return cjkMarks[Int(value - 0x3000)]
        case 0x30FB: return katakanaMiddleDotMarks
        case 0xFF00...0xFF65: return fullwidthMarks[Int(value - 0xFF00)]
        default: return 0
        }
    }

    static let asciiMarks = markTable(0...0x7F)
    /// `asciiMarks` with `space` on the space.
    static let asciiFlags = {
        var flags = asciiMarks
        flags[0x20] |= space
        return flags
    }()
    static let punctuationMarks = markTable(0x2018...0x2026)
    static let cjkMarks = markTable(0x3000...0x301F)
    static let katakanaMiddleDotMarks = markTable(0x30FB...0x30FB)[0]
    static let fullwidthMarks = markTable(0xFF00...0xFF65)

    static func markTable(_ values: ClosedRange<UInt32>) -> [UInt8] {
        var table = [UInt8](repeating: 0, count: values.count)
        for (marks, flag) in [(TextWrap.breakableMarks, breakable), (TextWrap.closingMarks, closing), (TextWrap.openingMarks, opening)] {
            for scalar in marks.unicodeScalars where values.contains(scalar.value) {
                table[Int(scalar.value - values.lowerBound)] |= flag
            }
        }
        return table
    }
}

/// The wrapping itself, over cluster indices: units (a word, a space, one wide character or
/// breakable mark) glued into runs by the punctuation rules, runs placed on lines, a run wider
/// than a line split at the last place the rules allow. The line being filled is always the
/// contiguous clusters `lineStart..<lineEnd`.
private struct LineBuilder {
    let bytes: UnsafeBufferPointer<UInt8>
    let clusters: [WrappableText.Cluster]
    let width: Int
    let indent: Int
    let start: Int
    var lines: [String] = []
    var firstLineClusters = 0
    var lineStart: Int
    var lineEnd: Int
    var lineWidth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, clusters: [WrappableText.Cluster], width: Int, indent: Int, start: Int) {
        self.bytes = bytes
        self.clusters = clusters
        self.width = width
        self.indent = indent
        self.start = start
        lineStart = start
        lineEnd = start
    }

    /// A run of units no break may fall inside.
    struct Run {
        var start: Int
        var end: Int
        var width: Int
        var isSpace: Bool
        var startsWithClosing: Bool
        var endsWithOpening: Bool
        /// One wide character that is not punctuation: a number before it keeps it ("2021年").
        var isIdeograph = false
    }

    /// Whether the run's last cluster is an ASCII digit: no line breaks between a number and
    /// the ideograph after it (a unit or a date: 2021年, 3.5万).
    func endsWithDigit(_ run: Run) -> Bool {
        let last = Int(clusters[run.end - 1].end) - 1
        let from = run.end - 1 > 0 ? Int(clusters[run.end - 2].end) : 0
        return last == from && bytes[last] >= 0x30 && bytes[last] <= 0x39
    }

    func has(_ flag: UInt8, _ index: Int) -> Bool { clusters[index].flags & flag != 0 }

    mutating func wrap(limit: Int) {
        var pending: Run?
        var word: Run?
        /// Glues `unit` to the pending run, or places the pending run and starts a new one.
        func add(_ unit: Run, to pending: inout Run?, _ builder: inout LineBuilder) {
            if var run = pending, !run.isSpace, !unit.isSpace,
               run.endsWithOpening || unit.startsWithClosing || (unit.isIdeograph && builder.endsWithDigit(run)) {
                run.end = unit.end
                run.width += unit.width
                run.endsWithOpening = unit.endsWithOpening
                pending = run
            } else {
                if let run = pending { builder.place(run) }
                pending = unit
            }
        }
        var i = start
        while i < clusters.count && lines.count < limit {
            let cluster = clusters[i]
            let w = Int(cluster.width)
            let flags = cluster.flags
            if flags & (WrappableText.space | WrappableText.wide | WrappableText.breakable) != 0 {
                if let done = word {
                    add(done, to: &pending, &self)
                    word = nil
                }
                let isSpace = flags & WrappableText.space != 0
                let isMark = flags & (WrappableText.breakable | WrappableText.closing | WrappableText.opening) != 0
                add(Run(start: i, end: i + 1, width: isSpace ? 1 : w, isSpace: isSpace,
                        startsWithClosing: !isSpace && flags & WrappableText.closing != 0,
                        endsWithOpening: !isSpace && flags & WrappableText.opening != 0,
                        isIdeograph: !isSpace && !isMark && flags & WrappableText.wide != 0), to: &pending, &self)
            } else if var run = word {
                run.end = i + 1
                run.width += w
                run.endsWithOpening = flags & WrappableText.opening != 0
                word = run
            } else {
                word = Run(start: i, end: i + 1, width: w, isSpace: false, startsWithClosing: flags & WrappableText.closing != 0,
                           endsWithOpening: flags & WrappableText.opening != 0)
            }
            i += 1
        }
        guard lines.count < limit else { return }
        if let done = word { add(done, to: &pending, &self) }
        if let run = pending { place(run) }
        if lineStart != lineEnd || lines.isEmpty { flush() }
    }

    mutating func place(_ run: Run) {
        if run.width > width {
            placeSplitting(run)
            return
        }
        if lineWidth + run.width > width && lineWidth > 0 { flush() }
        if lineStart == lineEnd {
            if run.isSpace { return }
            lineStart = run.start
        }
        lineEnd = run.end
        lineWidth += run.width
    }

    /// A run wider than a line, split between clusters at the last place on the line the
    /// punctuation rules allow (carrying the clusters after it down), and anywhere only when no
    /// such place leaves the carried part within the width.
    mutating func placeSplitting(_ run: Run) {
        var onLineStart = run.start  // the run's part on this line: onLineStart..<i
        var onLineWidth = 0
        for i in run.start..<run.end {
            let w = Int(clusters[i].width)
            if lineWidth + w > width && lineWidth > 0 {
                let lineHasMore = lineWidth > onLineWidth
                var carryFrom = i
                var carriedWidth = w
                var k = i
                while k >= onLineStart {
                    if k < i { carriedWidth += Int(clusters[k].width) }
                    guard carriedWidth <= width else { break }
                    let previousOpens = k > onLineStart && has(WrappableText.opening, k - 1)
                    if !has(WrappableText.closing, k) && !previousOpens && (k > onLineStart || lineHasMore) {
                        carryFrom = k
                        break
                    }
                    k -= 1
                }
                var carried = 0
                for j in carryFrom..<i { carried += Int(clusters[j].width) }
                lineEnd = carryFrom
                flush()
                lineStart = carryFrom
                lineEnd = i
                lineWidth = carried
                onLineStart = carryFrom
                onLineWidth = carried
            }
            if lineStart == lineEnd { lineStart = i }
            lineEnd = i + 1
            lineWidth += w
            onLineWidth += w
        }
    }

    /// Ends the line: its trailing spaces dropped, the indent put before it.
    mutating func flush() {
        var end = lineEnd
        while end > lineStart && has(WrappableText.space, end - 1) { end -= 1 }
        if lines.isEmpty { firstLineClusters = end - lineStart }
        let from = byteOffset(lineStart), to = byteOffset(end)
        let count = indent + max(0, to - from)
        if count == 0 {
            lines.append("")
        } else {
            let indent = self.indent
            let source = UnsafeBufferPointer(rebasing: bytes[from..<max(from, to)])
            lines.append(String(unsafeUninitializedCapacity: count) { buffer in
                for k in 0..<indent { buffer[k] = 0x20 }
                _ = UnsafeMutableBufferPointer(rebasing: buffer[indent..<count]).initialize(from: source)
                return count
            })
        }
        lineStart = lineEnd
        lineWidth = 0
    }

    func byteOffset(_ cluster: Int) -> Int { cluster == 0 ? 0 : Int(clusters[cluster - 1].end) }
}
