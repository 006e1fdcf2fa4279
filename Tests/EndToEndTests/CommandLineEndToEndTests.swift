import Foundation
import CityDashTestBridge
import Testing

/// The non-interactive commands as a shell runs them: output that cannot be written, help and
/// the slips a newcomer makes on the command line. Each case goes through `/bin/sh` so the
/// redirections and the SIGPIPE disposition are exactly what a user or systemd sets up.
@Suite("Command line and output errors")
struct CommandLineEndToEndTests {
    /// Runs `citydash ARGS` inside `sh -c SCRIPT`, where the script names the binary as "$0".
    static func shell(_ script: String) throws -> E2E.RunResult {
        let binary = try E2E.requireBinary()
        var environment = E2E.childEnvironment()
        environment["CITYDASH_DATA"] = E2E.dataDirectory.path
        return try E2E.run("/bin/sh", ["-c", script, binary], environment: environment)
    }

    static let producers: [String] = [
        "export", "export --format csv --kind metrics", "render --width 120 --height 40", "validate", "--help",
        "--version", "help render",
    ]

    @Test("a full disk: one line naming the cause, exit 74, no trap or backtrace", arguments: producers)
    func fullDisk(command: String) throws {
        let result = try Self.shell("\"$0\" \(command) > /dev/full")
        #expect(result.status == 74, "status \(result.status), stderr: \(result.stderr.prefix(400))")
        #expect(result.stderr == "citydash: cannot write output: No space left on device\n")
    }

    @Test("a closed stdout: one line, exit 74", arguments: ["export", "render --width 80 --height 24"])
    func closedOutput(command: String) throws {
        let result = try Self.shell("\"$0\" \(command) >&-")
        #expect(result.status == 74, "status \(result.status), stderr: \(result.stderr.prefix(400))")
        #expect(result.stderr == "citydash: cannot write output: Bad file descriptor\n")
    }

    @Test("a reader that goes away with SIGPIPE ignored (systemd's default): exit 74 without a word")
    func brokenPipeWithSigpipeIgnored() throws {
        // The producer's status goes to fd 3, which the pipeline leaves alone.
        let result = try Self.shell("trap '' PIPE; { \"$0\" export; echo \"status=$?\" >&3; } 3>&2 2>/tmp/citydash-epipe-$$ | head -c 100 >/dev/null; cat /tmp/citydash-epipe-$$; rm -f /tmp/citydash-epipe-$$")
        #expect(result.stderr == "status=74\n", "stderr: \(result.stderr.prefix(400))")
    }

    @Test("an error message to a full stderr still ends with its own exit code, not a trap")
    func fullStandardError() throws {
        let result = try Self.shell("\"$0\" render --width 80 --height 24 --district nowhere 2>/dev/full")
        #expect(result.status == 74, "status \(result.status)")
        let usage = try Self.shell("\"$0\" render --width 0 2>/dev/full")
        #expect(usage.status == 74, "status \(usage.status)")
    }

    @Test("what was typed comes back in an error message without its escape sequences")
    func usageErrorsAreSanitized() throws {
        let result = try Self.shell("\"$0\" render --panel \"$(printf 'x\\033]0;pwned\\007\\033[2J')\"")
        #expect(result.status == 64, "status \(result.status)")
        #expect(result.stderr.contains("x␛]0;pwned␇␛[2J"), "stderr: \(result.stderr)")
        #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test("validate warns on stderr, as FILE:LINE:COLUMN: warning:, about a playlist page with nothing to show; exit 0")
    func validateWarnsAboutAnEmptyPlaylistPage() throws {
        // A copy of the shipped data whose playlist has a page for Huangpu, which has no records.
        let result = try Self.shell("""
            d=$(mktemp -d) && cp "$CITYDASH_DATA"/*.yaml "$d"/ && \
            printf 'playlist:\\n  - {panel: overview}\\n  - {panel: district, district: huangpu}\\n' > "$d/kiosk.yaml" && \
            "$0" validate --data "$d"; status=$?; rm -rf "$d"; exit $status
            """)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains(": valid ("), "stdout: \(result.stdout)")
        #expect(result.stderr.hasPrefix("kiosk.yaml:3:5: warning: playlist[1]: page district (huangpu) would show nothing"),
                "stderr: \(result.stderr)")
    }

    @Test("--help lists the dashboard's own options and the exit codes")
    func topLevelHelp() throws {
        let result = try Self.shell("\"$0\" --help")
        #expect(result.status == 0)
        for expected in ["--panel", "--district", "--kiosk", "--lang", "SUBCOMMANDS:", "74 output cannot be written"] {
            #expect(result.stdout.contains(expected), "--help lacks \(expected)")
        }
    }

    @Test("a mistyped subcommand gets the nearest name and exit 64")
    func misspelledSubcommand() throws {
        let result = try Self.shell("\"$0\" rendr --width 80")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("citydash: 'rendr' is not a command; did you mean 'render'?"))
        #expect(result.stdout.isEmpty)
    }

    @Test("options before the subcommand are read as if written after it")
    func optionsBeforeSubcommand() throws {
        let before = try Self.shell("\"$0\" --lang en render --width 80 --height 24")
        let after = try Self.shell("\"$0\" render --width 80 --height 24 --lang en")
        #expect(before.status == 0, "stderr: \(before.stderr)")
        #expect(before.stdout == after.stdout)
        #expect(before.stdout.contains("Overview"))
    }
}

/// `deploy/install.sh` into a temporary prefix, then the installed binary run by name from
/// another directory, as a booth PC runs it.
@Suite("Installed build")
struct InstalledBuildEndToEndTests {
    @Test("installed into a prefix, citydash run by name from elsewhere finds PREFIX/share/citydash/data")
    func installedBinaryFindsItsData() throws {
        let binary = try E2E.requireBinary()
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("citydash-prefix-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: prefix) }
        var environment = E2E.childEnvironment()
        let install = try E2E.run(E2E.repositoryRoot.appendingPathComponent("deploy/install.sh").path,
                                  ["--prefix", prefix.path, "--binary", binary], environment: environment)
        #expect(install.status == 0, "install.sh: \(install.stderr)")
        let share = prefix.appendingPathComponent("share/citydash/data").path
        #expect(FileManager.default.fileExists(atPath: share + "/metrics.yaml"))

        // Run by name through PATH, from a directory that has an unrelated data/ above it.
        let elsewhere = prefix.appendingPathComponent("work/data/sub")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data("sources: []\n".utf8).write(to: prefix.appendingPathComponent("work/data/sources.yaml"))
        environment["PATH"] = prefix.appendingPathComponent("bin").path + ":/usr/bin:/bin"
        let validate = try E2E.run("/bin/sh", ["-c", "cd \"$1\" && exec citydash validate", "sh", elsewhere.path],
                                   environment: environment)
        #expect(validate.status == 0, "stderr: \(validate.stderr)")
        #expect(validate.stdout.hasPrefix(share + ": valid"), "stdout: \(validate.stdout)")
    }
}
