import CityDashCore

/// A figure drawn in block digits 3, 5 or 7 rows tall (see `DigitSize`).
///
/// Each `FigurePiece` is drawn as what it is: numbers (digits, `.`, `,`, `%`) in blocks; a
/// `+` qualifier as a block glyph; any other qualifier (超, 余, 以上, 左右, over, nearly) as a
/// framed label in the figure's own role, centred on the digits, so it is as visible as the
/// number it qualifies; scale and unit words (万亿元, CNY, trillion) as text on the bottom row.
public enum BigFigure {
    /// The 3-row font: half blocks, 3 columns a glyph.
    static let smallGlyphs: [Character: [String]] = [
        "0": ["█▀█", "█ █", "█▄█"], "1": ["▀█ ", " █ ", "▄█▄"], "2": ["▀▀█", "█▀▀", "█▄▄"],
        "3": ["▀▀█", " ▀█", "▄▄█"], "4": ["█ █", "▀▀█", "  █"], "5": ["█▀▀", "▀▀█", "▄▄█"],
        "6": ["█▀▀", "█▀█", "█▄█"], "7": ["▀▀█", "  █", "  █"], "8": ["█▀█", "█▀█", "█▄█"],
        "9": ["█▀█", "▀▀█", "▄▄█"], ".": [" ", " ", "▄"], ",": [" ", " ", "▄"],
        "+": ["   ", "▄█▄", " ▀ "], "%": ["▀ ▄", " █ ", "▀ ▄"],
    ]

    /// The 5- and 7-row fonts start from a 3×5 pixel grid: rows 1 and 3 are stretched to
    /// fill the height, the middle column to fill the width.
    static let pixels: [Character: [String]] = [
        "0": ["###", "#.#", "#.#", "#.#", "###"], "1": ["##.", ".#.", ".#.", ".#.", "###"],
        "2": ["###", "..#", "###", "#..", "###"], "3": ["###", "..#", "###", "..#", "###"],
        "4": ["#.#", "#.#", "###", "..#", "..#"], "5": ["###", "#..", "###", "..#", "###"],
        "6": ["###", "#..", "###", "#.#", "###"], "7": ["###", "..#", "..#", "..#", "..#"],
        "8": ["###", "#.#", "###", "#.#", "###"], "9": ["###", "#.#", "###", "..#", "###"],
        "%": ["#.#", "..#", ".#.", "#..", "#.#"], "+": ["...", ".#.", "###", ".#.", "..."],
        ".": [".", ".", ".", ".", "#"], ",": [".", ".", ".", "#", "#"],
    ]

    /// The 5- and 7-row fonts, built once from `pixels`.
    static let mediumGlyphs = pixels.mapValues { stretched($0, .medium) }
    static let largeGlyphs = pixels.mapValues { stretched($0, .large) }

    /// The rows of `character` at `size`, or nil when the font has no such glyph.
    static func glyph(_ character: Character, _ size: DigitSize) -> [String]? {
        switch size {
        case .small: smallGlyphs[character]
        case .medium: mediumGlyphs[character]
        case .large: largeGlyphs[character]
        }
    }

    /// A 3×5 pixel grid drawn `size.rows` tall: rows 1 and 3 repeated, the middle column widened.
    static func stretched(_ grid: [String], _ size: DigitSize) -> [String] {
        let stretch = (size.rows - 3) / 2
        let (edge, middle) = size == .medium ? (2, 2) : (2, 4)
        let rows = [grid[0]] + Array(repeating: grid[1], count: stretch) + [grid[2]]
            + Array(repeating: grid[3], count: stretch) + [grid[4]]
        return rows.map { row in
            row.enumerated().map { index, pixel in
                let width = row.count == 1 || index != 1 ? edge : middle
                return String(repeating: pixel == "#" ? "█" : " ", count: width)
            }.joined()
        }
    }

    /// Columns the figure needs at `size`, or nil when a number holds a character with no glyph.
    public static func width(of pieces: [FigurePiece], size: DigitSize) -> Int? {
        var total = 0
        var previousWasBig: Bool?
        for piece in pieces where !piece.isBlankWords {
            guard let part = partWidth(piece, size) else { return nil }
            let isBig = isBlock(piece)
            // A word and a block glyph keep a column between them.
            // A word keeps a column from a block glyph after it; glyphs end in a blank column already.
            if previousWasBig == false && isBig { total += 1 }
            total += part
            previousWasBig = isBig
        }
        return total
    }

    static func isBlock(_ piece: FigurePiece) -> Bool {
        if case .words = piece { return false }
        return true
    }

    static func partWidth(_ piece: FigurePiece, _ size: DigitSize) -> Int? {
        switch piece {
        case .number(let text):
            var total = 0
            for character in text {
                guard let glyph = glyph(character, size) else { return nil }
                total += DisplayWidth.of(glyph[0]) + 1
            }
            return total
        case .qualifier(let text):
            if text == "+", let glyph = glyph("+", size) { return DisplayWidth.of(glyph[0]) + 1 }
            return DisplayWidth.of(text) + 3
        case .words(let text):
            return DisplayWidth.of(text.trimmingSpaces())
        }
    }

    /// Draws the figure in the `size.rows` rows from `rect.y`; returns false (drawing nothing)
    /// if it does not fit.
    @discardableResult
    public static func render(_ pieces: [FigurePiece], size: DigitSize, in rect: Rect, role: Role,
                              buffer: inout Buffer) -> Bool {
        guard rect.height >= size.rows, let needed = width(of: pieces, size: size), needed <= rect.width else {
            return false
        }
        var x = rect.x
        var previousWasBig: Bool?
        let bottom = rect.y + size.rows - 1
        let middle = rect.y + size.rows / 2
        for piece in pieces where !piece.isBlankWords {
            let isBig = isBlock(piece)
            if previousWasBig == false && isBig { x += 1 }
            previousWasBig = isBig
            switch piece {
            case .number(let text):
                for character in text {
                    guard let glyph = glyph(character, size) else { continue }
                    draw(glyph, x: x, y: rect.y, role: role, clip: rect, &buffer)
                    x += DisplayWidth.of(glyph[0]) + 1
                }
            case .qualifier(let text):
                if text == "+", let glyph = glyph("+", size) {
                    draw(glyph, x: x, y: rect.y, role: role, clip: rect, &buffer)
                    x += DisplayWidth.of(glyph[0]) + 1
                } else {
                    // A framed label centred on the digits: ┌──┐ │超│ └──┘ in the figure's role.
                    let inner = DisplayWidth.of(text)
                    let bar = String(repeating: "─", count: inner)
                    buffer.write("┌" + bar + "┐", x: x, y: middle - 1, role: role, clip: rect)
                    buffer.write("│" + text + "│", x: x, y: middle, role: role, clip: rect)
                    buffer.write("└" + bar + "┘", x: x, y: middle + 1, role: role, clip: rect)
                    x += inner + 3
                }
            case .words(let text):
                x += buffer.write(text.trimmingSpaces(), x: x, y: bottom, role: role, clip: rect)
            }
        }
        return true
    }

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

extension FigurePiece {
    /// Spaces between words, which block digits space out by themselves.
    var isBlankWords: Bool {
        if case .words(let text) = self { return text.trimmingSpaces().isEmpty }
        return false
    }
}
