import CityDashCore

/// Breaks text into lines of at most a given display width: between words for Latin text,
/// between any two characters for CJK, and inside a word only when it is longer than a line.
/// Widths are `DisplayWidth`'s (glibc's, per scalar), so a line fits exactly what the buffer
/// and the terminal draw; a grapheme cluster is never split between lines.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var word = ""
        var wordWidth = 0

        func flushLine() {
            lines.append(current.trimmingTrailingSpaces())
            current = ""
            currentWidth = 0
        }
        func place(_ piece: String, _ pieceWidth: Int) {
            if currentWidth + pieceWidth > width && currentWidth > 0 { flushLine() }
            if current.isEmpty && piece == " " { return }
            current += piece
            currentWidth += pieceWidth
        }
        func flushWord() {
            guard !word.isEmpty else { return }
            if wordWidth > width {
                for character in word { place(String(character), DisplayWidth.of(character)) }
            } else {
                place(word, wordWidth)
            }
            word = ""
            wordWidth = 0
        }

        for character in TerminalSanitizer.sanitize(text) {
            let w = DisplayWidth.of(character)
            if character == " " {
                flushWord()
                place(" ", 1)
            } else if startsWide(character) || isBreakablePunctuation(character) {
                // CJK text may break before or after any character.
                flushWord()
                place(String(character), w)
            } else {
                word.append(character)
                wordWidth += w
            }
        }
        flushWord()
        if !current.isEmpty || lines.isEmpty { flushLine() }
        return lines
    }

    /// CJK ideographs, kana, Hangul and other wide scalars: lines may break around them.
    static func startsWide(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        return DisplayWidth.wcwidth(first) == 2
    }

    static func isBreakablePunctuation(_ character: Character) -> Bool {
        breakablePunctuation.contains(character)
    }

    /// A set, not a string to search: this is asked for every character of every wrapped line.
    static let breakablePunctuation: Set<Character> = Set("，。、；：！？）》」』】")
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
        guard DisplayWidth.of(self) > width else { return self }
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

    /// The text padded with spaces (or truncated) to exactly `width` columns.
    public func padded(toWidth width: Int) -> String {
        let cut = truncated(toWidth: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}
