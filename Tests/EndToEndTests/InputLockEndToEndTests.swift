import Foundation
import CityDashTestBridge
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Hundreds of inputs citydash maps to nothing (Shift/Ctrl/Alt+arrows, Insert, shifted
/// F-keys, Ctrl+Space, invalid UTF-8, right clicks), sent one `send-keys` at a time so each is
/// its own wake-up, must leave the kiosk (visitor mode) and the normal dashboard running and
/// answering. Until 2026-12 about 50 of them made it exit 70. The mouse wheel scrolls lists.
@Suite("Unmapped input and the mouse wheel in tmux", .serialized)
struct InputLockEndToEndTests {
    /// One entry per `send-keys`: tmux key names, or `-H` followed by raw bytes in hex.
    static let unmapped: [[String]] = [
        ["S-Right"], ["S-Left"], ["S-Up"], ["S-Down"], ["C-Right"], ["C-Left"], ["C-Up"], ["C-Down"],
        ["M-Right"], ["M-Left"], ["M-Up"], ["M-Down"], ["IC"], ["S-F5"], ["S-F8"], ["C-F3"], ["C-Space"],
        ["-H", "ff"], ["-H", "fe", "fe"], ["-H", "c0", "80"], ["-H", "80"], ["-H", "ed", "a0", "80"],
        // Right button press and release, SGR (1006) and X10 encodings.
        ["-H", "1b", "5b", "3c", "32", "3b", "31", "30", "3b", "31", "30", "4d"],
        ["-H", "1b", "5b", "3c", "32", "3b", "31", "30", "3b", "31", "30", "6d"],
        ["-H", "1b", "5b", "4d", "22", "2a", "2a"], ["-H", "1b", "5b", "4d", "23", "2a", "2a"],
    ]
    static let wheelDownSGR = ["-H"] + Array("\u{1B}[<65;30;12M".utf8).map { String($0, radix: 16) }
    static let wheelUpSGR = ["-H"] + Array("\u{1B}[<64;30;12M".utf8).map { String($0, radix: 16) }

    /// The list's " N/TOTAL ─╯" position in its bottom border.
    static func listPosition(_ screen: [String]) -> Int? {
        for line in screen.reversed() {
            if let match = line.firstMatch(of: /\ (\d+)\/(\d+) ─╯/) { return Int(match.output.1) }
        }
        return nil
    }

    /// Sends unmapped inputs one tmux command each: first runs of 60 of one kind (holding
    /// Shift+Right, Ctrl+Up, Insert; right clicks; an invalid byte), then `mixed` cycling
    /// through the whole list.
    static func barrage(_ session: TmuxSession, mixed: Int) throws {
        let runs: [[String]] = [["S-Right"], ["C-Up"], ["IC"], unmapped[22], ["-H", "ff"]]
        for input in runs {
            for _ in 0..<60 { try session.tmuxCommand(["send-keys", "-t", session.name] + input) }
        }
        for index in 0..<mixed {
            try session.tmuxCommand(["send-keys", "-t", session.name] + unmapped[index % unmapped.count])
        }
    }

    /// Back to the whole city's overview list: sequences curses does not know arrive as their
    /// single characters, and some of those (`[`, `]`, digits, Esc) are keys that do something.
    static func resetView(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try session.sendKeys("Escape", "Escape", "1", "d")
        try session.type("全市")
        try session.sendKeys("Enter")
        let (screen, ok) = try session.waitFor(timeout: 3) {
            $0.first?.contains("区: 全市") == true && KioskEndToEndTests.listTitle($0)?.hasPrefix("全部指标 (") == true
        }
        try #require(ok, "could not get back to the whole city's overview:\n\(screen.joined(separator: "\n"))",
                     sourceLocation: sourceLocation)
    }

    static func expectRunning(_ session: TmuxSession, _ pid: pid_t, after what: String,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try session.capture()
        #expect(!screen.contains { $0.contains(TmuxSession.exitMarker) },
                "citydash exited after \(what):\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
        #expect(!RobustnessEndToEndTests.isGone(pid), "citydash (pid \(pid)) is gone after \(what)",
                sourceLocation: sourceLocation)
    }

    /// Wheel notches move the list selection three rows each, in either direction.
    static func expectWheelScrolls(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let start = try #require(listPosition(try session.capture()), "no list position on screen:\n\(session.screenText())",
                                 sourceLocation: sourceLocation)
        try session.tmuxCommand(["send-keys", "-t", session.name] + wheelDownSGR)
        try session.tmuxCommand(["send-keys", "-t", session.name] + wheelDownSGR)
        let down = try session.waitFor(timeout: 3) { listPosition($0) == start + 6 }
        #expect(down.ok, "two wheel notches down should move from \(start) to \(start + 6):\n\(down.screen.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        try session.tmuxCommand(["send-keys", "-t", session.name] + wheelUpSGR)
        let up = try session.waitFor(timeout: 3) { listPosition($0) == start + 3 }
        #expect(up.ok, "one notch up should move back to \(start + 3):\n\(up.screen.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
    }

    @Test("Kiosk, visitor mode: 400 unmapped keys, right clicks and bad bytes leave it running; the wheel scrolls")
    func kioskVisitorSurvivesUnmappedInput() throws {
        let kiosk = try KioskRun(label: "unmapped", arguments: ["--idle", "600"])
        defer { kiosk.close() }
        try kiosk.pauseOnOverview()
        let pid = try #require(kiosk.session.citydashPID(), "the wrapper did not record citydash's pid")
        try Self.expectWheelScrolls(kiosk.session)
        try Self.barrage(kiosk.session, mixed: 100)
        try Self.expectRunning(kiosk.session, pid, after: "400 unmapped inputs")
        // Still answering: a panel key switches, and the wheel still scrolls.
        try Self.resetView(kiosk.session)
        try kiosk.session.sendKeys("2")
        let towns = try kiosk.session.waitFor(timeout: 3) { KioskEndToEndTests.listTitle($0)?.hasPrefix("五个新城 (") == true }
        #expect(towns.ok, "after the barrage 2 did not show the new towns:\n\(towns.screen.joined(separator: "\n"))")
        try Self.resetView(kiosk.session)
        try Self.expectWheelScrolls(kiosk.session)
        try Self.expectRunning(kiosk.session, pid, after: "the wheel")
    }

    @Test("Normal mode: 400 unmapped keys, right clicks and bad bytes leave it running; the wheel scrolls")
    func dashboardSurvivesUnmappedInput() throws {
        let session = try TmuxSession(label: "unmapped")
        defer { session.kill() }
        try RobustnessEndToEndTests.waitForDashboard(session)
        let pid = try #require(session.citydashPID(), "the wrapper did not record citydash's pid")
        try Self.expectWheelScrolls(session)
        try Self.barrage(session, mixed: 100)
        try Self.expectRunning(session, pid, after: "400 unmapped inputs")
        try Self.resetView(session)
        try Self.expectWheelScrolls(session)
        try session.sendKeys("2")
        let towns = try session.waitFor(timeout: 3) { KioskEndToEndTests.listTitle($0)?.hasPrefix("五个新城 (") == true }
        #expect(towns.ok, "after the barrage 2 did not show the new towns:\n\(towns.screen.joined(separator: "\n"))")
        try session.sendKeys("q")
        #expect(try RobustnessEndToEndTests.exitStatus(session, timeout: 3) == 0, "q should still quit with 0")
        try RobustnessEndToEndTests.expectRestoredTerminal(session)
    }
}
