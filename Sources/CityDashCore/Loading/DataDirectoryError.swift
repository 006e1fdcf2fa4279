/// The data directory (or the articles directory given to check quotes against) cannot be used,
/// as opposed to problems inside its files. Commands exit 66 for these.
public enum DataDirectoryError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case notADirectory(String)
    case unreadable(String)
    /// `validate --articles DIR` names a folder that does not exist (or is not a folder).
    case articlesMissing(String)

    /// One line; the path is sanitized like data, since it may hold anything a user typed.
    public var description: String {
        switch self {
        case .missing(let path): "data directory not found: \(Self.shown(path))"
        case .notADirectory(let path): "not a directory: \(Self.shown(path))"
        case .unreadable(let path): "cannot read data directory: \(Self.shown(path))"
        case .articlesMissing(let path):
            "articles folder not found: \(Self.shown(path)) (--articles names the folder holding the source articles)"
        }
    }

    private static func shown(_ path: String) -> String {
        TerminalSanitizer.sanitize(path)
    }
}
