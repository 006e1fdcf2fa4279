/// Writes RFC 4180 CSV. Every field is sanitized first, so a spreadsheet or a `cat` in a
/// terminal never receives control characters from the data.
public enum CSVWriter {
    public static func write(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ raw: String) -> String {
        let text = TerminalSanitizer.sanitize(raw)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
