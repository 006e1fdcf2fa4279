#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system and process questions citydash asks, answered by the C library.
public enum FileSystem {
    /// What is at a path, following symbolic links.
    public enum Kind: Equatable, Sendable {
        case missing, directory, regularFile, other
    }

    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regularFile
        default: return .other
        }
    }

    public static func exists(_ path: String) -> Bool {
        kind(of: path) != .missing
    }

    /// True when the directory can be listed.
    public static func canList(_ path: String) -> Bool {
        guard let directory = opendir(path) else { return false }
        closedir(directory)
        return true
    }

    /// The current directory, or `/` when it cannot be found (it was removed).
    public static func currentDirectory() -> String {
        guard let path = getcwd(nil, 0) else { return "/" }
        defer { free(path) }
        return String(cString: path)
    }

    /// The process's environment, as `ProcessInfo.processInfo.environment` gives it.
    public static func environment() -> [String: String] {
        var result: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                let key = String(text[..<equals])
                if result[key] == nil { result[key] = String(text[text.index(after: equals)...]) }
            }
            entry += 1
        }
        return result
    }

    /// Why a call failed, in the C library's words.
    public static func describe(errno code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Creates `path` and any missing parents (mode 0755).
    public static func createDirectories(_ path: String) throws(FileSystemError) {
        var built = ""
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o755) != 0 && errno != EEXIST {
                throw FileSystemError(path: built, reason: describe(errno: errno))
            }
        }
        guard kind(of: path) == .directory else { throw FileSystemError(path: path, reason: "not a directory") }
    }

    /// Writes `bytes` to `path` through a temporary file renamed over it, so that a reader never
    /// sees half a file.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystemError(path: path, reason: describe(errno: errno)) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = describe(errno: errno)
                close(fd)
                unlink(temporary)
                throw FileSystemError(path: path, reason: reason)
            }
            offset += count
        }
        guard close(fd) == 0, rename(temporary, path) == 0 else {
            let reason = describe(errno: errno)
            unlink(temporary)
            throw FileSystemError(path: path, reason: reason)
        }
    }
}

/// A file operation that failed: the path and the C library's reason.
public struct FileSystemError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}
