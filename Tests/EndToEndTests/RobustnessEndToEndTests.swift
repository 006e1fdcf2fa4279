import CityDashCore
import Foundation
import CityDashTestBridge
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// citydash when the world misbehaves, run for real in tmux: signals at awkward moments, the
/// terminal vanishing under it, the data directory deleted, swapped, unreadable or filled with
/// garbage while it runs, and an idle dashboard that must sleep instead of polling.
///
/// Every test has its own tmux server (and, where data is touched, its own copy of data/),
/// destroyed at the end whatever happens. Waits poll with deadlines; the only fixed pauses are
/// the seeded signal delays and the 5 s idle measurement, which are what is being tested.
/// `CITYDASH_ROBUST_SEED` (decimal or 0x…) replaces the seed of the delays and key bursts.
@Suite("Robustness in tmux", .serialized)
struct RobustnessEndToEndTests {
    // MARK: Seeded moments

    static let seed: UInt64 = {
        let text = ProcessInfo.processInfo.environment["CITYDASH_ROBUST_SEED"] ?? ""
        if text.hasPrefix("0x"), let value = UInt64(text.dropFirst(2), radix: 16) { return value }
        return UInt64(text) ?? 0xC17D_A5B0_2022
    }()

    /// When, relative to a prepared state, the signal is sent.
    enum Moment: String, CaseIterable, Sendable, CustomTestStringConvertible {
        /// Right after citydash was exec'd: during argument parsing, loading and the first frames
        /// (a signal before its handlers are installed kills it outright, with nothing to restore).
        case startup
        /// The district picker is open.
        case picker
        /// A detail view scrolled down a few lines (80x24, the longest project's details).
        case scrolledDetail
        /// Kiosk mode (`--rotate 2`) just after a page change, while its figures count up (1.2 s).
        case kioskCountUp
        /// While a burst of 200 `send-keys` is arriving.
        case keyBurst

        var testDescription: String { rawValue }

        /// The seeded delays lie in 0..<maxDelay milliseconds: SIGINT's in the first third,
        /// SIGTERM's in the second, SIGHUP's in the last, so early and late moments are both hit.
        var maxDelay: Int {
            switch self {
            case .startup: 120  // the first frame is drawn about 75 ms after exec
            case .picker, .scrolledDetail: 200
            case .kioskCountUp: 900
            case .keyBurst: 300  // 200 send-keys take about a second
            }
        }
    }

    struct TrapSignal: Sendable, CustomTestStringConvertible {
        var number: Int32
        var name: String
        var testDescription: String { name }
    }

    static let signals = [TrapSignal(number: SIGINT, name: "SIGINT"), TrapSignal(number: SIGTERM, name: "SIGTERM"),
                          TrapSignal(number: SIGHUP, name: "SIGHUP")]

    /// A generator for one (moment, signal) case: the same numbers whatever order tests run in.
    /// Its first number gives the case's delay, the next ones the keys of a burst.
    static func generator(_ moment: Moment, _ signal: TrapSignal) -> SplitMix64 {
        SplitMix64(seed: seed &+ UInt64(Moment.allCases.firstIndex(of: moment)! * 8 + signalIndex(signal)))
    }

    static func signalIndex(_ signal: TrapSignal) -> Int {
        signals.firstIndex { $0.number == signal.number }!
    }

    /// The case's delay in milliseconds, drawn from `generator`.
    static func delay(_ moment: Moment, _ signal: TrapSignal, _ generator: inout SplitMix64) -> Int {
        let third = moment.maxDelay / signals.count
        return signalIndex(signal) * third + generator.below(third)
    }

    /// Keys for the burst: everything moves, switches or toggles, nothing quits, nothing opens
    /// an editor of its own, and no Enter (the leftovers reach the shell afterwards).
    static let burstKeys = ["j", "k", "Down", "Up", "Left", "Right", "Tab", "BTab", "1", "2", "3", "4", "5",
                            "]", "[", "l", "t", "NPage", "PPage", "Home", "End"]

    // MARK: 1. Signals at seeded moments

    @Test("SIGINT/SIGTERM/SIGHUP at a seeded moment: gone within 2 s, status 128+N, terminal restored",
          arguments: Moment.allCases, RobustnessEndToEndTests.signals)
    func signalAtMoment(_ moment: Moment, _ signal: TrapSignal) throws {
        let began = Date()
        defer { print("robustness: \(signal.name) at \(moment.rawValue): case took \(String(format: "%.2f", Date().timeIntervalSince(began))) s") }
        var generator = Self.generator(moment, signal)
        let delay = Self.delay(moment, signal, &generator)
        let label = "sig-\(moment.rawValue)-\(signal.name.lowercased())"
        var kiosk: KioskRun?
        let session: TmuxSession
        switch moment {
        case .kioskCountUp:
            let run = try KioskRun(label: label)
            kiosk = run
            session = run.session
        case .scrolledDetail:
            session = try TmuxSession(width: 80, height: 24, arguments: ["--panel", "projects"], label: label)
        case .startup, .picker, .keyBurst:
            session = try TmuxSession(label: label)
        }
        defer {
            if let kiosk { kiosk.close() } else { session.kill() }
        }
        let pid = try #require(session.citydashPID(), "the wrapper did not record citydash's pid")
        try #require(Self.waitForExec(pid), "pid \(pid) never became citydash: \(Self.executableName(pid) ?? "gone")")

        var burst: KeyBurst?
        switch moment {
        case .startup:
            break
        case .picker:
            try Self.waitForDashboard(session)
            try session.sendKeys("d")
            let picker = try session.waitFor(timeout: 3) { $0.contains { $0.contains("选择区 · 输入筛选") } }
            try #require(picker.ok, "d did not open the district picker:\n\(picker.screen.joined(separator: "\n"))")
        case .scrolledDetail:
            try Self.waitForDashboard(session)
            try session.type("jjjjj")
            try session.sendKeys("Enter")
            let opened = try session.waitFor(timeout: 3) { Self.detailScroll($0)?.first == 1 }
            try #require(opened.ok, "the sixth project's details (longer than the pane) did not open:\n\(opened.screen.joined(separator: "\n"))")
            try session.type("jjj")
            let scrolled = try session.waitFor(timeout: 3) { Self.detailScroll($0)?.first == 4 }
            try #require(scrolled.ok, "jjj did not scroll the details to line 4:\n\(scrolled.screen.joined(separator: "\n"))")
        case .kioskCountUp:
            try kiosk!.waitForLoop()
            // Page 3 is an overview with figure cards, so a count-up really runs.
            let turned = try session.waitFor(timeout: 6) { KioskEndToEndTests.pageNumber($0) == 3 }
            try #require(turned.ok, "the loop did not reach page 3:\n\(turned.screen.joined(separator: "\n"))")
        case .keyBurst:
            try Self.waitForDashboard(session)
            burst = KeyBurst(session, keys: (0..<200).map { _ in generator.pick(Self.burstKeys) })
        }
        defer { burst?.wait() }

        usleep(useconds_t(delay * 1000))
        let sentBefore = burst?.sent
        try #require(signalProcess(pid, signal.number) == 0, "kill(\(pid), \(signal.name)) failed: errno \(errno)")
        var signalledAt = Date()
        var expected = 128 + Int(signal.number)
        print("robustness: \(signal.name) at \(moment.rawValue) after \(delay) ms (seed \(String(Self.seed, radix: 16)))"
              + (sentBefore.map { ", \($0)/200 keys sent" } ?? ""))
        if let sentBefore {
            #expect(sentBefore < 200, "the burst was already over when the signal was sent (delay \(delay) ms)")
        }

        if moment == .kioskCountUp && signal.number == SIGINT {
            // Kiosk mode ignores SIGINT by design: it must go on turning pages.
            let next = try session.waitFor(timeout: 3.5) { KioskEndToEndTests.pageNumber($0) == 4 }
            #expect(next.ok, "after SIGINT the kiosk stopped turning pages:\n\(next.screen.joined(separator: "\n"))")
            #expect(!Self.isGone(pid), "the kiosk (pid \(pid)) ended on SIGINT, which it must ignore")
            #expect(!next.screen.contains { $0.hasPrefix(TmuxSession.exitMarker) },
                    "the kiosk exited on SIGINT:\n\(next.screen.joined(separator: "\n"))")
            try #require(signalProcess(pid, SIGTERM) == 0, "kill(\(pid), SIGTERM) failed: errno \(errno)")
            signalledAt = Date()
            expected = 128 + Int(SIGTERM)
        }

        let goneAfter = Self.waitUntilGone(pid, timeout: 2)
        #expect(goneAfter != nil, """
            citydash (pid \(pid)) still runs 2 s after the signal (state \(Self.sample(pid)?.state ?? "?")):
            \(session.screenText())
            """)
        if goneAfter == nil { _ = signalProcess(pid, SIGKILL) }
        let status = try Self.exitStatus(session, timeout: 2)
        #expect(status == expected, "CITYDASH-EXIT=\(expected) expected, got \(status.map(String.init) ?? "none"):\n\(session.screenText())")
        print("robustness: gone \(String(format: "%.3f", goneAfter ?? -1)) s after the signal, "
              + "status \(status.map(String.init) ?? "none") (\(String(format: "%.2f", Date().timeIntervalSince(signalledAt))) s)")

        if let burst {
            // The rest of the burst went to the shell's line: wait for it, then discard it
            // (Ctrl-C at a canonical-mode terminal flushes the pending line).
            burst.wait()
            #expect(burst.failures == 0, "\(burst.failures) of the 200 send-keys failed")
            _ = try session.waitFor(timeout: 3) { $0.contains { $0.hasPrefix(TmuxSession.promptMark) } }
            try session.sendKeys("C-c")
            let clean = try session.waitFor(timeout: 3) { E2E.normalized($0).last == TmuxSession.promptMark }
            try #require(clean.ok, "Ctrl-C did not give a clean prompt after the burst:\n\(clean.screen.joined(separator: "\n"))")
        }
        try Self.expectRestoredTerminal(session)
    }

    // MARK: 2. The terminal disappears

    struct Hangup: Sendable, CustomTestStringConvertible {
        var kiosk: Bool
        var killServer: Bool
        var testDescription: String { (kiosk ? "kiosk, " : "dashboard, ") + (killServer ? "kill-server" : "kill-session") }
    }

    static let hangups = [Hangup(kiosk: false, killServer: false), Hangup(kiosk: false, killServer: true),
                          Hangup(kiosk: true, killServer: false), Hangup(kiosk: true, killServer: true)]

    @Test("The terminal disappears under it: citydash exits within 2 s and does not spin",
          arguments: RobustnessEndToEndTests.hangups)
    func terminalDisappears(_ hangup: Hangup) throws {
        let began = Date()
        defer { print("robustness: \(hangup.testDescription): case took \(String(format: "%.2f", Date().timeIntervalSince(began))) s") }
        let label = "hangup-\(hangup.kiosk ? "kiosk" : "dash")-\(hangup.killServer ? "server" : "session")"
        var kiosk: KioskRun?
        let session: TmuxSession
        if hangup.kiosk {
            let run = try KioskRun(label: label)
            kiosk = run
            session = run.session
        } else {
            session = try TmuxSession(label: label)
        }
        defer {
            if let kiosk { kiosk.close() } else { session.kill() }
        }
        if let kiosk { try kiosk.waitForLoop() } else { try Self.waitForDashboard(session) }
        let pid = try #require(session.citydashPID(), "the wrapper did not record citydash's pid")
        try #require(Self.waitForExec(pid), "pid \(pid) is not citydash: \(Self.executableName(pid) ?? "gone")")

        try session.tmuxCommand(hangup.killServer ? ["kill-server"] : ["kill-session", "-t", session.name])
        let start = Date()
        // Gone within 1 s: done. Otherwise sample its CPU time at 1 s and 2 s: a process that
        // lingers must at least be asleep, not spinning on a dead terminal.
        var goneAfter = Self.waitUntilGone(pid, timeout: 1)
        var lingering: (state: String, ticks: Int)?
        if goneAfter == nil, let first = Self.sample(pid) {
            goneAfter = Self.waitUntilGone(pid, timeout: max(0, 2 - Date().timeIntervalSince(start)))
            if goneAfter == nil {
                // waitUntilGone returned at the 2 s deadline, 1 s after the first sample.
                if let second = Self.sample(pid) { lingering = (second.state, second.ticks - first.ticks) }
            } else {
                goneAfter = Date().timeIntervalSince(start)
            }
        }
        print("robustness: \(hangup.testDescription): citydash gone after \(goneAfter.map { String(format: "%.3f s", $0) } ?? "> 2 s")")
        if let lingering {
            let ticks = sysconf(Int32(_SC_CLK_TCK))
            #expect(lingering.ticks <= 1, """
                citydash (pid \(pid)) lingers after \(hangup.testDescription) and spins: \(lingering.ticks) clock ticks \
                (of \(ticks)/s) of CPU in one second, state \(lingering.state)
                """)
        }
        #expect(goneAfter != nil, """
            citydash (pid \(pid)) still runs 2 s after \(hangup.testDescription) \
            (state \(lingering?.state ?? Self.sample(pid)?.state ?? "?"), \(lingering?.ticks ?? -1) ticks in the last second)
            """)
        if goneAfter == nil { _ = signalProcess(pid, SIGKILL) }
    }

    // MARK: 3. Faults in the data directory while running

    @Test("Deleting the data directory keeps the figures with ⚠; copying it back clears the warning")
    func dataDirectoryDeleted() throws {
        let run = try LiveDataRun(label: "deleted")
        defer { run.close() }
        let start = try Self.render(data: run.data)
        guard try run.session.expectScreen(start, "the start-up screen of the data copy") else { return }

        try FileManager.default.removeItem(at: run.data)
        try expectWarning(run, since: Date(), location: "\(run.data.lastPathComponent):0:", mentioning: "not found",
                          figures: start, hold: 1.3, what: "data directory deleted")

        try FileManager.default.copyItem(at: E2E.dataDirectory, to: run.data)
        try expectScreenWithin3s(run, start, since: Date(), what: "data directory copied back")

        // The watcher is attached to the new directory: an edit shows, and it stops polling.
        try expectEditShows(run, gdp: "4.33", what: "edit after the directory came back")
        try expectAsleep(run, for: 2.5, what: "after the directory came back")
    }

    @Test("Replacing the data directory by rename shows the new figure within 3 s (atomic swap, then move aside)")
    func dataDirectoryReplacedByRename() throws {
        let run = try LiveDataRun(label: "renamed")
        defer { run.close() }
        let start = try Self.render(data: run.data)
        guard try run.session.expectScreen(start, "the start-up screen of the data copy") else { return }

        // 1. An atomic swap (renameat2 RENAME_EXCHANGE): the path never goes missing.
        let staged = try run.stage("data.new", gdp: "4.33")
        let first = try Self.render(data: staged)
        #expect(KioskEndToEndTests.gdpRow(first)?.contains("4.33万亿元") == true, "render of the new data lacks 4.33万亿元")
        let swapped = Self.exchange(staged, run.data)
        if !swapped {
            // No RENAME_EXCHANGE on this kernel or file system: two renames instead.
            try FileManager.default.moveItem(at: run.data, to: run.root.appendingPathComponent("data.swapped"))
            try FileManager.default.moveItem(at: staged, to: run.data)
        }
        try expectScreenWithin3s(run, first, since: Date(),
                                 what: swapped ? "directory swapped by RENAME_EXCHANGE" : "directory renamed over")

        // 2. mv old aside; mv new into place (the path is missing for a moment).
        let second = try run.stage("data.new2", gdp: "4.34")
        let secondFrame = try Self.render(data: second)
        try FileManager.default.moveItem(at: run.data, to: run.root.appendingPathComponent("data.old"))
        try FileManager.default.moveItem(at: second, to: run.data)
        try expectScreenWithin3s(run, secondFrame, since: Date(), what: "old directory moved aside, new one moved in")

        // The watcher is attached to the directory now at the path: an edit there shows.
        try expectEditShows(run, gdp: "4.35", what: "edit after the two renames")
    }

    @Test("An unreadable data file shows ⚠ naming it with the old figures; making it readable recovers")
    func unreadableDataFile() throws {
        let run = try LiveDataRun(label: "unreadable")
        defer { run.close() }
        let start = try Self.render(data: run.data)
        guard try run.session.expectScreen(start, "the start-up screen of the data copy") else { return }
        let metrics = run.data.appendingPathComponent("metrics.yaml")
        let original = try String(contentsOf: metrics, encoding: .utf8)

        // chmod 000 stops reads only for ordinary users: root (as in many CI containers) reads
        // anyway, so there the file is replaced by a directory of the same name, which no one
        // can read as a file.
        let asRoot = geteuid() == 0
        if asRoot {
            try FileManager.default.removeItem(at: metrics)
            try FileManager.default.createDirectory(at: metrics, withIntermediateDirectories: false)
        } else {
            try #require(chmod(metrics.path, 0) == 0, "chmod 000 failed: errno \(errno)")
        }
        let broken = Date()
        let what = asRoot ? "metrics.yaml replaced by a directory (running as root)" : "metrics.yaml chmod 000"
        let problem = try Self.firstProblem(run.data, what)
        #expect(problem.file == "metrics.yaml", "\(what): the loader blames \(problem.file), not metrics.yaml")
        try expectWarning(run, since: broken, location: "\(problem.file):\(problem.line):", figures: start, hold: 0.5,
                          what: what)

        if asRoot {
            try FileManager.default.removeItem(at: metrics)
            try KioskRun.writeByRename(original, to: metrics)
        } else {
            try #require(chmod(metrics.path, 0o644) == 0, "chmod 644 failed: errno \(errno)")
        }
        try expectScreenWithin3s(run, start, since: Date(), what: asRoot ? "metrics.yaml a file again" : "metrics.yaml chmod 644")
    }

    @Test("Garbage bytes (invalid UTF-8, NULs, escapes) in a data file show ⚠ naming it; fixing it recovers")
    func garbageInDataFile() throws {
        let run = try LiveDataRun(label: "garbage")
        defer { run.close() }
        let start = try Self.render(data: run.data)
        guard try run.session.expectScreen(start, "the start-up screen of the data copy") else { return }
        let metrics = run.data.appendingPathComponent("metrics.yaml")
        let original = try String(contentsOf: metrics, encoding: .utf8)

        // 1. Seeded random bytes after a plausible start: NULs, invalid UTF-8, C0 controls, ESC.
        var generator = SplitMix64(seed: Self.seed ^ 0x6A72_6261_6765)
        var bytes = Array("metrics:\n  - id: garbage\n    name: {zh: \"乱码\", en: \"garbage\"}\n".utf8)
        for index in 0..<4096 {
            let byte = UInt8(truncatingIfNeeded: generator.next())
            bytes.append(index % 17 == 0 ? 0 : index % 29 == 0 ? 0x1B : index % 31 == 0 ? 0xFF : byte)
        }
        try Self.writeInPlace(bytes, to: metrics)
        var broken = Date()
        var problem = try Self.firstProblem(run.data, "random bytes")
        #expect(problem.file == "metrics.yaml" && problem.message.contains("UTF-8"),
                "random bytes: the loader's first problem is \(problem.description)")
        try expectWarning(run, since: broken, location: "\(problem.file):\(problem.line):", figures: start, hold: 0.5,
                          what: "random bytes")

        try KioskRun.writeInPlace(original, to: metrics)
        try expectScreenWithin3s(run, start, since: Date(), what: "metrics.yaml restored after random bytes")

        // 2. Valid UTF-8 with NULs and terminal escapes (clear screen, set title, bell) in the GDP
        //    figure: rejected, and none of it may reach the terminal.
        let nasty = original.replacingOccurrences(of: "stated: \"4.32万亿元\"",
                                                  with: "stated: \"9.99万亿元\u{0}\u{1B}[2J\u{1B}]0;pwned\u{7}\u{0}\"")
        try #require(nasty != original, "the GDP record's stated line was not found")
        try KioskRun.writeByRename(nasty, to: metrics)
        broken = Date()
        problem = try Self.firstProblem(run.data, "NULs and escapes")
        #expect(problem.file == "metrics.yaml", "NULs and escapes: the loader blames \(problem.description)")
        try expectWarning(run, since: broken, location: "\(problem.file):\(problem.line):", figures: start,
                          hold: 0.5, what: "NULs and escapes")
        let title = try run.session.tmuxCommand(["display-message", "-p", "-t", run.session.name, "#{pane_title}"])
        #expect(!title.contains("pwned"), "an escape sequence from the data file reached the terminal: pane title \(title)")

        try KioskRun.writeByRename(original, to: metrics)
        try expectScreenWithin3s(run, start, since: Date(), what: "metrics.yaml restored after NULs and escapes")
    }

    // MARK: 4. Idle

    @Test("Left alone for 5 s the dashboard uses no CPU time and does not wake (it sleeps in poll)")
    func idleUsesNoCPU() throws {
        let run = try LiveDataRun(label: "idle")
        defer { run.close() }
        let start = try Self.render(data: run.data)
        guard try run.session.expectScreen(start, "the start-up screen of the data copy") else { return }
        let pid = try #require(run.session.citydashPID(), "the wrapper did not record citydash's pid")
        try #require(Self.waitForExec(pid), "pid \(pid) is not citydash")
        // Let the last frame's write finish before measuring.
        _ = Self.waitUntilSleeping(pid, timeout: 1)

        let before = try #require(Self.sample(pid), "no /proc/\(pid)/stat")
        let switchesBefore = Self.contextSwitches(pid)
        usleep(5_000_000)
        let after = try #require(Self.sample(pid), "citydash (pid \(pid)) vanished while idle")
        let switchesAfter = Self.contextSwitches(pid)
        let wchan = (try? String(contentsOfFile: "/proc/\(pid)/wchan", encoding: .utf8)) ?? "?"
        let ticks = after.ticks - before.ticks
        let wakeups = switchesAfter - switchesBefore
        print("robustness: idle 5 s: \(ticks) clock ticks, \(wakeups) context switches, state \(after.state), wchan \(wchan)")
        #expect(ticks <= 1, "the idle dashboard used \(ticks) clock ticks of CPU in 5 s (of \(sysconf(Int32(_SC_CLK_TCK)))/s)")
        #expect(wakeups <= 2, "the idle dashboard woke \(wakeups) times in 5 s: it polls instead of sleeping (wchan \(wchan))")
        #expect(after.state == "S", "the idle dashboard should be asleep, is in state \(after.state)")
        let screen = try run.session.capture()
        #expect(E2E.normalized(screen) == E2E.normalized(start), "the idle screen changed:\n\(E2E.difference(expected: start, actual: screen))")
    }

    // MARK: Checks

    /// Within 3 s of `started` (the moment the data broke) the status line has ⚠ and `location`
    /// while every row above it still shows the last good data (`figures`), and it stays so for
    /// `hold` seconds (the watcher retries, and each retry redraws).
    private func expectWarning(_ run: LiveDataRun, since started: Date, location: String, mentioning message: String? = nil,
                               figures: [String], hold: TimeInterval, what: String,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let good = Self.body(figures)
        let (screen, ok) = try run.session.waitFor(timeout: max(0, 3 - Date().timeIntervalSince(started))) { screen in
            let status = KioskEndToEndTests.status(screen)
            return status.contains("⚠") && status.contains(location)
        }
        let seconds = Date().timeIntervalSince(started)
        #expect(ok, "\(what): no ⚠ \(location) in the status line within 3 s:\n\(screen.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        guard ok else { return }
        print("robustness: \(what): warning after \(String(format: "%.2f", seconds)) s: \(KioskEndToEndTests.status(screen))")
        if let message {
            #expect(KioskEndToEndTests.status(screen).contains(message), "\(what): the warning should say \(message)",
                    sourceLocation: sourceLocation)
        }
        #expect(Self.body(screen) == good, """
            \(what): the screen above the status line is no longer the last good data:
            \(E2E.difference(expected: good, actual: Self.body(screen)))
            """, sourceLocation: sourceLocation)
        let holdUntil = Date().addingTimeInterval(hold)
        while Date() < holdUntil {
            usleep(100_000)
            let later = try run.session.capture()
            guard Self.body(later) == good, KioskEndToEndTests.status(later).contains("⚠") else {
                Issue.record("""
                    \(what): \(String(format: "%.1f", Date().timeIntervalSince(started))) s in, the screen changed \
                    while the data is still broken:
                    \(later.joined(separator: "\n"))
                    """, sourceLocation: sourceLocation)
                return
            }
        }
    }

    /// The whole screen becomes `expected` (no warning, the figures of the data now on disk)
    /// within 3 s of `started`, the moment the files were changed.
    private func expectScreenWithin3s(_ run: LiveDataRun, _ expected: [String], since started: Date, what: String,
                                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let timeout = max(0, 3 - Date().timeIntervalSince(started))
        if try run.session.expectScreen(expected, "the data's frame (\(what))", timeout: timeout,
                                        sourceLocation: sourceLocation) {
            print("robustness: \(what): screen right after \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        }
    }

    /// metrics.yaml of `run.data` rewritten (by rename) with GDP `gdp`: the screen shows exactly
    /// that data's frame within 3 s.
    private func expectEditShows(_ run: LiveDataRun, gdp: String, what: String,
                                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        let metrics = run.data.appendingPathComponent("metrics.yaml")
        let original = try String(contentsOf: E2E.dataDirectory.appendingPathComponent("metrics.yaml"), encoding: .utf8)
        let edited = run.root.appendingPathComponent("expected-\(gdp)")
        try FileManager.default.copyItem(at: run.data, to: edited)
        try Data(KioskEndToEndTests.gdp(original, gdp).utf8).write(to: edited.appendingPathComponent("metrics.yaml"))
        let frame = try Self.render(data: edited, sourceLocation: sourceLocation)
        try FileManager.default.removeItem(at: edited)
        #expect(KioskEndToEndTests.gdpRow(frame)?.contains("\(gdp)万亿元") == true, "render lacks \(gdp)万亿元",
                sourceLocation: sourceLocation)
        try KioskRun.writeByRename(KioskEndToEndTests.gdp(original, gdp), to: metrics)
        try expectScreenWithin3s(run, frame, since: Date(), what: what, sourceLocation: sourceLocation)
    }

    /// citydash does not wake for `seconds` (at most one context switch): no polling.
    private func expectAsleep(_ run: LiveDataRun, for seconds: TimeInterval, what: String,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let pid = try #require(run.session.citydashPID(), "no pid recorded", sourceLocation: sourceLocation)
        _ = Self.waitUntilSleeping(pid, timeout: 1)
        let before = Self.contextSwitches(pid)
        usleep(useconds_t(seconds * 1_000_000))
        let wakeups = Self.contextSwitches(pid) - before
        print("robustness: \(what): \(wakeups) wakeups in \(seconds) s")
        #expect(wakeups <= 1, "\(what): citydash woke \(wakeups) times in \(seconds) s; it should sleep until something changes",
                sourceLocation: sourceLocation)
    }

    /// `stty -a` in the shell after citydash shows line mode and echo; tmux says the cursor is
    /// visible, the normal screen is back and mouse reporting and application cursor keys are off.
    static func expectRestoredTerminal(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try session.expectTerminalModes(sourceLocation: sourceLocation)

        // The terminfo cnorm state cannot be read back, but tmux tracks what the pane asked for.
        // A tmux without one of these formats prints an empty value: that sub-check is skipped.
        let names = ["cursor_flag", "alternate_on", "mouse_any_flag", "keypad_cursor_flag"]
        let values = try session.tmuxCommand(["display-message", "-p", "-t", session.name,
                                              names.map { "#{\($0)}" }.joined(separator: "|")])
            .trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let wanted = ["cursor_flag": "1", "alternate_on": "0", "mouse_any_flag": "0", "keypad_cursor_flag": "0"]
        let meaning = ["cursor_flag": "the cursor is hidden", "alternate_on": "the alternate screen is still on",
                       "mouse_any_flag": "mouse reporting is still on",
                       "keypad_cursor_flag": "application cursor keys are still on"]
        for (name, value) in zip(names, values) where !value.isEmpty {
            #expect(value == wanted[name], "after citydash \(meaning[name]!) (#{\(name)} = \(value))",
                    sourceLocation: sourceLocation)
        }
    }

    // MARK: Screens

    /// The normal dashboard is drawn: header and the key hints of the status line.
    static func waitForDashboard(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (screen, ok) = try session.waitFor(timeout: 5) { screen in
            screen.first?.contains("citydash") == true && KioskEndToEndTests.status(screen).contains("q退出")
        }
        try #require(ok, "the dashboard was not drawn:\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    /// The wrapper's `CITYDASH-EXIT=<status>`. Unlike `TmuxSession.waitForExitStatus` it is found
    /// anywhere in a line (wrapped lines joined): keys that arrive after citydash restored echo
    /// but before the wrapper prints its line are echoed in front of it.
    static func exitStatus(_ session: TmuxSession, timeout: TimeInterval) throws -> Int? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let text = try session.tmuxCommand(["capture-pane", "-p", "-J", "-t", session.name])
            if let match = text.firstMatch(of: /CITYDASH-EXIT=(\d+)/) { return Int(match.output.1) }
            if Date() >= deadline { return nil }
            usleep(50_000)
        }
    }

    /// The detail view's " FIRST-LAST/TOTAL " scroll indicator in its bottom border.
    static func detailScroll(_ screen: [String]) -> (first: Int, total: Int)? {
        for line in screen.reversed() {
            if let match = line.firstMatch(of: /\ (\d+)-(\d+)\/(\d+) ─╯/) {
                return (Int(match.output.1) ?? 0, Int(match.output.3) ?? 0)
            }
        }
        return nil
    }

    /// The rows above the status line, trailing spaces trimmed.
    static func body(_ screen: [String]) -> [String] {
        Array(E2E.normalized(screen).dropLast())
    }

    /// `citydash render --data <data> --width 120 --height 40 --color never`.
    static func render(data: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let binary = try E2E.requireBinary(sourceLocation: sourceLocation)
        let result = try E2E.run(binary, ["render", "--data", data.path, "--width", "120", "--height", "40",
                                          "--color", "never"])
        try #require(result.status == 0, "render --data \(data.path) exited \(result.status): \(result.stderr)",
                     sourceLocation: sourceLocation)
        var lines = result.stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The first problem the loader finds in `data` (what the status line shows).
    static func firstProblem(_ data: URL, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Diagnostic {
        let result = try DatasetLoader().load(directory: data)
        return try #require(result.diagnostics.first, "\(what): the loader found nothing wrong", sourceLocation: sourceLocation)
    }

    // MARK: Files

    /// Truncates `url` and writes `bytes` into the same file.
    static func writeInPlace(_ bytes: [UInt8], to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_TRUNC)
        guard fd >= 0 else { throw E2E.SpawnError(description: "open \(url.path) failed: errno \(errno)") }
        defer { _ = close(fd) }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw E2E.SpawnError(description: "write \(url.path) failed: errno \(errno)") }
    }

    /// Swaps two paths atomically with renameat2(RENAME_EXCHANGE); false where unsupported.
    static func exchange(_ a: URL, _ b: URL) -> Bool {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        return renameat2(AT_FDCWD, a.path, AT_FDCWD, b.path, renameExchange) == 0
    }

    // MARK: Processes (/proc)

    /// State letter and utime+stime (clock ticks, all threads) from /proc/PID/stat; nil when
    /// there is no such process.
    static func sample(_ pid: pid_t) -> (state: String, ticks: Int)? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // After "(comm)": field 3 state … field 14 utime, field 15 stime.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return (String(fields[0]), user + system)
    }

    /// Voluntary and involuntary context switches of all its threads: how often it woke.
    static func contextSwitches(_ pid: pid_t) -> Int {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        var total = 0
        for task in tasks {
            let status = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/status", encoding: .utf8)) ?? ""
            for line in status.split(separator: "\n") where line.contains("ctxt_switches:") {
                total += Int(line.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0
            }
        }
        return total
    }

    /// Exited: no /proc entry, or a zombie nobody has reaped yet (the wrapper shell that
    /// would reap it may have died with the terminal).
    static func isGone(_ pid: pid_t) -> Bool {
        guard let state = sample(pid)?.state else { return true }
        return state == "Z" || state == "X"
    }

    /// Seconds until `pid` was gone, or nil if it still runs after `timeout`.
    static func waitUntilGone(_ pid: pid_t, timeout: TimeInterval) -> TimeInterval? {
        let start = Date()
        while !isGone(pid) {
            if Date().timeIntervalSince(start) >= timeout { return nil }
            usleep(20_000)
        }
        return Date().timeIntervalSince(start)
    }

    static func waitUntilSleeping(_ pid: pid_t, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if sample(pid)?.state == "S" { return true }
            usleep(20_000)
        }
        return false
    }

    static func executableName(_ pid: pid_t) -> String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe"))
            .map { URL(fileURLWithPath: $0).lastPathComponent }
    }

    /// The wrapper records its pid before it execs env, which execs citydash: wait for that.
    static func waitForExec(_ pid: pid_t, timeout: TimeInterval = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if executableName(pid) == "citydash" { return true }
            if isGone(pid) { return false }
            usleep(5_000)
        }
        return false
    }
}

/// The dashboard on a private copy of data/ (`<root>/data`, siblings for staged copies) in a
/// 120x40 pane. `close()` ends the tmux server and removes the copies.
final class LiveDataRun {
    let root: URL
    let data: URL
    let session: TmuxSession

    init(label: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("citydash-robust-\(getpid())-\(label)-\(UUID().uuidString.prefix(8))")
        data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        do {
            try FileManager.default.copyItem(at: E2E.dataDirectory, to: data)
            session = try TmuxSession(width: 120, height: 40, label: "robust-\(label)", dataDirectory: data,
                                      sourceLocation: sourceLocation)
        } catch {
            try? FileManager.default.removeItem(at: root)
            throw error
        }
    }

    deinit { close() }

    func close() {
        session.kill()
        // A file left at mode 000 is still removable (the directory is writable).
        try? FileManager.default.removeItem(at: root)
    }

    /// A fresh copy of data/ at `<root>/<name>` whose city GDP is `gdp` (e.g. "4.33").
    func stage(_ name: String, gdp: String) throws -> URL {
        let staged = root.appendingPathComponent(name)
        try FileManager.default.copyItem(at: E2E.dataDirectory, to: staged)
        let metrics = staged.appendingPathComponent("metrics.yaml")
        let original = try String(contentsOf: metrics, encoding: .utf8)
        let changed = KioskEndToEndTests.gdp(original, gdp)
        try #require(changed != original, "the GDP record was not found in metrics.yaml")
        try Data(changed.utf8).write(to: metrics)
        return staged
    }
}

/// 200 (or however many) `tmux send-keys`, one key each, sent as fast as tmux takes them on a
/// thread of their own, so a signal can arrive in the middle.
final class KeyBurst: @unchecked Sendable {
    private let lock = NSLock()
    private var sentCount = 0
    private var failureCount = 0
    private var finished = false
    private let done = DispatchSemaphore(value: 0)

    init(_ session: TmuxSession, keys: [String]) {
        let tmux = session.tmux, socket = session.socket, target = session.name
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        let clientEnvironment = environment
        Thread.detachNewThread { [self] in
            for key in keys {
                let result = try? E2E.run(tmux, ["-L", socket, "-f", "/dev/null", "send-keys", "-t", target, key],
                                          environment: clientEnvironment)
                lock.withLock {
                    sentCount += 1
                    if result?.status != 0 { failureCount += 1 }
                }
            }
            done.signal()
        }
    }

    var sent: Int { lock.withLock { sentCount } }
    var failures: Int { lock.withLock { failureCount } }

    /// Waits (at most 30 s) for the last key; safe to call more than once.
    func wait() {
        let alreadyFinished = lock.withLock { finished }
        guard !alreadyFinished else { return }
        _ = done.wait(timeout: .now() + 30)
        lock.withLock { finished = true }
    }
}
