import CityDashCore

/// Makes a finished frame pure ASCII for terminals that cannot draw anything else (the Linux
/// console, `--ascii`): known symbols get ASCII look-alikes, anything else becomes "?",
/// a wide character "??" so the columns stay where they were.
public enum AsciiFallback {
    static let replacements: [String: String] = [
        "·": "-", "…": ".", "•": "*", "▏": "_", "⚠": "!", "←": "<", "→": ">", "↑": "^", "↓": "v",
        "「": "\"", "」": "\"", "“": "\"", "”": "\"", "‘": "'", "’": "'", "—": "-", "–": "-", "²": "2",
        "█": "#", "░": ".", "─": "-", "│": "|", "╭": "+", "╮": "+", "╰": "+", "╯": "+",
        // Chart marks: partial bars, the target marker, growth and reduction, framed qualifiers.
        "▎": "#", "▍": "#", "▌": "#", "▋": "#", "▊": "#", "▉": "#", "┃": "|", "▲": "^", "▼": "v",
        "┌": "+", "┐": "+", "└": "+", "┘": "+",
    ]

    public static func apply(to buffer: inout Buffer) {
        for y in 0..<buffer.area.height {
            var x = 0
            while x < buffer.area.width {
                let cell = buffer[x, y]
                if cell.symbol.unicodeScalars.allSatisfy(\.isASCII) {
                    x += 1
                    continue
                }
                let wide = !cell.isContinuation && DisplayWidth.of(cell.symbol) == 2
                let replacement = replacements[cell.symbol] ?? "?"
                buffer.put(Cell(wide ? "?" : replacement, role: cell.role), x: x, y: y)
                if wide { buffer.put(Cell("?", role: cell.role), x: x + 1, y: y) }
                x += wide ? 2 : 1
            }
        }
    }
}
