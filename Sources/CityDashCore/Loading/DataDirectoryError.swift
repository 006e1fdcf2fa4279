/// The data directory itself cannot be used (as opposed to problems inside its files).
public enum DataDirectoryError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case notADirectory(String)
    case unreadable(String)

    public var description: String {
        switch self {
        case .missing(let path): "data directory not found: \(path)"
        case .notADirectory(let path): "not a directory: \(path)"
        case .unreadable(let path): "cannot read data directory: \(path)"
        }
    }
}
