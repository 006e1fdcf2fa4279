/// How many terminal columns text takes, by the rule the terminal itself uses: glibc's
/// `wcwidth` for each Unicode scalar, as ncurses and tmux apply it. Grapheme clusters do not
/// matter: ❤️ (U+2764 U+FE0F) is 1 column, 🇨🇳 is 1 + 1, 👍🏽 is 2 + 2, น้ำ is 1 + 0 + 1.
///
/// The widths come from a table generated from glibc 2.36's `wcwidth` in C.UTF-8
/// (`WcwidthTable.swift`, made by `scripts/generate-wcwidth-table.sh`), not from a call into
/// the C library: `citydash render` must give the same text whatever the process locale is,
/// and a call would answer -1 for everything outside ASCII under `LANG=C`. DisplayWidthTests
/// compares the table with the running glibc for every scalar.
///
/// Every widget measures with this type, and `Buffer.write` places scalars by the same
/// widths, so what a widget measures is what the buffer fills and what the terminal draws.
/// Text is measured as it will be drawn, after `TerminalSanitizer`: a control is 1 column
/// (its Control Picture), a dropped bidi or zero-width character 0, a scalar glibc cannot
/// print 1 (it is drawn as U+FFFD).
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += of(scalar) }
        return total
    }

    /// A character (grapheme cluster) takes the columns of all its scalars.
    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += of(scalar) }
        return total
    }

    /// The columns one scalar takes once sanitized and drawn: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        switch TerminalSanitizer.replacement(for: scalar) {
        case nil: return max(0, wcwidth(scalar))
        case .some(nil): return 0
        case .some(let replaced?): return max(0, wcwidth(replaced))
        }
    }

    /// glibc 2.36's `wcwidth` in a UTF-8 locale: -1 for a scalar it does not print (controls,
    /// unassigned code points), 0 for combining and other zero-width scalars, 2 for East Asian
    /// wide and fullwidth ones and emoji presentation characters, 1 for the rest.
    public static func wcwidth(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        // The commonest blocks first: CJK ideographs, then Latin and Greek up to the combining marks.
        if v >= 0x4E00 && v <= 0x9FFF { return 2 }
        if v >= 0xA0 && v < 0x300 { return 1 }
        // Then what every frame draws: borders and block digits, CJK and fullwidth punctuation,
        // dashes and quotes. DisplayWidthTests holds these against glibc too.
        if v >= 0x2500 && v <= 0x259F { return 1 }
        if v >= 0x3000 && v <= 0x3029 { return 2 }
        if v >= 0xFF01 && v <= 0xFF60 { return 2 }
        if v >= 0x2010 && v <= 0x2027 { return 1 }
        var low = 0, high = rangeStarts.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if v < rangeStarts[middle] {
                high = middle - 1
            } else if v > rangeEnds[middle] {
                low = middle + 1
            } else {
                return Int(rangeWidths[middle])
            }
        }
        return 1
    }

    /// glibc's `wcswidth`: the sum of `wcwidth` over the scalars, or -1 when one of them is not
    /// printable. What a terminal draws a finished line as; tests hold every frame row to it.
    public static func wcswidth(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            let width = wcwidth(scalar)
            if width < 0 { return -1 }
            total += width
        }
        return total
    }
}
