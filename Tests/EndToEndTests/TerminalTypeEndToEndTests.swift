import Foundation
import CityDashTestBridge
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// TERM as it comes: unset, empty or dumb gets one line naming the problem and the fix and
/// exit 2 (never ncurses' own "Error opening terminal" and exit 1); a terminal whose terminfo
/// is not installed here runs on xterm-256color and says so in the status line.
@Suite("TERM in tmux", .serialized)
struct TerminalTypeEndToEndTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var term: String?
        var message: String
        var testDescription: String { term.map { "TERM=\($0.isEmpty ? "''" : $0)" } ?? "TERM unset" }
    }

    static let refused = [
        Case(term: nil, message: "citydash: TERM is not set"),
        Case(term: "", message: "citydash: TERM is not set"),
        Case(term: "dumb", message: "citydash: TERM=dumb cannot place text on the screen"),
    ]

    @Test("An unusable TERM: one clear line, exit 2, terminal untouched", arguments: TerminalTypeEndToEndTests.refused)
    func unusableTermIsRefusedClearly(_ terminal: Case) throws {
        let session = try TmuxSession(label: "term-refused", environment: terminal.term.map { ["TERM": $0] } ?? [:],
                                      unset: terminal.term == nil ? ["TERM"] : [])
        defer { session.kill() }
        let status = try RobustnessEndToEndTests.exitStatus(session, timeout: 10)
        let screen = session.screenText()
        #expect(status == 2, "\(terminal.testDescription): status \(status.map(String.init) ?? "none"):\n\(screen)")
        #expect(screen.contains(terminal.message), "\(terminal.testDescription): no clear message:\n\(screen)")
        #expect(!screen.contains("Error opening terminal"), "ncurses printed its own message:\n\(screen)")
        try session.expectTerminalModes()
    }

    /// Terminals whose terminfo often is not installed where citydash runs, and one that never is.
    static let foreign = ["xterm-kitty", "alacritty", "foot", "wezterm", "citydash-no-such-terminal"]

    static func hasTerminfo(_ name: String) -> Bool {
        let infocmp = ["/usr/bin/infocmp", "/bin/infocmp"].first(where: E2E.isExecutableFile)
        guard let infocmp else { return false }
        return ((try? E2E.run(infocmp, [name]))?.status ?? 1) == 0
    }

    @Test("A TERM without terminfo here runs on xterm-256color and says so; q still quits with 0",
          arguments: TerminalTypeEndToEndTests.foreign)
    func unknownTermFallsBack(_ name: String) throws {
        let session = try TmuxSession(label: "term-fallback", environment: ["TERM": name])
        defer { session.kill() }
        let installed = Self.hasTerminfo(name)
        let (screen, ok) = try session.waitFor(timeout: 10) { screen in
            screen.first?.contains("citydash") == true
                && (installed || KioskEndToEndTests.status(screen).contains("TERM=\(name) 在此无 terminfo，改用 xterm-256color"))
        }
        #expect(ok, "TERM=\(name) (terminfo \(installed ? "installed" : "missing")): dashboard or note missing:\n\(screen.joined(separator: "\n"))")
        #expect(!screen.contains { $0.contains("Error opening terminal") })
        try session.sendKeys("q")
        #expect(try RobustnessEndToEndTests.exitStatus(session, timeout: 3) == 0)
        try RobustnessEndToEndTests.expectRestoredTerminal(session)
    }
}
