import CityDashUI
import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

/// Runs the real `CursesScreen` on a pseudo-terminal and records the bytes each frame sends to
/// it: what a terminal would receive, so the benchmarks and tests can hold ncurses' diffing to
/// account (a panel switch must not repaint the whole screen).
///
/// ncurses runs under a UTF-8 locale (C.UTF-8), as the dashboard does after
/// `TerminalEnvironment.prepare`: in the C locale it would send a placeholder for every Chinese
/// character and the measured bytes would not be the dashboard's. The locale is set for the
/// calling thread only (`uselocale`) and only while the meter is in curses, so tests running
/// beside it keep theirs.
///
/// Curses state is global, so only one meter (or dashboard) may run in a process at a time.
public final class PseudoTerminalMeter {
    public enum Failure: Error, CustomStringConvertible {
        case pseudoTerminal(String)
        case curses
        case locale

        public var description: String {
            switch self {
            case .pseudoTerminal(let step): "cannot open a pseudo-terminal (\(step) failed)"
            case .curses: "curses cannot start on the pseudo-terminal"
            case .locale: "the C.UTF-8 locale is not available"
            }
        }
    }

    private let master: Int32
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    private let screen = CursesScreen()
    private let counter = ByteCounter()
    private let utf8Locale: locale_t
    private var stopped = false

    /// A `width` x `height` pseudo-terminal of type `terminalType`, with curses started on it.
    public init(width: Int, height: Int, terminalType: String = "xterm-256color", color: Bool = true) throws(Failure) {
        // Only the character type matters to ncurses (LC_CTYPE_MASK, a macro Swift cannot import).
        guard let utf8Locale = newlocale(1 << LC_CTYPE, "C.UTF-8", nil) else { throw .locale }
        let master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0 else {
            freelocale(utf8Locale)
            throw .pseudoTerminal("posix_openpt, errno \(errno)")
        }
        guard grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            close(master)
            freelocale(utf8Locale)
            throw .pseudoTerminal("grantpt, errno \(errno)")
        }
        var size = winsize(ws_row: UInt16(clamping: height), ws_col: UInt16(clamping: width), ws_xpixel: 0, ws_ypixel: 0)
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0, ioctl(slave, UInt(TIOCSWINSZ), &size) == 0,
              let output = fdopen(slave, "w"), let input = fdopen(dup(slave), "r") else {
            close(master)
            if slave >= 0 { close(slave) }
            freelocale(utf8Locale)
            throw .pseudoTerminal("opening the terminal side, errno \(errno)")
        }
        self.utf8Locale = utf8Locale
        self.master = master
        self.output = output
        self.input = input
        let counter = self.counter
        PosixThread.detach {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                counter.add(chunk[0..<count])
            }
            counter.finish()
        }
        let started = inUTF8Locale {
            screen.start(terminalType: terminalType, output: output, input: input, wantColor: color)
        }
        guard started else {
            stop()
            throw .curses
        }
        _ = takeOutput()
    }

    deinit {
        stop()
        freelocale(utf8Locale)
    }

    /// Runs `body` with this thread in the UTF-8 locale, then puts the thread's locale back.
    private func inUTF8Locale<T>(_ body: () -> T) -> T {
        let previous = uselocale(utf8Locale)
        defer { uselocale(previous) }
        return body()
    }

    /// Draws `buffer` as the dashboard does and returns the bytes that reached the terminal.
    public func draw(_ buffer: Buffer, theme: Theme) -> [UInt8] {
        inUTF8Locale { screen.draw(buffer, theme: theme) }
        return takeOutput()
    }

    /// A sequence curses never writes (an unused OSC), sent after a frame so the reader knows
    /// where the frame ends, however the threads are scheduled.
    private static let marker = Array("\u{1B}]7777;citydash-meter\u{7}".utf8)

    /// Everything written since the last call, up to a marker written now.
    private func takeOutput() -> [UInt8] {
        Self.marker.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, output) }
        fflush(output)
        return counter.take(upTo: Self.marker)
    }

    /// Leaves curses and closes the terminal; the reader ends with it.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        inUTF8Locale { screen.stop() }
        // With every descriptor of the terminal side closed, the reader's read() fails and it ends.
        fclose(output)
        fclose(input)
        counter.waitForFinish()
        close(master)
    }
}

/// The bytes read and not yet taken, shared between the reader thread and the meter.
private final class ByteCounter: @unchecked Sendable {
    private let condition = PosixCondition()
    private var received: [UInt8] = []
    private var finished = false

    func add(_ bytes: ArraySlice<UInt8>) {
        condition.lock()
        received.append(contentsOf: bytes)
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for `marker`, then returns what came before it and forgets both (everything, if the
    /// terminal closes first).
    func take(upTo marker: [UInt8]) -> [UInt8] {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let range = received.firstRange(of: marker) {
                let before = Array(received[..<range.lowerBound])
                received.removeSubrange(..<range.upperBound)
                return before
            }
            if finished {
                defer { received.removeAll() }
                return received
            }
            condition.wait()
        }
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    func waitForFinish() {
        condition.lock()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
