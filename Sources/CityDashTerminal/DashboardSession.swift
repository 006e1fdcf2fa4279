import CityDashCore
import CityDashUI
#if canImport(Glibc)
import Glibc
#endif

/// Runs the interactive dashboard. It sleeps in poll() until a key, a resize, a signal, a
/// change in the data directory, a finished background load, or the next moment the screen
/// must change by itself (kiosk rotation, animation frame, ticker step, clock minute); then it
/// turns what happened into events for the reducer and redraws. With nothing due it does not
/// wake at all. Time is read from two clocks (`Instant`): scheduling follows the monotonic
/// one, so a step of the wall clock cannot stall or hurry anything.
/// The terminal is restored on every way out: `q`, a signal, an error, a vanished terminal.
public final class DashboardSession {
    public enum Outcome: Equatable, Sendable {
        case quit
        /// Ended by this signal (SIGINT, SIGTERM, SIGHUP, SIGUSR2, ...).
        case signal(Int32)
        /// The terminal went away (end of input, hang-up, I/O error).
        case terminalLost
        case terminalUnavailable
    }

    private var state: AppState
    private let wantColor: Bool
    private let terminalType: String
    private let watcher: DataDirectoryWatcher?
    private let screen = CursesScreen()

    /// `terminalType`: the terminfo entry to draw with (see `TerminalType`).
    public init(state: AppState, wantColor: Bool, terminalType: String, dataDirectory: FilePath?) {
        self.state = state
        self.wantColor = wantColor
        self.terminalType = terminalType
        self.watcher = dataDirectory.map { DataDirectoryWatcher(directory: $0) }
    }

    /// Both clocks now: CLOCK_MONOTONIC for scheduling, CLOCK_REALTIME for the on-screen time.
    static func clock() -> Instant {
        var monotonic = timespec(), wall = timespec()
        clock_gettime(CLOCK_MONOTONIC, &monotonic)
        clock_gettime(CLOCK_REALTIME, &wall)
        return Instant(monotonic: Double(monotonic.tv_sec) + Double(monotonic.tv_nsec) / 1e9,
                       wall: Double(wall.tv_sec) + Double(wall.tv_nsec) / 1e9)
    }

    public func run() -> Outcome {
        // The loop works on a local copy: passing a class's stored property to a function copies
        // the whole state (every array and string retained) at each call, several times a wake.
        var state = self.state
        defer { self.state = state }
        let kiosk = state.kiosk != nil
        guard let signals = SignalTrap(locked: kiosk) else { return .terminalUnavailable }
        guard screen.start(terminalType: terminalType, wantColor: wantColor, raw: kiosk) else {
            return .terminalUnavailable
        }
        defer { screen.stop() }
        let (width, height) = screen.size
        AppReducer.reduce(&state, .resize(width: width, height: height))
        AppReducer.reduce(&state, .tick(Self.clock()))

        // What the events since the last frame asked to redraw (`Effects.redraw`, merged).
        var redraw = Effects.Redraw.all
        // While another process group owns the terminal (we cannot read it), stdin is left out
        // of poll() until this time, so unreadable input does not make the loop spin.
        var stdinPausedUntil = -Double.infinity
        // What the clock rows on screen show (`KioskChrome.ClockFace`); nil after a full redraw.
        var face: KioskChrome.ClockFace?
        while true {
            if redraw != .none {
                let theme = Theme.named(state.theme)
                // A tick that moved only the clock rows patches the frame on screen in place;
                // anything else, or a frame that cannot take the patch, is drawn in full.
                var patched = false
                if redraw == .clockRows && DashboardView.canPatchClockRows(state)
                    && screen.frameArea == Rect(x: 0, y: 0, width: state.width, height: state.height) {
                    let layout = DashboardLayout(for: state)
                    patched = screen.patch(rows: KioskChrome.clockRows(layout), theme: theme) { frame in
                        face = KioskChrome.patchClockRows(state, layout: layout, shown: face, in: &frame)
                    }
                }
                if !patched {
                    screen.draw(DashboardView.render(state), theme: theme)
                    face = nil
                }
                redraw = .none
            }
            let now = Self.clock().monotonic
            let deadline = [KioskSchedule.nextWake(state), watcher?.nextWake(now: now),
                            stdinPausedUntil > now ? stdinPausedUntil : nil].compactMap { $0 }.min()
            let timeout: Int32 = deadline.map { Int32(min(60_000, max(0, ($0 - now) * 1000).rounded(.up))) } ?? -1
            let readStdin = stdinPausedUntil <= now
            var fds = [pollfd(fd: readStdin ? STDIN_FILENO : -1, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signals.readFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: watcher?.fd ?? -1, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: watcher?.resultFD ?? -1, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, nfds_t(fds.count), timeout)
            if ready < 0 && errno != EINTR { return .terminalLost }
            if let signal = signals.drain().first { return .signal(signal) }
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .terminalLost }

            let woke = Self.clock()
            if let watcher {
                watcher.drain(now: woke.monotonic)
                watcher.poll(now: woke.monotonic)
                switch watcher.takeResult(now: woke.monotonic) {
                case .loaded(let dataset)?:
                    if perform(AppReducer.reduce(&state, .dataReloaded(dataset)), &state, &redraw) { return .quit }
                case .rejected(let diagnostics)?:
                    if perform(AppReducer.reduce(&state, .dataRejected(diagnostics)), &state, &redraw) { return .quit }
                case nil:
                    break
                }
                watcher.startLoadIfDue(now: woke.monotonic)
            }
            if let due = KioskSchedule.nextWake(state), woke.monotonic >= due {
                if perform(AppReducer.reduce(&state, .tick(woke)), &state, &redraw) { return .quit }
            }

            // EINTR (SIGWINCH) or input: curses turns both into events.
            let events = screen.pendingEvents()
            if events.isEmpty && fds[0].revents & Int16(POLLIN) != 0 {
                // Readable, yet nothing decoded: normally keys that mean nothing here. Only a
                // probe that reads nothing can tell that the terminal is really gone.
                switch TerminalInputProbe.state(of: STDIN_FILENO) {
                case .lost: return .terminalLost
                case .background: stdinPausedUntil = woke.monotonic + 0.5
                case .open: break
                }
            }
            for event in events {
                if state.kiosk != nil, perform(AppReducer.reduce(&state, .tick(woke)), &state, &redraw) { return .quit }
                if perform(AppReducer.reduce(&state, event), &state, &redraw) { return .quit }
            }
        }
    }

    /// Carries out what the reducer asked for: notes the redraw, sends the clipboard text,
    /// writes an export and reduces its outcome. Returns true when the dashboard should quit.
    private func perform(_ effects: Effects, _ state: inout AppState, _ redraw: inout Effects.Redraw) -> Bool {
        redraw = max(redraw, effects.redraw)
        if let text = effects.clipboard { ClipboardWriter.send(text) }
        if let export = effects.export {
            let outcome = export.perform(dataset: state.dataset, now: Self.clock().wall)
            if perform(AppReducer.reduce(&state, .exportFinished(outcome)), &state, &redraw) { return true }
        }
        return effects.quit
    }
}
