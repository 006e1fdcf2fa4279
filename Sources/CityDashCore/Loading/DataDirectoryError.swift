/// The data directory itself cannot be used (as opposed to problems inside its files).
public enum DataDirectoryError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case notADirectory(String)
    case unreadable(String)

    /// One line; the path is sanitized like data text (a path can hold escape sequences).
    public var description: String {
        switch self {
        case .missing(let path): "data directory not found: \(TerminalSanitizer.sanitize(path))"
        case .notADirectory(let path): "not a directory: \(TerminalSanitizer.sanitize(path))"
        case .unreadable(let path): "cannot read data directory: \(TerminalSanitizer.sanitize(path))"
        }
    }
}
