/// One problem found in the data, located as `FILE:LINE:COLUMN` (1-based; 0 when unknown).
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `metrics.yaml:12:5: metrics[3].scale: ...`, with any control characters from the data made visible.
    public var description: String {
        TerminalSanitizer.sanitize("\(file):\(line):\(column): \(message)")
    }
}
