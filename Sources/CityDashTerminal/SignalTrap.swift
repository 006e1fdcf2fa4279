#if canImport(Glibc)
import Glibc
#endif

// Written before curses starts and read by the signal handlers, which can capture nothing.
nonisolated(unsafe) private var wakeWriteFD: Int32 = -1
nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var hasSavedTermios = false
nonisolated(unsafe) private var ignoreFaultSignalsFromOthers = false

/// Decides the fate of every signal whose default action would end the process (signal(7)),
/// so that none of them leaves the terminal in curses mode:
///
/// - `terminating` (SIGHUP, SIGINT, SIGTERM, SIGUSR1/2, SIGALRM, SIGXCPU, real-time signals, …)
///   become bytes on a self-pipe that the event loop polls; the session then restores the
///   terminal and exits with 128+N.
/// - `fatal` (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS: a crash) restore the
///   terminal in the handler and die of the same signal.
/// - SIGPIPE is ignored: the dashboard writes only to its terminal, and a write error is
///   reported as one (EPIPE), not as a death.
/// - `locked` (kiosk mode): only SIGTERM, SIGUSR1 and SIGHUP end the process (SIGHUP means the
///   terminal is gone, so there is nothing left to show); every other terminating signal and
///   the stop signals SIGTSTP, SIGTTIN, SIGTTOU are ignored, and crash signals sent by another
///   process (`kill -SEGV`) are ignored too. SIGKILL and SIGSTOP cannot be caught by anyone.
public final class SignalTrap {
    /// Read end of the self-pipe: each byte is a signal number.
    public let readFD: Int32

    /// Every signal (other than the crash signals) whose default action ends the process.
    public static let terminating: [Int32] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM,
                                              SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGPWR, SIGIO, SIGSTKFLT]
        + realTime
    /// SIGRTMIN...SIGRTMAX as this C library numbers them (glibc keeps the first two for itself).
    public static var realTime: [Int32] {
        let first = __libc_current_sigrtmin(), last = __libc_current_sigrtmax()
        return first <= last ? Array(first...last) : []
    }
    /// What still ends the kiosk: staff's two signals, and the hang-up of a terminal that is gone.
    public static let endKiosk: [Int32] = [SIGTERM, SIGUSR1, SIGHUP]
    /// Crash signals: the handler restores the terminal and the process dies of the signal.
    public static let fatal: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS]
    /// Ignored in kiosk mode so that nothing suspends it.
    public static let stopping: [Int32] = [SIGTSTP, SIGTTIN, SIGTTOU]

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
        for signal in Self.terminating {
            if locked && !Self.endKiosk.contains(signal) {
                Glibc.signal(signal, SIG_IGN)
            } else {
                install(signal, handler: onTerminatingSignal)
            }
        }
        Glibc.signal(SIGPIPE, SIG_IGN)
        if locked {
            for signal in Self.stopping { Glibc.signal(signal, SIG_IGN) }
        }
        ignoreFaultSignalsFromOthers = locked
        for signal in Self.fatal { installFatal(signal) }
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

    private func install(_ signal: Int32, handler: @escaping @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }

    private func installFatal(_ signal: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = onFatalSignal
        sigemptyset(&action.sa_mask)
        action.sa_flags = Int32(SA_SIGINFO)
        sigaction(signal, &action, nil)
    }
}

private func onTerminatingSignal(_ signal: Int32) {
    let saved = errno
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(wakeWriteFD, &byte, 1)
    errno = saved
}

/// Async-signal-safe restore: mouse reporting and application keys off, leave the alternate
/// screen, show the cursor, reset attributes,
/// put back the saved tty modes, then die of the same signal. In kiosk mode a crash signal
/// that another process sent (si_code ≤ 0, another pid) is ignored instead.
private func onFatalSignal(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?,
                           _ context: UnsafeMutableRawPointer?) {
    if ignoreFaultSignalsFromOthers, let info, info.pointee.si_code <= 0,
       info.pointee._sifields._kill.si_pid != getpid() {
        return
    }
    let reset: StaticString = "\u{1B}[0m\u{1B}[?1000l\u{1B}[?1006l\u{1B}[?1l\u{1B}>\u{1B}[?1049l\u{1B}[?25h\r\n"
    _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
    if hasSavedTermios { _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios) }
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
}
