import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Written before curses starts and read by the signal handlers, which can capture nothing.
nonisolated(unsafe) private var wakeWriteFD: Int32 = -1
nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var hasSavedTermios = false

/// Turns termination signals into bytes on a pipe the event loop polls, and makes fatal
/// signals (a crash) restore the terminal before the process dies.
public final class SignalTrap {
    /// Read end of the self-pipe: each byte is a signal number.
    public let readFD: Int32

    public static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1]
    static let fatal: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// `locked` (kiosk mode): SIGINT, SIGQUIT and SIGTSTP are ignored; only SIGTERM, SIGUSR1
    /// and SIGHUP end the process.
    public init?(locked: Bool = false) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        readFD = fds[0]
        wakeWriteFD = fds[1]
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        if tcgetattr(STDIN_FILENO, &savedTermios) == 0 { hasSavedTermios = true }
        for signal in Self.terminating { install(signal, handler: onTerminatingSignal, restart: false) }
        if locked {
            for signal in [SIGINT, SIGQUIT, SIGTSTP] { Glibc.signal(signal, SIG_IGN) }
        }
        for signal in Self.fatal { install(signal, handler: onFatalSignal, restart: false) }
    }

    /// Signals that arrived since the last call.
    public func drain() -> [Int32] {
        var bytes = [UInt8](repeating: 0, count: 64)
        var signals: [Int32] = []
        while true {
            let count = read(readFD, &bytes, bytes.count)
            if count <= 0 { break }
            signals += bytes.prefix(count).map { Int32($0) }
        }
        return signals
    }

    private func install(_ signal: Int32, handler: @escaping @convention(c) (Int32) -> Void, restart: Bool) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = restart ? Int32(SA_RESTART) : 0
        sigaction(signal, &action, nil)
    }
}

private func onTerminatingSignal(_ signal: Int32) {
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(wakeWriteFD, &byte, 1)
}

/// Async-signal-safe restore: leave the alternate screen, show the cursor, reset attributes,
/// put back the saved tty modes, then die of the same signal.
private func onFatalSignal(_ signal: Int32) {
    let reset: StaticString = "\u{1B}[0m\u{1B}[?1000l\u{1B}[?1049l\u{1B}[?25h\r\n"
    _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
    if hasSavedTermios { _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios) }
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
}
