import CityDashCore

/// Breaks text into lines of at most a given display width: between words for Latin text,
/// between any two characters for CJK, and inside a word only when it is longer than a line.
/// Widths are `DisplayWidth`'s (glibc's, per scalar), so a line fits exactly what the buffer
/// and the terminal draw; a grapheme cluster is never split between lines.
///
/// Chinese line-breaking rules (kinsoku): no line starts with closing punctuation (」，。、）…)
/// and none ends with opening punctuation (「（《…). A closing mark is glued to what precedes
/// it and an opening mark to what follows, so when the pair does not fit, the character before
/// a closing mark moves down with it. A glued run wider than the whole line (e.g. `12.6%、` at
/// six columns) is split at the last allowed place on the line; only when none exists (a
/// width of a few columns) does a mark begin or end a line, as every line must fit.
///
/// The work is done by `WrappableText` on the text's UTF-8 bytes, cut once into clusters.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return WrappableText(sanitized: TerminalSanitizer.sanitize(text)).lines(from: 0, width: width).lines
    }

    /// Marks a line may break after, as a wide character (Chinese punctuation).
    static let breakableMarks = "，。、；：！？）》」』】"

    /// Marks no line may start with (Chinese, full-width and ASCII closing punctuation).
    static let closingMarks = "」』》〉】〕〗〙）］｝｠｣，。、．：；！？％”’)]},.;:!?%…‥・"

    /// Marks no line may end with (Chinese, full-width and ASCII opening punctuation).
    static let openingMarks = "「『《〈【〔〖〘（［｛｟｢“‘([{"

    static let breakablePunctuation: Set<Character> = Set(breakableMarks)
    static let closingPunctuation: Set<Character> = Set(closingMarks)
    static let openingPunctuation: Set<Character> = Set(openingMarks)

    /// The same marks as scalars (each is one).
    static let breakableScalars = Set(breakableMarks.unicodeScalars)
    static let closingScalars = Set(closingMarks.unicodeScalars)
    static let openingScalars = Set(openingMarks.unicodeScalars)
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    /// The text cut to at most `width` columns, ending in "…" when it was cut.
    public func truncated(toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        // No scalar takes more columns than it has UTF-8 bytes, so a text of at most `width`
        // bytes fits without being measured (most labels).
        guard utf8.count > width, DisplayWidth.of(self) > width else { return self }
        // Text of lone-scalar clusters (nearly all of the data) is cut on its bytes, with the
        // widths `WrappableText` gives them; anything else character by character.
        var copy = self
        let cut = copy.withUTF8 { bytes -> String? in
            guard let clusters = WrappableText.loneScalarClusters(bytes) else { return nil }
            var used = 0, end = 0
            for cluster in clusters {
                // Measured as `DisplayWidth` measures a character (the text is not sanitized, so
                // an unassigned code point counts as the replacement drawn for it).
                let start = end, stop = Int(cluster.end)
                var columns = 1
                if stop - start == 2 {
                    columns = Self.columns(UInt32(bytes[start] & 0x1F) << 6 | UInt32(bytes[start + 1] & 0x3F))
                } else if stop - start == 3 {
                    columns = Self.columns(UInt32(bytes[start] & 0x0F) << 12 | UInt32(bytes[start + 1] & 0x3F) << 6
                                           | UInt32(bytes[start + 2] & 0x3F))
                }
                if used + columns > width - 1 { break }
                used += columns
                end = stop
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
        }
        if let cut { return cut + "…" }
        var out = ""
        var used = 0
        for character in self {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    private static func columns(_ value: UInt32) -> Int {
        if value >= 0x4E00 && value <= 0x9FFF { return 2 }
        return Unicode.Scalar(value).map { DisplayWidth.of($0) } ?? 1
    }

    /// The text padded with spaces (or truncated) to exactly `width` columns.
    public func padded(toWidth width: Int) -> String {
        let cut = truncated(toWidth: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}
