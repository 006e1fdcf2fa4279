import CityDashCore
import CityDashUI
#if canImport(Glibc)
import Glibc
#endif

/// Runs the interactive dashboard: waits in poll() for keys or signals (no busy loop: with
/// nothing to do the process sleeps), feeds each event to the reducer and redraws.
/// The terminal is restored on every way out: `q`, a signal, an error, a vanished terminal.
public final class DashboardSession {
    public enum Outcome: Equatable, Sendable {
        case quit
        /// Ended by this signal (SIGINT, SIGTERM, SIGHUP, ...).
        case signal(Int32)
        /// The terminal went away (end of input, hang-up).
        case terminalLost
        case terminalUnavailable
    }

    private var state: AppState
    private let wantColor: Bool
    private let screen = CursesScreen()

    public init(state: AppState, wantColor: Bool) {
        self.state = state
        self.wantColor = wantColor
    }

    public func run() -> Outcome {
        guard let signals = SignalTrap() else { return .terminalUnavailable }
        guard screen.start(wantColor: wantColor) else { return .terminalUnavailable }
        defer { screen.stop() }
        let (width, height) = screen.size
        AppReducer.reduce(&state, .resize(width: width, height: height))

        var needsDraw = true
        var idleReadableWakeups = 0
        while true {
            if needsDraw {
                screen.draw(DashboardView.render(state), theme: .named(state.theme))
                needsDraw = false
            }
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signals.readFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, nfds_t(fds.count), -1)
            if ready < 0 && errno != EINTR { return .terminalLost }
            if let signal = signals.drain().first { return .signal(signal) }
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .terminalLost }

            // EINTR (SIGWINCH) or input: curses turns both into events.
            let events = screen.pendingEvents()
            if events.isEmpty && fds[0].revents & Int16(POLLIN) != 0 {
                // Readable but nothing decoded, again and again: the terminal is gone.
                idleReadableWakeups += 1
                if idleReadableWakeups > 50 { return .terminalLost }
            } else {
                idleReadableWakeups = 0
            }
            for event in events {
                AppReducer.reduce(&state, event)
                needsDraw = true
                if state.shouldQuit { return .quit }
            }
        }
    }
}
