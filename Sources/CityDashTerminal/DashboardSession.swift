import CityDashCore
import CityDashUI
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the interactive dashboard. It sleeps in poll() until a key, a resize, a signal, a
/// change in the data directory, or the next moment the screen must change by itself
/// (kiosk rotation, animation frame, ticker step, clock minute); then it turns what happened
/// into events for the reducer and redraws. With nothing due it does not wake at all.
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
    private let watcher: DataDirectoryWatcher?
    private let screen = CursesScreen()

    public init(state: AppState, wantColor: Bool, dataDirectory: URL?) {
        self.state = state
        self.wantColor = wantColor
        self.watcher = dataDirectory.map(DataDirectoryWatcher.init(directory:))
    }

    static func clock() -> Double { Date().timeIntervalSince1970 }

    public func run() -> Outcome {
        let kiosk = state.kiosk != nil
        guard let signals = SignalTrap(locked: kiosk) else { return .terminalUnavailable }
        guard screen.start(wantColor: wantColor, raw: kiosk) else { return .terminalUnavailable }
        defer { screen.stop() }
        let (width, height) = screen.size
        AppReducer.reduce(&state, .resize(width: width, height: height))
        AppReducer.reduce(&state, .tick(now: Self.clock()))

        var needsDraw = true
        var idleReadableWakeups = 0
        var drawn: (state: AppState, frame: Buffer)?
        // Only ticks since the last frame: a kiosk frame may then be patched, not redrawn.
        var onlyTicks = false
        while true {
            if needsDraw {
                var frame: Buffer
                var changedRows: [Int]?
                if onlyTicks, let drawn, DashboardView.onlyClockRowsChange(from: drawn.state, to: state) {
                    frame = drawn.frame
                    DashboardView.refreshClockRows(state, in: &frame)
                    changedRows = DashboardView.clockRows(state)
                } else {
                    frame = DashboardView.render(state)
                }
                screen.draw(frame, theme: .named(state.theme), rows: changedRows)
                drawn = (state, frame)
                needsDraw = false
                onlyTicks = true
            }
            let now = Self.clock()
            let deadline = [KioskSchedule.nextWake(state), watcher?.nextWake(now: now)].compactMap { $0 }.min()
            let timeout: Int32 = deadline.map { Int32(min(60_000, max(0, ($0 - now) * 1000).rounded(.up))) } ?? -1
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signals.readFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: watcher?.fd ?? -1, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, nfds_t(fds.count), timeout)
            if ready < 0 && errno != EINTR { return .terminalLost }
            if let signal = signals.drain().first { return .signal(signal) }
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .terminalLost }

            let woke = Self.clock()
            if let watcher {
                watcher.drain(now: woke)
                watcher.poll(now: woke)
                switch watcher.loadIfDue(now: woke) {
                case .loaded(let dataset)?:
                    AppReducer.reduce(&state, .dataReloaded(dataset))
                    needsDraw = true
                    onlyTicks = false
                case .rejected(let diagnostics)?:
                    AppReducer.reduce(&state, .dataRejected(diagnostics))
                    needsDraw = true
                    onlyTicks = false
                case nil:
                    break
                }
            }
            if let due = KioskSchedule.nextWake(state), woke >= due {
                AppReducer.reduce(&state, .tick(now: woke))
                needsDraw = true
            }

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
                if state.kiosk != nil { AppReducer.reduce(&state, .tick(now: woke)) }
                AppReducer.reduce(&state, event)
                // The reducer only asks for an export; writing the files is this loop's effect.
                if let text = state.pendingClipboard {
                    ClipboardWriter.send(text)
                    AppReducer.reduce(&state, .clipboardSent)
                }
                if let export = state.pendingExport {
                    AppReducer.reduce(&state, .exportFinished(export.perform(dataset: state.dataset, now: Self.clock())))
                }
                needsDraw = true
                onlyTicks = false
                if state.shouldQuit { return .quit }
            }
        }
    }
}
