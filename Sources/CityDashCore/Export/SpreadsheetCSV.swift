/// CSV for spreadsheets (`export --excel`): a UTF-8 byte-order mark first, so Excel on a
/// Chinese Windows reads UTF-8 instead of GBK, and CRLF line ends (what `CSVWriter` writes).
public enum SpreadsheetCSV {
    public static let byteOrderMark = "\u{FEFF}"

    public static func excel(_ csv: String) -> String {
        byteOrderMark + csv
    }
}
