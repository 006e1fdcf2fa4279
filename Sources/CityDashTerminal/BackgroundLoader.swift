import CityDashCore
#if canImport(Glibc)
import Glibc
#endif

/// Runs one data load at a time on its own thread and hands the outcome back through a pipe,
/// which the session's poll() watches next to the keyboard: the UI thread never waits.
final class BackgroundLoader: @unchecked Sendable {
    typealias Outcome = DataDirectoryWatcher.LoadOutcome

    /// Readable when an outcome is waiting.
    let readFD: Int32
    private let writeFD: Int32
    private let load: @Sendable (FilePath) -> Outcome
    private let lock = PosixLock()
    private var finished: Outcome?

    init(load: @escaping @Sendable (FilePath) -> Outcome) {
        self.load = load
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
        }
        readFD = fds[0]
        writeFD = fds[1]
    }

    deinit {
        if readFD >= 0 { close(readFD) }
        if writeFD >= 0 { close(writeFD) }
    }

    /// Starts loading `directory` on a new thread. The caller starts at most one at a time.
    func start(_ directory: FilePath) {
        PosixThread.detach { [self] in
            let outcome = load(directory)
            lock.withLock { finished = outcome }
            var byte: UInt8 = 1
            _ = write(writeFD, &byte, 1)
        }
    }

    /// The finished outcome, if there is one (never blocks).
    func take() -> Outcome? {
        var bytes = [UInt8](repeating: 0, count: 16)
        while read(readFD, &bytes, bytes.count) > 0 {}
        return lock.withLock {
            defer { finished = nil }
            return finished
        }
    }
}
