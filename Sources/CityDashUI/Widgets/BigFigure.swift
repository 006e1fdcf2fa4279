import CityDashCore

/// A figure drawn three rows tall for big screens: digits, '.', ',', '+' and '%' in block
/// characters, everything else (超, 万亿元, CNY, trillion) as normal text on the bottom row.
public enum BigFigure {
    static let glyphs: [Character: [String]] = [
        "0": ["█▀█", "█ █", "█▄█"], "1": ["▀█ ", " █ ", "▄█▄"], "2": ["▀▀█", "█▀▀", "█▄▄"],
        "3": ["▀▀█", " ▀█", "▄▄█"], "4": ["█ █", "▀▀█", "  █"], "5": ["█▀▀", "▀▀█", "▄▄█"],
        "6": ["█▀▀", "█▀█", "█▄█"], "7": ["▀▀█", "  █", "  █"], "8": ["█▀█", "█▀█", "█▄█"],
        "9": ["█▀█", "▀▀█", "▄▄█"], ".": [" ", " ", "▄"], ",": [" ", " ", "▄"],
        "+": ["   ", "▄█▄", " ▀ "], "%": ["▀ ▄", " █ ", "▀ ▄"],
    ]

    /// Columns the figure needs when drawn big.
    public static func width(of text: String) -> Int {
        var total = 0
        var previousWasGlyph: Bool?
        for character in text {
            let isGlyph = glyphs[character] != nil
            if let previousWasGlyph, !previousWasGlyph && isGlyph { total += 1 }
            total += isGlyph ? DisplayWidth.of(glyphs[character]?[0] ?? "") + 1 : DisplayWidth.of(character)
            previousWasGlyph = isGlyph
        }
        return total
    }

    /// Draws `text` in the 3 rows from `rect.y`; returns false (drawing nothing) if it does not fit.
    @discardableResult
    public static func render(_ text: String, in rect: Rect, role: Role, buffer: inout Buffer) -> Bool {
        guard rect.height >= 3, width(of: text) <= rect.width else { return false }
        var x = rect.x
        var previousWasGlyph: Bool?
        for character in text {
            let isGlyph = glyphs[character] != nil
            // Text before a big digit (超, CNY) keeps a space from it.
            if let previousWasGlyph, !previousWasGlyph && isGlyph { x += 1 }
            previousWasGlyph = isGlyph
            if let glyph = glyphs[character] {
                for (row, line) in glyph.enumerated() {
                    buffer.write(line, x: x, y: rect.y + row, role: role, clip: rect)
                }
                x += DisplayWidth.of(glyph[0]) + 1
            } else {
                x += buffer.write(String(character), x: x, y: rect.y + 2, role: role, clip: rect)
            }
        }
        return true
    }
}
