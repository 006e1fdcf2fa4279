import CityDashCore

/// A figure drawn in block digits 3, 5 or 7 rows tall (see `DigitSize`), or with `ascii` in
/// the console font: ASCII only, for the Linux console and `--ascii`, whose glyphs have the
/// same widths, so a layout does not depend on the font.
///
/// Each `FigurePiece` is drawn as what it is: numbers (digits, `.`, `,`, `%`) in blocks; a
/// `+` qualifier as a block glyph; any other qualifier (超, 余, 以上, 左右, over, nearly) as a
/// framed label in the figure's own role, centred on the digits, so it is as visible as the
/// number it qualifies; scale and unit words (万亿元, CNY, trillion) as text on the bottom row.
public enum BigFigure {
    /// The characters every font draws, in the order of each font's glyphs. Fonts are arrays
    /// in this order, looked up by `glyphIndex`: hashing a `Character` for every glyph of every
    /// card, and dictionaries of them, were a third of the cards' first frame.
    static let glyphCharacters: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ".", ",", "+", "%"]

    /// The 3-row font: half blocks, 3 columns a glyph.
    static let smallGlyphs: [[String]] = [
        ["█▀█", "█ █", "█▄█"], ["▀█ ", " █ ", "▄█▄"], ["▀▀█", "█▀▀", "█▄▄"],
        ["▀▀█", " ▀█", "▄▄█"], ["█ █", "▀▀█", "  █"], ["█▀▀", "▀▀█", "▄▄█"],
        ["█▀▀", "█▀█", "█▄█"], ["▀▀█", "  █", "  █"], ["█▀█", "█▀█", "█▄█"],
        ["█▀█", "▀▀█", "▄▄█"], [" ", " ", "▄"], [" ", " ", "▄"],
        ["   ", "▄█▄", " ▀ "], ["▀ ▄", " █ ", "▀ ▄"],
    ]

    /// The 5- and 7-row fonts start from a 3×5 pixel grid: rows 1 and 3 are stretched to
    /// fill the height, the middle column to fill the width.
    static let pixels: [[String]] = [
        ["###", "#.#", "#.#", "#.#", "###"], ["##.", ".#.", ".#.", ".#.", "###"],
        ["###", "..#", "###", "#..", "###"], ["###", "..#", "###", "..#", "###"],
        ["#.#", "#.#", "###", "..#", "..#"], ["###", "#..", "###", "..#", "###"],
        ["###", "#..", "###", "#.#", "###"], ["###", "..#", "..#", "..#", "..#"],
        ["###", "#.#", "###", "#.#", "###"], ["###", "#.#", "###", "..#", "###"],
        [".", ".", ".", ".", "#"], [".", ".", ".", "#", "#"],
        ["...", ".#.", "###", ".#.", "..."], ["#.#", "..#", ".#.", "#..", "#.#"],
    ]

    /// The 5- and 7-row fonts, built once from `pixels`.
    static let mediumGlyphs = pixels.map { stretched($0, .medium) }
    static let largeGlyphs = pixels.map { stretched($0, .large) }

    /// The console font at 3 rows: ASCII has no half blocks, so the digits are drawn as seven
    /// segments of `_` and `|`, the shape of a calculator's display, 3 columns a glyph.
    static let smallAsciiGlyphs: [[String]] = [
        [" _ ", "| |", "|_|"], ["   ", "  |", "  |"], [" _ ", " _|", "|_ "],
        [" _ ", " _|", " _|"], ["   ", "|_|", "  |"], [" _ ", "|_ ", " _|"],
        [" _ ", "|_ ", "|_|"], [" _ ", "  |", "  |"], [" _ ", "|_|", "|_|"],
        [" _ ", "|_|", " _|"], [" ", " ", "."], [" ", " ", ","],
        ["   ", "_|_", "   "], ["o /", " / ", "/ o"],
    ]
    /// The console font at 5 and 7 rows: the pixel grid drawn in `#`, which every console
    /// font has and which reads as solid strokes from a distance.
    static let mediumAsciiGlyphs = pixels.map { stretched($0, .medium, ink: "#") }
    static let largeAsciiGlyphs = pixels.map { stretched($0, .large, ink: "#") }

    /// Poster sizes beyond `DigitSize.large`, tallest first, for a story page that has the
    /// room (`KioskStoryPage`): the pixel grid stretched further, with strokes 2 rows thick.
    public static let posterRows = [18, 16, 14, 12, 10]

    /// Where `character` is in `glyphCharacters`, or nil when the fonts have no glyph for it.
    static func glyphIndex(_ character: Character) -> Int? {
        guard let ascii = character.asciiValue else { return nil }
        return glyphIndex(ascii: ascii)
    }

    /// `glyphIndex` of one UTF-8 byte: every glyph is a single ASCII character.
    @inline(__always)
    static func glyphIndex(ascii byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "."): 10
        case UInt8(ascii: ","): 11
        case UInt8(ascii: "+"): 12
        case UInt8(ascii: "%"): 13
        default: nil
        }
    }

    /// The rows of `character` at `size`, or nil when the font has no such glyph.
    static func glyph(_ character: Character, _ size: DigitSize, ascii: Bool = false) -> [String]? {
        glyph(character, rows: size.rows, ascii: ascii)
    }

    /// The rows of `character` drawn `rows` tall: 3, 5, 7 or one of `posterRows`.
    static func glyph(_ character: Character, rows: Int, ascii: Bool) -> [String]? {
        glyphIndex(character).flatMap { glyph(index: $0, rows: rows, ascii: ascii) }
    }

    /// The rows of glyph number `index` (of `glyphCharacters`) drawn `rows` tall, or nil when
    /// there is no font of that height.
    static func glyph(index: Int, rows: Int, ascii: Bool) -> [String]? {
        switch (rows, ascii) {
        case (3, false): return smallGlyphs[index]
        case (5, false): return mediumGlyphs[index]
        case (7, false): return largeGlyphs[index]
        case (3, true): return smallAsciiGlyphs[index]
        case (5, true): return mediumAsciiGlyphs[index]
        case (7, true): return largeAsciiGlyphs[index]
        default:
            guard let size = posterRows.firstIndex(of: rows) else { return nil }
            return (ascii ? posterAsciiGlyphs : posterGlyphs)[size][index]
        }
    }

    /// The poster fonts in the order of `posterRows`, built once: a story page is drawn again
    /// for every frame of its arrival, and stretching each glyph every time was most of that
    /// frame's cost.
    static let posterGlyphs = posterFonts(ink: "█")
    static let posterAsciiGlyphs = posterFonts(ink: "#")

    static func posterFonts(ink: String) -> [[[String]]] {
        posterRows.map { rows in pixels.map { stretched($0, rows: rows, ink: ink) } }
    }

    /// `stretched(_:rows:ink:)` at a `DigitSize`.
    static func stretched(_ grid: [String], _ size: DigitSize, ink: String = "█") -> [String] {
        stretched(grid, rows: size.rows, ink: ink)
    }

    /// A 3×5 pixel grid drawn `rows` tall: rows 1 and 3 repeated, the middle column widened
    /// (to about as many columns as rows, which a terminal's tall cells make look square), and
    /// from 10 rows the three bars 2 rows thick.
    static func stretched(_ grid: [String], rows height: Int, ink: String) -> [String] {
        let thick = height >= 10 ? 2 : 1
        let stretch = (height - 3 * thick) / 2
        let (edge, middle) = stretchedColumns(rows: height)
        // Bytes throughout, each of the grid's five rows drawn once and repeated: the fonts are
        // built on the first frame, and strings and characters per pixel were most of its cost.
        let inkBytes = Array(ink.utf8), space = UInt8(ascii: " "), hash = UInt8(ascii: "#")
        func line(_ row: String) -> String {
            let pixels = Array(row.utf8)
            // Every row is `edge` columns (a one-column grid) or `2 * edge + middle`.
            return String(unsafeUninitializedCapacity: (2 * edge + middle) * max(1, inkBytes.count)) { line in
                var count = 0
                func append(_ inked: Bool, _ columns: Int) {
                    guard columns > 0 else { return }
                    for _ in 0..<columns {
                        if inked {
                            for byte in inkBytes {
                                line[count] = byte
                                count += 1
                            }
                        } else {
                            line[count] = space
                            count += 1
                        }
                    }
                }
                for index in pixels.indices {
                    let pixel = pixels[index]
                    let width = pixels.count == 1 || index != 1 ? edge : middle
                    // On poster sizes a stroke down the middle (the 1, the +) is as wide as the
                    // others, centred, rather than a slab as wide as the widened column.
                    if height >= 10, index == 1, pixel == hash, pixels.count == 3, pixels[2] != hash {
                        let left = (middle - edge) / 2
                        let inked = pixels[0] == hash ? left + edge : edge
                        let blank = pixels[0] == hash ? 0 : left
                        append(false, blank)
                        append(true, inked)
                        append(false, middle - blank - inked)
                        continue
                    }
                    append(pixel == hash, width)
                }
                return count
            }
        }
        var rows: [String] = []
        rows.reserveCapacity(height)
        for (index, row) in grid.prefix(5).enumerated() {
            let drawn = line(row)
            for _ in 0..<(index % 2 == 0 ? thick : stretch) { rows.append(drawn) }
        }
        return rows
    }

    /// The columns a stretched font gives an edge column of the pixel grid and its middle one.
    static func stretchedColumns(rows height: Int) -> (edge: Int, middle: Int) {
        let edge = height <= 7 ? 2 : (height + 1) / 4
        return (edge, height == 5 ? 2 : height == 7 ? 4 : height + 1 - 2 * edge)
    }

    /// Columns glyph number `index` takes `rows` tall (`glyphWidth` of its glyph), worked out
    /// from the pixel grid without building the font, or nil when there is no font that tall:
    /// laying out a row of cards tries sizes it does not draw.
    static func glyphColumns(index: Int, rows: Int) -> Int? {
        let narrow = pixels[index][0].utf8.count == 1
        switch rows {
        case 3: return narrow ? 1 : 3
        case 5, 7: break
        default: guard posterRows.contains(rows) else { return nil }
        }
        let (edge, middle) = stretchedColumns(rows: rows)
        return narrow ? edge : 2 * edge + middle
    }

    /// Columns the figure needs at `size`, or nil when a number holds a character with no glyph.
    public static func width(of pieces: [FigurePiece], size: DigitSize) -> Int? {
        width(of: pieces, rows: size.rows)
    }

    /// Columns the figure needs `rows` tall (3, 5, 7 or a poster size); nil as above.
    public static func width(of pieces: [FigurePiece], rows: Int) -> Int? {
        var total = 0
        var previousWasBig: Bool?
        for piece in pieces where !piece.isBlankWords {
            guard let part = partWidth(piece, rows) else { return nil }
            let isBig = isBlock(piece)
            // A word and a block glyph keep a column between them.
            // A word keeps a column from a block glyph after it; glyphs end in a blank column already.
            if previousWasBig == false && isBig { total += 1 }
            total += part
            previousWasBig = isBig
        }
        return total
    }

    /// The `+` glyph's place in every font.
    static var plusIndex: Int { 12 }

    static func isBlock(_ piece: FigurePiece) -> Bool {
        if case .words = piece { return false }
        return true
    }

    static func partWidth(_ piece: FigurePiece, _ rows: Int) -> Int? {
        switch piece {
        case .number(let text):
            // Byte by byte: every glyph is one ASCII character, and a character of any other
            // bytes has none.
            var total = 0
            for byte in text.utf8 {
                guard let index = glyphIndex(ascii: byte), let columns = glyphColumns(index: index, rows: rows) else {
                    return nil
                }
                total += columns + 1
            }
            return total
        case .qualifier(let text):
            if text == "+", let columns = glyphColumns(index: plusIndex, rows: rows) { return columns + 1 }
            return DisplayWidth.of(text) + 3
        case .words(let text):
            return DisplayWidth.of(trimmedWords(text))
        }
    }

    /// Draws the figure in the `size.rows` rows from `rect.y`; returns false (drawing nothing)
    /// if it does not fit. `ascii` draws it in the console font, the same width.
    @discardableResult
    public static func render(_ pieces: [FigurePiece], size: DigitSize, in rect: Rect, role: Role,
                              ascii: Bool = false, buffer: inout Buffer) -> Bool {
        render(pieces, rows: size.rows, in: rect, role: role, ascii: ascii, buffer: &buffer)
    }

    /// Draws the figure `rows` tall (3, 5, 7 or a poster size), as above.
    @discardableResult
    public static func render(_ pieces: [FigurePiece], rows: Int, in rect: Rect, role: Role,
                              ascii: Bool = false, buffer: inout Buffer) -> Bool {
        guard rect.height >= rows, let needed = width(of: pieces, rows: rows), needed <= rect.width else {
            return false
        }
        var x = rect.x
        var previousWasBig: Bool?
        let bottom = rect.y + rows - 1
        let middle = rect.y + rows / 2
        for piece in pieces where !piece.isBlankWords {
            let isBig = isBlock(piece)
            if previousWasBig == false && isBig { x += 1 }
            previousWasBig = isBig
            switch piece {
            case .number(let text):
                // Only glyphs here (`width` checked them), so byte by byte as there.
                for byte in text.utf8 {
                    guard let index = glyphIndex(ascii: byte), let glyph = glyph(index: index, rows: rows, ascii: ascii)
                    else { continue }
                    draw(glyph, x: x, y: rect.y, role: role, clip: rect, &buffer)
                    x += glyphWidth(glyph) + 1
                }
            case .qualifier(let text):
                if text == "+", let glyph = glyph(index: plusIndex, rows: rows, ascii: ascii) {
                    draw(glyph, x: x, y: rect.y, role: role, clip: rect, &buffer)
                    x += glyphWidth(glyph) + 1
                } else {
                    // A framed label centred on the digits: ┌──┐ │超│ └──┘ in the figure's role.
                    let inner = DisplayWidth.of(text)
                    let (bar, side, top, bottom) = ascii ? ("-", "|", ("+", "+"), ("+", "+"))
                        : ("─", "│", ("┌", "┐"), ("└", "┘"))
                    let line = String(repeating: bar, count: inner)
                    buffer.write(top.0 + line + top.1, x: x, y: middle - 1, role: role, clip: rect)
                    buffer.write(side + text + side, x: x, y: middle, role: role, clip: rect)
                    buffer.write(bottom.0 + line + bottom.1, x: x, y: middle + 1, role: role, clip: rect)
                    x += inner + 3
                }
            case .words(let text):
                x += buffer.write(trimmedWords(text), x: x, y: bottom, role: role, clip: rect)
            }
        }
        return true
    }

    /// Columns a glyph takes: one a scalar, since every font here is drawn in characters of
    /// width 1 (blocks, `#`, `_`, `|`, spaces; `DigitGlyphTests` holds them to it).
    static func glyphWidth(_ glyph: [String]) -> Int { glyph.first?.unicodeScalars.count ?? 0 }

    static func draw(_ glyph: [String], x: Int, y: Int, role: Role, clip: Rect, _ buffer: inout Buffer) {
        for (row, line) in glyph.enumerated() {
            buffer.write(line, x: x, y: y + row, role: role, clip: clip)
        }
    }

    /// The largest size no larger than `size` at which every one of `figures` fits in `width`
    /// columns, or nil when one of them fits at none: a row of cards shares one size.
    public static func commonSize(_ figures: [[FigurePiece]], width: Int, upTo size: DigitSize) -> DigitSize? {
        var candidate: DigitSize? = size
        while let current = candidate {
            if figures.allSatisfy({ (Self.width(of: $0, size: current) ?? .max) <= width }) { return current }
            candidate = current.smaller
        }
        return nil
    }
}

extension BigFigure {
    /// `text.trimmingSpaces()`, without its general (and, across modules, unspecialized) trim
    /// when neither end is a space, as in nearly every unit word.
    static func trimmedWords(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return "" }
        return isSpace(first) || isSpace(last) ? text.trimmingSpaces() : text
    }

    /// A tab or a space separator: what `trimmingSpaces` trims.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
}

extension FigurePiece {
    /// Spaces between words, which block digits space out by themselves.
    var isBlankWords: Bool {
        if case .words(let text) = self { return text.unicodeScalars.allSatisfy(BigFigure.isSpace) }
        return false
    }
}
