import Foundation
import CityDashTestBridge
import Testing

/// Options that used to hang, blank the screen or do something unasked: `render --select`
/// far past the list, an empty `--data`, margins that leave no room, and hostile paths in
/// error messages.
@Suite("Input limits on the command line", .serialized)
struct InputLimitsEndToEndTests {
    static func citydash(_ arguments: [String]) throws -> E2E.RunResult {
        try E2E.run(try E2E.requireBinary(), arguments)
    }

    @Test("render --select far past the list selects the last item (and returns at once)")
    func selectPastTheEnd() throws {
        let zones = try E2E.renderFrame(width: 100, height: 30, ["--panel", "zones", "--select", "8", "--detail"])
        // Stepping through two billion rows one by one took about 45 minutes; a hang guard of
        // 60 s (`timeout`) turns that into a failure instead of a stuck test run.
        let binary = try E2E.requireBinary()
        let result = try E2E.run("/usr/bin/timeout", ["60", binary, "render", "--data", E2E.dataDirectory.path,
                                                      "--width", "100", "--height", "30", "--color", "never",
                                                      "--panel", "zones", "--select", "2000000000", "--detail"])
        #expect(result.status == 0, "status \(result.status) (124: still stepping after 60 s): \(result.stderr)")
        #expect(result.stdout == zones.joined(separator: "\n") + "\n")
    }

    @Test("render --select 0 or less is a usage error", arguments: ["0", "-3"])
    func selectBelowOne(_ value: String) throws {
        let result = try Self.citydash(["render", "--select=\(value)"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--select"), "\(result.stderr)")
    }

    @Test("--data '' is a usage error, not the default data", arguments: [["render"], ["validate"], ["export"]])
    func emptyDataDirectory(_ command: [String]) throws {
        let result = try Self.citydash(command + ["--data", ""])
        #expect(result.status == 64, "status \(result.status): \(result.stdout.prefix(200))")
        #expect(result.stderr.contains("--data needs a directory"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("a path with escape sequences is shown sanitized in error messages", arguments: ["render", "validate", "export"])
    func hostilePathSanitized(_ command: String) throws {
        let path = "/nonexistent/\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m"
        let result = try Self.citydash([command, "--data", path])
        #expect(result.status == 66, "status \(result.status): \(result.stderr)")
        #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x0A || (0x0B..<0x20).contains($0.value)
            || (0x7F...0x9F).contains($0.value) }, "raw control characters on stderr: \(result.stderr.debugDescription)")
        #expect(result.stderr.contains("/nonexistent/␛]0;pwned␇␛[2J"), "\(result.stderr)")
    }

    @Test("--margin that leaves less than 80x24 of the terminal: a usage error naming the sizes, not a blank screen")
    func marginLeavingNoRoom() throws {
        let session = try TmuxSession(width: 120, height: 40, arguments: ["--margin", "0,0,30,0"], label: "margin")
        defer { session.kill() }
        let status = try session.waitForExitStatus()
        #expect(status == 64, "exit status \(String(describing: status)); screen:\n\(session.screenText())")
        try session.expectText("leaves 120x10 of this 120x40 terminal", "the margin error")
    }

    @Test("--margin that leaves room starts the dashboard inside it")
    func marginWithRoom() throws {
        let session = try TmuxSession(width: 120, height: 40, arguments: ["--margin", "2,3,2,3"], label: "margin-ok")
        defer { session.kill() }
        let screen = try session.expectText("citydash", "the dashboard inside the margins")
        #expect(screen.first?.trimmingCharacters(in: .whitespaces).isEmpty == true, "the top margin is not blank")
    }
}
