#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An absolute file-system path, with the few path operations citydash needs (Foundation's `URL`
/// did this before; the executable links no Foundation). A relative path is made absolute against
/// the current directory when the value is made, so messages name the place exactly.
public struct FilePath: Hashable, Sendable, CustomStringConvertible {
    /// The path: absolute, no trailing slash (except `/` itself), no empty components.
    public let path: String

    public init(_ path: String) {
        var absolute = path
        if !path.hasPrefix("/") {
            let here = FileSystem.currentDirectory()
            absolute = path.isEmpty ? here : here + "/" + path
        }
        self.path = Self.tidy(absolute)
    }

    public var description: String { path }

    /// The path with `component` (which may hold slashes: `share/citydash/data`) added.
    public func appendingPathComponent(_ component: String) -> FilePath {
        FilePath(path == "/" ? "/" + component : path + "/" + component)
    }

    /// The parent directory (`/` stays `/`).
    public func deletingLastPathComponent() -> FilePath {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return self }
        let parent = String(path[..<slash])
        return FilePath(parent.isEmpty ? "/" : parent)
    }

    /// The last component: the file's name (`/` for the root).
    public var lastPathComponent: String {
        guard path != "/", let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// The real path (symbolic links, `.` and `..` resolved) when it exists; otherwise the path
    /// with `.` and `..` resolved by name.
    public func resolvingSymlinksInPath() -> FilePath {
        guard let real = realpath(path, nil) else { return standardized() }
        defer { free(real) }
        return FilePath(String(cString: real))
    }

    /// The path with `.` and `..` components resolved by name, without looking at the disk.
    public func standardized() -> FilePath {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                _ = parts.popLast()
            } else {
                parts.append(part)
            }
        }
        var joined = ""
        for part in parts {
            joined += "/"
            joined += part
        }
        return FilePath(joined.isEmpty ? "/" : joined)
    }

    /// `path` with one leading slash, no empty components and no trailing slash. (Byte by byte:
    /// the standard library's `joined(separator:)` over substrings is generic code that looked up
    /// its associated types at run time, 0.2 M instructions the first time, at every start.)
    private static func tidy(_ path: String) -> String {
        let slash = UInt8(ascii: "/")
        var bytes: [UInt8] = [slash]
        bytes.reserveCapacity(path.utf8.count + 1)
        for byte in path.utf8 where byte != slash || bytes[bytes.count - 1] != slash {
            bytes.append(byte)
        }
        if bytes.count > 1, bytes[bytes.count - 1] == slash { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
