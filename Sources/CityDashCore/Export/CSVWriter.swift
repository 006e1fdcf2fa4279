/// Writes RFC 4180 CSV. Every field is sanitized first, so a spreadsheet or a `cat` in a
/// terminal never receives control characters from the data.
///
/// A text cell that a spreadsheet would run as a formula is defused, as OWASP's CSV injection
/// guidance asks: when it starts with `=`, `+`, `-`, `@`, a tab or a carriage return (also after
/// leading spaces, which some importers trim, or after characters the sanitizer drops, such as
/// U+200B), it is written with a `'` in front, which spreadsheets show as text. Cells of a
/// numeric column (value, normalized, year, ...) that are plain numbers such as `-12.5` stay
/// as they are, so they remain numbers; anything else in those columns is defused too. Token
/// columns hold a value from a fixed list in the code (the qualifier `+`, a unit, a kind), which
/// cannot carry a formula, and are written as they are, so the qualifier `+` stays `+`.
public enum CSVWriter {
    /// How the formula guard treats a column.
    enum Column {
        case text, numeric, token
    }

    /// `numericColumns` and `tokenColumns`: names from `header` of the columns that hold numbers,
    /// and of those that hold a token from a fixed list.
    public static func write(header: [String], rows: [[String]], numericColumns: Set<String> = [],
                             tokenColumns: Set<String> = []) -> String {
        let kinds: [Column] = header.map {
            numericColumns.contains($0) ? .numeric : tokenColumns.contains($0) ? .token : .text
        }
        return ([header] + rows).enumerated().map { rowIndex, row in
            row.enumerated().map { column, raw in
                // The header is the code's own column names.
                field(raw, rowIndex == 0 ? .token : column < kinds.count ? kinds[column] : .text)
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ raw: String, _ column: Column = .text) -> String {
        var text = TerminalSanitizer.sanitize(raw)
        let defuse = switch column {
        case .text: startsLikeFormula(raw: raw, sanitized: text)
        case .numeric: startsLikeFormula(raw: raw, sanitized: text) && !isPlainNumber(text)
        case .token: false
        }
        if defuse { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// Whether a spreadsheet could take the cell for a formula (OWASP's list of first characters).
    static func startsLikeFormula(raw: String, sanitized: String) -> Bool {
        if let first = raw.unicodeScalars.first, first == "\t" || first == "\r" { return true }
        guard let first = sanitized.unicodeScalars.first(where: { $0 != " " }) else { return false }
        return first == "=" || first == "+" || first == "-" || first == "@"
    }

    /// `12`, `-12.5`: an optional minus, digits, optionally a point and more digits.
    static func isPlainNumber(_ text: String) -> Bool {
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        return (parts.count == 1 || parts.count == 2) && parts.allSatisfy { !$0.isEmpty && $0.isASCIIDigits }
    }
}
