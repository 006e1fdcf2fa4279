/// Turns a buffer into text with ANSI SGR colour codes, for `citydash render --color always`.
/// Only styles are emitted: the cell text was sanitized when it was written.
public enum AnsiRenderer {
    public static func lines(_ buffer: Buffer, theme: Theme, colors: Int = 256) -> [String] {
        (0..<buffer.area.height).map { y in
            var line: [UInt8] = []
            line.reserveCapacity(buffer.area.width * 4)
            var current: Role?
            for x in 0..<buffer.area.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if cell.role != current {
                    line += sgr(theme.style(cell.role), colors: colors).utf8
                    current = cell.role
                }
                cell.appendUTF8(to: &line)
            }
            return String(decoding: line, as: UTF8.self) + "\u{1B}[0m"
        }
    }

    static func sgr(_ style: CellStyle, colors: Int) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        codes += color(style.foreground, base: 30, colors: colors)
        codes += color(style.background, base: 40, colors: colors)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    static func color(_ color: TerminalColor, base: Int, colors: Int) -> [String] {
        let number = color.number(colors: colors)
        if number < 0 { return [] }
        if number < 8 { return ["\(base + number)"] }
        return ["\(base + 8)", "5", "\(number)"]
    }
}
