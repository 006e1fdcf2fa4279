import Foundation
import CityDashTestBridge
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every signal whose default action ends the process, sent with kill(2) to citydash under a
/// /bin/sh wrapper (which, unlike an interactive bash, restores nothing): the dashboard ends
/// with 128+N and leaves the terminal as it found it; SIGPIPE is ignored; the kiosk ignores
/// all of them except SIGTERM, SIGUSR1 and SIGHUP, and is neither ended nor stopped.
@Suite("Signals in tmux", .serialized)
struct SignalEndToEndTests {
    struct Sent: Sendable, CustomTestStringConvertible {
        var number: Int32
        var name: String
        var testDescription: String { name }
    }

    static let realTimeFirst = __libc_current_sigrtmin()
    static let realTimeLast = __libc_current_sigrtmax()

    /// Signals the README's Robustness table lists as "ends cleanly with 128+N" (SIGSYS, a
    /// crash signal, restores the terminal in its handler and dies of the signal: also 128+N).
    static let ending: [Sent] = [
        Sent(number: SIGUSR2, name: "SIGUSR2"), Sent(number: SIGALRM, name: "SIGALRM"),
        Sent(number: SIGVTALRM, name: "SIGVTALRM"), Sent(number: SIGPROF, name: "SIGPROF"),
        Sent(number: SIGXCPU, name: "SIGXCPU"), Sent(number: SIGXFSZ, name: "SIGXFSZ"),
        Sent(number: SIGPWR, name: "SIGPWR"), Sent(number: SIGIO, name: "SIGIO"),
        Sent(number: SIGSTKFLT, name: "SIGSTKFLT"), Sent(number: SIGQUIT, name: "SIGQUIT"),
        Sent(number: realTimeFirst, name: "SIGRTMIN"), Sent(number: realTimeFirst + 5, name: "SIGRTMIN+5"),
        Sent(number: realTimeLast, name: "SIGRTMAX"), Sent(number: SIGSYS, name: "SIGSYS"),
    ]

    @Test("A signal that would end the dashboard ends it with 128+N and restores the terminal",
          arguments: SignalEndToEndTests.ending)
    func endingSignalRestoresTerminal(_ signal: Sent) throws {
        let session = try TmuxSession(label: "sig-\(signal.name.lowercased())")
        defer { session.kill() }
        try RobustnessEndToEndTests.waitForDashboard(session)
        let pid = try #require(session.citydashPID(), "the wrapper did not record citydash's pid")
        try #require(RobustnessEndToEndTests.waitForExec(pid), "pid \(pid) is not citydash")
        try #require(signalProcess(pid, signal.number) == 0, "kill(\(pid), \(signal.name)) failed: errno \(errno)")
        let gone = RobustnessEndToEndTests.waitUntilGone(pid, timeout: 2)
        #expect(gone != nil, "citydash still runs 2 s after \(signal.name)")
        if gone == nil { _ = signalProcess(pid, SIGKILL) }
        let status = try RobustnessEndToEndTests.exitStatus(session, timeout: 3)
        #expect(status == 128 + Int(signal.number), "\(signal.name): status \(status.map(String.init) ?? "none")")
        try RobustnessEndToEndTests.expectRestoredTerminal(session)
    }

    @Test("SIGPIPE is ignored by the dashboard: it keeps running and q still quits with 0")
    func sigpipeIsIgnored() throws {
        let session = try TmuxSession(label: "sig-pipe")
        defer { session.kill() }
        try RobustnessEndToEndTests.waitForDashboard(session)
        let pid = try #require(session.citydashPID(), "the wrapper did not record citydash's pid")
        try #require(RobustnessEndToEndTests.waitForExec(pid), "pid \(pid) is not citydash")
        try #require(signalProcess(pid, SIGPIPE) == 0)
        try session.sendKeys("2")
        let answered = try session.waitFor(timeout: 3) { KioskEndToEndTests.listTitle($0)?.hasPrefix("五个新城 (") == true }
        #expect(answered.ok, "after SIGPIPE the dashboard no longer answers:\n\(answered.screen.joined(separator: "\n"))")
        try session.sendKeys("q")
        #expect(try RobustnessEndToEndTests.exitStatus(session, timeout: 3) == 0)
        try RobustnessEndToEndTests.expectRestoredTerminal(session)
    }

    /// Everything but SIGTERM, SIGUSR1, SIGHUP (and the uncatchable SIGKILL, SIGSTOP).
    static let ignoredByKiosk: [Sent] = ending + [
        Sent(number: SIGINT, name: "SIGINT"), Sent(number: SIGTSTP, name: "SIGTSTP"),
        Sent(number: SIGTTIN, name: "SIGTTIN"), Sent(number: SIGTTOU, name: "SIGTTOU"),
        Sent(number: SIGPIPE, name: "SIGPIPE"), Sent(number: SIGSEGV, name: "SIGSEGV"),
        Sent(number: SIGBUS, name: "SIGBUS"), Sent(number: SIGFPE, name: "SIGFPE"),
        Sent(number: SIGILL, name: "SIGILL"), Sent(number: SIGABRT, name: "SIGABRT"),
        Sent(number: SIGTRAP, name: "SIGTRAP"),
    ]

    @Test("The kiosk survives every signal but SIGTERM, SIGUSR1 and SIGHUP, keeps answering, then SIGTERM ends it")
    func kioskIgnoresAllButItsOwnSignals() throws {
        let kiosk = try KioskRun(label: "signals", arguments: ["--idle", "600"])
        defer { kiosk.close() }
        try kiosk.pauseOnOverview()
        let pid = try #require(kiosk.session.citydashPID(), "the wrapper did not record citydash's pid")
        for (index, signal) in Self.ignoredByKiosk.enumerated() {
            try #require(signalProcess(pid, signal.number) == 0, "kill(\(pid), \(signal.name)) failed: errno \(errno)")
            // A panel key proves the signal was handled (or ignored) and the kiosk still answers.
            let (key, title) = index % 2 == 0 ? ("2", "五个新城 (") : ("1", "全部指标 (")
            try kiosk.session.sendKeys(key)
            let answered = try kiosk.session.waitFor(timeout: 3) { KioskEndToEndTests.listTitle($0)?.hasPrefix(title) == true }
            #expect(answered.ok, "after \(signal.name) the kiosk no longer answers:\n\(answered.screen.joined(separator: "\n"))")
            let state = KioskEndToEndTests.processState(pid)
            #expect(state != nil && state != "Z" && state != "T", "\(signal.name) ended or stopped the kiosk (state \(state ?? "gone"))")
            if state == "T" { _ = signalProcess(pid, SIGCONT) }
            guard answered.ok else { return }
        }
        try #require(signalProcess(pid, SIGTERM) == 0)
        #expect(try RobustnessEndToEndTests.exitStatus(kiosk.session, timeout: 3) == 128 + Int(SIGTERM))
        try RobustnessEndToEndTests.expectRestoredTerminal(kiosk.session)
    }
}
