#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file only when it is a regular file (after following symbolic links), and never
/// blocks doing so.
///
/// A FIFO named `metrics.yaml` would block `open()` until a writer appears, freezing the kiosk's
/// clock and keys, and `validate` would hang; a device may do worse when opened (a tape rewinds,
/// a terminal becomes the controlling one). So the path is `stat`ed first and only a regular
/// file is opened, with `O_NONBLOCK` and `O_NOCTTY` in case it was swapped for something else
/// in between; the opened descriptor is then `fstat`ed, so what is read is exactly what was checked.
enum RegularFileReader {
    /// Why a file was not read, worded to follow its file name in a diagnostic.
    enum Failure: Error, Equatable {
        case missing
        /// A symbolic link to nothing, or a loop of links.
        case danglingLink
        case directory
        /// A FIFO, socket or device; the payload names which.
        case notRegular(String)
        case unreadable(String)
        case tooLarge(limit: Int)

        var message: String {
            switch self {
            case .missing: "file is missing"
            case .danglingLink: "is a symbolic link that leads nowhere (dangling, or a loop)"
            case .directory: "is a directory; expected a YAML file"
            case .notRegular(let kind):
                "is \(kind), not a regular file; citydash reads only regular files (replace it with the file itself)"
            case .unreadable(let reason): "cannot be read: \(reason)"
            case .tooLarge(let limit): "is larger than the limit of \(limit / 1_048_576) MiB"
            }
        }
    }

    /// The file's bytes, at most `limit` of them (a longer file is `.tooLarge`).
    static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        switch open(path, limit: limit) {
        case .success(let (fd, size)):
            defer { close(fd) }
            return readAll(fd, expected: size, limit: limit)
        case .failure(let failure):
            return .failure(failure)
        }
    }

    /// An open descriptor of the regular file at `path` and its size, which is at most `limit`;
    /// the caller closes it.
    static func open(_ path: String, limit: Int) -> Result<(fd: Int32, size: Int), Failure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(failureOfStat(path, errno: errno)) }
        if let problem = problem(with: info) { return .failure(problem) }
        let fd = systemOpen(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(failureOfStat(path, errno: errno)) }
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            return .failure(.unreadable(describe(code)))
        }
        if let problem = problem(with: info) {
            close(fd)
            return .failure(problem)
        }
        guard Int(info.st_size) <= limit else {
            close(fd)
            return .failure(.tooLarge(limit: limit))
        }
        return .success((fd, Int(info.st_size)))
    }

    /// Nil for a regular file; otherwise what it is.
    static func problem(with info: stat) -> Failure? {
        switch info.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .directory
        case S_IFIFO: .notRegular("a FIFO (named pipe)")
        case S_IFSOCK: .notRegular("a socket")
        case S_IFCHR: .notRegular("a character device")
        case S_IFBLK: .notRegular("a block device")
        default: .notRegular("not a file")
        }
    }

    /// `open(2)`; the name `open` is this type's own.
    private static func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
        #if canImport(Glibc)
        Glibc.open(path, flags)
        #else
        Darwin.open(path, flags)
        #endif
    }

    private static func failureOfStat(_ path: String, errno code: Int32) -> Failure {
        switch code {
        case ENOENT, ENOTDIR:
            var link = stat()
            return lstat(path, &link) == 0 ? .danglingLink : .missing
        case ELOOP: return .danglingLink
        case EACCES, EPERM: return .unreadable("permission denied")
        default: return .unreadable(describe(code))
        }
    }

    /// Reads to the end of the file into one buffer sized from `fstat`, refusing a file over
    /// `limit` before reading any of it (and one that grows past `limit` while being read).
    private static func readAll(_ fd: Int32, expected: Int, limit: Int) -> Result<[UInt8], Failure> {
        guard expected <= limit else { return .failure(.tooLarge(limit: limit)) }
        // One byte more than expected, so that a file that grew is noticed without a second buffer.
        var data = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var filled = 0
        while true {
            if filled == data.count {
                if filled > limit { return .failure(.tooLarge(limit: limit)) }
                data += repeatElement(0, count: min(max(data.count * 2, 1 << 16), limit + 1) - data.count)
            }
            let room = data.count - filled
            let count = data.withUnsafeMutableBytes { buffer in
                systemRead(fd, buffer.baseAddress.map { $0 + filled }, room)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(describe(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        if filled > limit { return .failure(.tooLarge(limit: limit)) }
        data.removeSubrange(filled...)
        return .success(data)
    }

    /// `read(2)`; the name `read` is this type's own.
    static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
