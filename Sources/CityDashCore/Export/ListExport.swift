#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A request to write the list on screen to files: which kinds of record, the query that made
/// the list, the format and the directory. The reducer only records it (it stays pure); the
/// dashboard's session performs it with `write` and reports the outcome back as an event.
public struct ListExport: Hashable, Sendable {
    public var kinds: [ExportKind]
    public var query: RecordQuery
    public var format: ExportFormat
    public var directory: String

    public init(kinds: [ExportKind], query: RecordQuery, format: ExportFormat, directory: String) {
        self.kinds = kinds
        self.query = query
        self.format = format
        self.directory = directory
    }

    /// What came of a request: the paths written, or why nothing (or not everything) was.
    public enum Outcome: Hashable, Sendable {
        case written([String])
        case failed(String)
    }

    /// Writes one new file per kind, `citydash-KIND-YYYYMMDD-HHMMSS.EXT` (with `-2`, `-3`, ...
    /// when the name exists: nothing is ever overwritten). `now`: seconds since 1970, for the name.
    public func perform(dataset: Dataset, now: Double) -> Outcome {
        let stamp = Self.stamp(now)
        var written: [String] = []
        for kind in kinds {
            let text: String
            do {
                text = try Exporter(dataset: dataset, query: query).export(kind, as: format)
            } catch {
                return .failed("\(error)")
            }
            let name = "citydash-\(kind.rawValue)-\(stamp)"
            let base = directory.isEmpty ? name : (directory.hasSuffix("/") ? directory : directory + "/") + name
            switch Self.create(base: base, extension: format.rawValue, bytes: Array(text.utf8)) {
            case .success(let path): written.append(path)
            case .failure(let error): return .failed(error.message)
            }
        }
        return .written(written)
    }

    static func stamp(_ now: Double) -> String {
        var seconds = time_t(now)
        var parts = tm()
        localtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))-"
            + "\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))"
    }

    struct WriteError: Error { var message: String }

    /// Creates `base.ext` (or `base-N.ext`) exclusively and writes `bytes` to it.
    static func create(base: String, extension ext: String, bytes: [UInt8]) -> Result<String, WriteError> {
        for attempt in 1...100 {
            let path = attempt == 1 ? "\(base).\(ext)" : "\(base)-\(attempt).\(ext)"
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd < 0 {
                if errno == EEXIST { continue }
                return .failure(WriteError(message: "\(path): \(String(cString: strerror(errno)))"))
            }
            var offset = 0
            while offset < bytes.count {
                let count = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    let message = "\(path): \(String(cString: strerror(errno)))"
                    close(fd)
                    return .failure(WriteError(message: message))
                }
                offset += count
            }
            if close(fd) != 0 {
                return .failure(WriteError(message: "\(path): \(String(cString: strerror(errno)))"))
            }
            return .success(path)
        }
        return .failure(WriteError(message: "\(base).\(ext): too many files with this name"))
    }
}
