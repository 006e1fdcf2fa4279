import CityDashCore

/// Makes a finished frame pure ASCII for terminals that cannot draw anything else (the Linux
/// console, `--ascii`): each non-ASCII character is transliterated (× → x, ≈ → ~=, “ → ",
/// … → ..., ① → (1), é → e, Ｇ → G, box drawing → - | +), and anything without an ASCII form
/// gets "?" per column it took (a CJK ideograph "??"), so the columns stay where they were.
///
/// A transliteration longer than the cell (≈ takes one column, "~=" two) pushes the rest of
/// its text to the right into the first run of blank cells after it: a run
/// that still keeps a space afterwards, or one that ends the text (at the row's end or before
/// a cell of another role, e.g. a border). Text after that run stays in place, so table
/// columns keep their alignment. When there is no such room the cell gets the first characters
/// of its transliteration only ("~" for ≈).
public enum AsciiFallback {
    public static func apply(to buffer: inout Buffer) {
        let width = buffer.area.width
        for y in 0..<buffer.area.height {
            let start = y * width
            guard buffer.cells[start..<start + width].contains(where: { !$0.isASCII }) else { continue }
            var row = Array(buffer.cells[start..<start + width])
            transliterateRow(&row)
            buffer.replaceRow(y, with: row)
        }
    }

    /// One row of cells, in place; the row keeps its length.
    static func transliterateRow(_ row: inout [Cell]) {
        var x = 0
        while x < row.count {
            let cell = row[x]
            if cell.isASCII {
                x += 1
                continue
            }
            if cell.isContinuation {
                // Half of a wide character whose first half is gone: never drawn, but keep it visible.
                row[x] = Cell(ascii: 0x3F, role: cell.role)
                x += 1
                continue
            }
            let span = x + 1 < row.count && row[x + 1].isContinuation ? 2 : 1
            var text = Array(ascii(forCell: cell, columns: span).unicodeScalars)
            if text.count > span {
                let extra = text.count - span
                if let gap = roomToGrow(in: row, from: x + span, by: extra, role: cell.role) {
                    row.removeSubrange(gap..<gap + extra)
                    row.insert(contentsOf: repeatElement(Cell.space(role: cell.role), count: extra), at: x + span)
                } else {
                    text = Array(text.prefix(span))
                }
            }
            while text.count < span { text.append(" ") }
            for (offset, scalar) in text.enumerated() {
                row[x + offset] = Cell(ascii: scalar.value, role: cell.role)
            }
            x += text.count
        }
    }

    /// Where `count` blank cells can be taken out of the row so that the text from `start`
    /// can move right by `count`: the first run of spaces after `start` that is longer than
    /// `count` (a gap inside the text keeps at least one space), or at least `count` long and
    /// ending the text (at the row's end or before a cell of another role, such as a border).
    /// Nil when the text reaches another role's non-blank cell first.
    static func roomToGrow(in row: [Cell], from start: Int, by count: Int, role: Role) -> Int? {
        var p = start
        while p < row.count {
            guard row[p].isSpace else {
                if row[p].role != role { return nil }
                p += 1
                continue
            }
            var end = p
            while end < row.count && row[end].isSpace { end += 1 }
            let endsText = end == row.count || row[end].role != role
            if end - p > count || (endsText && end - p >= count) { return p }
            if endsText { return nil }
            p = end
        }
        return nil
    }

    /// The ASCII for one cell's text (a spacing scalar and any marks on it), at least
    /// `columns` long unless it has a longer transliteration.
    static func ascii(forCell cell: Cell, columns: Int) -> String {
        guard let base = Unicode.Scalar(cell.scalar), !cell.isContinuation else {
            return String(repeating: "?", count: columns)
        }
        return transliteration(of: base) ?? String(repeating: "?", count: columns)
    }

    /// Text made ASCII the same way, scalar by scalar: marks dropped, unknown scalars "?" per column.
    public static func transliterate(_ text: String) -> String {
        var out = ""
        for scalar in TerminalSanitizer.sanitize(text).unicodeScalars {
            if scalar.value >= 0x20 && scalar.value < 0x7F {
                out.unicodeScalars.append(scalar)
                continue
            }
            let width = DisplayWidth.wcwidth(scalar)
            if width <= 0 { continue }
            out += transliteration(of: scalar) ?? String(repeating: "?", count: width)
        }
        return out
    }

    /// The ASCII look-alike of one scalar, nil when it has none.
    public static func transliteration(of scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return String(scalar) }
        if let known = symbols[scalar] { return known }
        switch v {
        case 0xC0...0x17F:
            let letters = latinLetters[Int(v - 0xC0)]
            return letters.isEmpty ? nil : letters
        case 0xFF01...0xFF5E:  // fullwidth ASCII forms
            return Unicode.Scalar(v - 0xFEE0).map(String.init)
        case 0x2400...0x241F:  // control pictures, from sanitizing: caret notation
            return "^" + String(Unicode.Scalar(UInt8(v - 0x2400 + 0x40)))
        case 0x2460...0x2473, 0x2474...0x2487, 0x2776...0x277F, 0x2780...0x2789, 0x278A...0x2793:
            return "(\(circledNumber(v)))"
        case 0x2488...0x249B:  // ⒈ … ⒛
            return "\(v - 0x2488 + 1)."
        case 0x24B6...0x24CF:  // Ⓐ … Ⓩ
            return "(" + String(Unicode.Scalar(UInt8(v - 0x24B6 + 0x41))) + ")"
        case 0x24D0...0x24E9:  // ⓐ … ⓩ
            return "(" + String(Unicode.Scalar(UInt8(v - 0x24D0 + 0x61))) + ")"
        case 0x2160...0x216B:
            return romanNumerals[Int(v - 0x2160)]
        case 0x2170...0x217B:
            return romanNumerals[Int(v - 0x2170)].lowercased()
        case 0x2070, 0x2074...0x2079:  // superscript digits (¹²³ are Latin-1, in `symbols`)
            return "\(v - 0x2070)"
        case 0x2080...0x2089:  // subscript digits
            return "\(v - 0x2080)"
        case 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return v == 0x3000 ? "  " : " "
        case 0x2500...0x257F:  // box drawing
            return boxDrawing(v)
        case 0x2580...0x259F:  // block elements
            return "#"
        case 0x25A0...0x25FF:  // geometric shapes
            return "*"
        default:
            return nil
        }
    }

    static func circledNumber(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x2460...0x2473: v - 0x2460 + 1
        case 0x2474...0x2487: v - 0x2474 + 1
        case 0x2776...0x277F: v - 0x2776 + 1
        case 0x2780...0x2789: v - 0x2780 + 1
        default: v - 0x278A + 1
        }
    }

    static func boxDrawing(_ v: UInt32) -> String {
        switch v {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576, 0x2578, 0x257A,
             0x257C, 0x257E:
            "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579, 0x257B,
             0x257D, 0x257F:
            "|"
        case 0x2571: "/"
        case 0x2572: "\\"
        case 0x2573: "X"
        default: "+"
        }
    }

    static let romanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// U+00C0…U+017F (Latin-1 letters and Latin Extended-A) without their accents, from their
    /// compatibility decompositions; × and ÷ are in `symbols`.
    static let latinLetters: [String] = """
        A A A A A A AE C E E E E I I I I D N O O O O O x O U U U U Y Th ss a a a a a a ae c e e e e i i i i d n \
        o o o o o / o u u u u y th y A a A a A a C c C c C c C c D d D d E e E e E e E e E e G g G g G g G g H h \
        H h I i I i I i I i I i IJ ij J j K k k L l L l L l L l L l N n N n N n 'n NG ng O o O o O o OE oe R r R r \
        R r S s S s S s S s T t T t T t U u U u U u U u U u U u W w Y y Y Z z Z z Z z s
        """.split(separator: " ").map(String.init)

    /// Punctuation, typography, mathematics, currency and the dashboard's own symbols.
    static let symbols: [Unicode.Scalar: String] = [
        // Latin-1 punctuation and signs
        "\u{A0}": " ", "¡": "!", "¢": "c", "£": "GBP", "¤": "$", "¥": "Y", "¦": "|", "§": "S", "¨": "\"",
        "©": "(c)", "ª": "a", "«": "<<", "¬": "-", "\u{AD}": "-", "®": "(R)", "¯": "-", "°": "deg", "±": "+/-",
        "²": "2", "³": "3", "´": "'", "µ": "u", "¶": "P", "·": ".", "¸": ",", "¹": "1", "º": "o", "»": ">>",
        "¼": "1/4", "½": "1/2", "¾": "3/4", "¿": "?", "×": "x", "÷": "/",
        // General punctuation
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "‖": "||", "‗": "_",
        "‘": "'", "’": "'", "‚": ",", "‛": "'", "“": "\"", "”": "\"", "„": "\"", "‟": "\"",
        "†": "+", "‡": "++", "•": "*", "‣": ">", "․": ".", "‥": "..", "…": "...", "‧": ".",
        "‰": "%o", "′": "'", "″": "\"", "‴": "'''", "‹": "<", "›": ">", "※": "*", "‼": "!!", "⁄": "/",
        "⁇": "??", "⁈": "?!", "⁉": "!?",
        // Currency and letterlike symbols
        "€": "EUR", "₩": "W", "₹": "Rs", "℃": "degC", "℉": "degF", "№": "No.", "™": "TM", "Ω": "Ohm",
        // Arrows: one column, as the dashboard's layout expects
        "←": "<", "→": ">", "↑": "^", "↓": "v", "↔": "<->", "⇐": "<=", "⇒": "=>", "⇔": "<=>",
        "▲": "^", "▼": "v", "◀": "<", "▶": ">", "◆": "*", "◇": "*", "●": "*", "○": "o", "■": "#", "□": "#",
        // Mathematics
        "−": "-", "∓": "-/+", "∗": "*", "∘": "o", "∙": ".", "√": "sqrt", "∞": "inf", "∼": "~", "≈": "~=",
        "≃": "~=", "≅": "~=", "≠": "!=", "≡": "==", "≤": "<=", "≥": ">=", "≦": "<=", "≧": ">=", "≪": "<<",
        "≫": ">>", "⋅": ".", "∶": ":", "∕": "/", "∖": "\\", "∣": "|",
        // Dingbats and the dashboard's own symbols
        "✓": "v", "✔": "v", "✕": "x", "✖": "x", "✗": "x", "✘": "x", "★": "*", "☆": "*", "⚠": "!",
        "▏": "_", "█": "#", "░": ".", "▒": ":", "▓": "#", "\u{FFFD}": "?", "␡": "^?",
        // Chart bars: the partial blocks of a bar's end.
        "▎": "#", "▍": "#", "▌": "#", "▋": "#", "▊": "#", "▉": "#",
        // CJK punctuation (two columns each)
        "、": ",", "。": ".", "〃": "\"", "〈": "<", "〉": ">", "《": "<<", "》": ">>", "「": "\"", "」": "\"",
        "『": "\"", "』": "\"", "【": "[", "】": "]", "〔": "(", "〕": ")", "〖": "[", "〗": "]", "〜": "~",
        "・": ".", "ー": "-", "\u{FFE0}": "c", "\u{FFE1}": "GBP", "\u{FFE5}": "Y", "\u{FFE3}": "-", "\u{FFE4}": "|",
    ]
}
