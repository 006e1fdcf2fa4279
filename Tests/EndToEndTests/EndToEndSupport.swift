import Foundation
import CityDashTestBridge
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shared helpers for the end-to-end tests: where the built `citydash`, the bundled data and
/// `tmux` are; running a process to completion; `citydash render` frames; and `TmuxSession`,
/// which runs the real dashboard in a detached tmux pane, types keys and reads the screen.
enum E2E {
    /// Tests/EndToEndTests/EndToEndSupport.swift → three levels up is the repository root.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let dataDirectory: URL = repositoryRoot.appendingPathComponent("data")

    /// Environment every citydash run gets: a UTF-8 locale and a colour terminal, with
    /// anything that could change what is drawn (LC_ALL, NO_COLOR, CITYDASH_DATA) removed, and
    /// the start-up cache in a directory of this test run's own, never the user's ~/.cache.
    static let childEnvironmentOverrides: [String: String] = [
        "TERM": "xterm-256color", "LANG": "C.UTF-8",
        "CITYDASH_CACHE_DIR": FileManager.default.temporaryDirectory
            .appendingPathComponent("citydash-e2e-cache-\(getpid())").path,
    ]
    static let childEnvironmentRemovals = ["LC_ALL", "LC_CTYPE", "LC_MESSAGES", "NO_COLOR", "CITYDASH_DATA",
                                           "TMUX", "TMUX_PANE", "ENV"]

    static func childEnvironment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in childEnvironmentRemovals { environment[name] = nil }
        environment.merge(childEnvironmentOverrides) { _, new in new }
        return environment
    }

    // MARK: Locating the binary and tmux

    /// The `citydash` built alongside this test bundle: the first ancestor directory of the
    /// running test executable that holds an executable `citydash` file, else
    /// `<root>/.build/debug/citydash`. `CITYDASH_E2E_BINARY` overrides both.
    static let binaryCandidate: String = {
        if let override = ProcessInfo.processInfo.environment["CITYDASH_E2E_BINARY"], !override.isEmpty {
            return override
        }
        var starts: [String] = []
        if let first = CommandLine.arguments.first, !first.isEmpty { starts.append(first) }
        if let path = Bundle.main.executablePath { starts.append(path) }
        starts.append(Bundle.main.bundlePath)
        for start in starts {
            var directory = URL(fileURLWithPath: start).standardizedFileURL.deletingLastPathComponent()
            for _ in 0..<5 {
                let candidate = directory.appendingPathComponent("citydash").path
                if isExecutableFile(candidate) { return candidate }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/citydash").path
    }()

    static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }

    /// The built binary, or a test failure that says where it was looked for. Never skips.
    static func requireBinary(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(isExecutableFile(binaryCandidate),
                     "citydash binary not found at \(binaryCandidate); run `swift build` (or set CITYDASH_E2E_BINARY)",
                     sourceLocation: sourceLocation)
        try #require(FileManager.default.fileExists(atPath: dataDirectory.appendingPathComponent("metrics.yaml").path),
                     "bundled data not found in \(dataDirectory.path)", sourceLocation: sourceLocation)
        return binaryCandidate
    }

    static let tmuxCandidate: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories = path.split(separator: ":").map(String.init)
            + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/bin"]
        return directories.map { $0 + "/tmux" }.first(where: isExecutableFile)
    }()

    /// tmux, or a test failure. The end-to-end tests need it; CI installs it.
    static func requireTmux(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(tmuxCandidate != nil,
                     "tmux not found on PATH: the end-to-end tests need it (apt-get install tmux / brew install tmux)",
                     sourceLocation: sourceLocation)
        return tmuxCandidate!
    }

    // MARK: Processes

    struct RunResult: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a program to completion with stdin from /dev/null and both outputs captured.
    ///
    /// Uses posix_spawn directly rather than Foundation's `Process`: tests run on worker
    /// threads that block most signals, and a child spawned from such a thread inherits that
    /// mask — a tmux server started that way ignores `kill-server` (SIGTERM) and so does
    /// everything it runs. Here the child gets an empty signal mask and default handlers, and
    /// only its three standard descriptors (nothing else of this process leaks into a tmux
    /// server that outlives the call).
    static func run(_ executable: String, _ arguments: [String],
                    environment: [String: String]? = nil) throws -> RunResult {
        let environment = environment ?? childEnvironment()
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard makePipe(&outPipe), makePipe(&errPipe) else {
            throw SpawnError(description: "pipe() failed: errno \(errno)")
        }
        defer { for fd in [outPipe[0], errPipe[0]] where fd >= 0 { close(fd) } }

        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        #if os(Linux)
        // glibc ≥ 2.34; not imported into Swift (a GNU extension), so looked up at run time.
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        }
        #endif
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGCHLD, SIGUSR1, SIGUSR2, SIGALRM,
                       SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        close(outPipe[1])
        close(errPipe[1])
        guard spawned == 0 else {
            throw SpawnError(description: "cannot run \(executable): \(String(cString: strerror(spawned)))")
        }

        // Drain both pipes until end of file, then reap the child.
        var output = Data(), errors = Data()
        var fds = [pollfd(fd: outPipe[0], events: Int16(POLLIN), revents: 0),
                   pollfd(fd: errPipe[0], events: Int16(POLLIN), revents: 0)]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while fds.contains(where: { $0.fd >= 0 }) {
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for index in fds.indices where fds[index].fd >= 0 && fds[index].revents != 0 {
                let count = read(fds[index].fd, &buffer, buffer.count)
                if count > 0 {
                    if index == 0 { output.append(contentsOf: buffer[..<count]) } else { errors.append(contentsOf: buffer[..<count]) }
                } else if count == 0 || errno != EINTR {
                    fds[index].fd = -1
                }
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS / WTERMSIG by hand: the macros are not imported.
        let signal = status & 0x7f
        let exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        return RunResult(status: exitStatus,
                         stdout: String(decoding: output, as: UTF8.self),
                         stderr: String(decoding: errors, as: UTF8.self))
    }

    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

    // MARK: Expected frames

    /// `citydash render --data <data> --width W --height H --color never <extra>`, as lines.
    static func renderFrame(width: Int, height: Int, _ extra: [String] = [],
                            sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let binary = try requireBinary(sourceLocation: sourceLocation)
        let arguments = ["render", "--data", dataDirectory.path, "--width", "\(width)", "--height", "\(height)",
                         "--color", "never"] + extra
        let result = try run(binary, arguments)
        try #require(result.status == 0,
                     "citydash \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)",
                     sourceLocation: sourceLocation)
        var lines = result.stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        #expect(lines.count == height, "render printed \(lines.count) lines, expected \(height)",
                sourceLocation: sourceLocation)
        return lines
    }

    /// Lines as compared: trailing spaces trimmed (capture-pane drops them) and trailing
    /// empty lines removed.
    static func normalized(_ lines: [String]) -> [String] {
        var result = lines.map { line -> String in
            var line = Substring(line)
            while line.last == " " { line.removeLast() }
            return String(line)
        }
        while result.last == "" { result.removeLast() }
        return result
    }

    /// A readable account of how two screens differ, row by row.
    static func difference(expected: [String], actual: [String]) -> String {
        let expected = normalized(expected), actual = normalized(actual)
        var report: [String] = []
        for row in 0..<max(expected.count, actual.count) {
            let e = row < expected.count ? expected[row] : "<none>"
            let a = row < actual.count ? actual[row] : "<none>"
            if e != a { report.append("row \(row + 1):\n  expected |\(e)|\n  actual   |\(a)|") }
        }
        return report.prefix(12).joined(separator: "\n") + (report.count > 12 ? "\n  … \(report.count - 12) more rows" : "")
    }
}

/// One detached tmux session on a private server (`tmux -L citydash-e2e-<pid>-<n>`, no user
/// config) running the dashboard through a small script:
///
///     trap : INT
///     sh -c 'echo $$ > pidfile; exec "$@"' pidfile env TERM=xterm-256color LANG=C.UTF-8 citydash --data …
///     echo CITYDASH-EXIT=$?
///     trap - INT
///     exec /bin/sh        # an interactive shell, so the terminal state can be checked afterwards
///
/// `kill()` (also run by `deinit`) destroys the whole server.
final class TmuxSession {
    static let exitMarker = "CITYDASH-EXIT="
    static let prompt = "E2E$ "
    /// The prompt as capture-pane shows it on an empty command line (trailing space dropped).
    static let promptMark = "E2E$"
    private nonisolated(unsafe) static var counter = 0
    private static let lock = NSLock()

    let tmux: String
    let socket: String
    let name: String
    let workDirectory: URL
    private(set) var width: Int
    private(set) var height: Int
    private var killed = false
    /// The server's socket file, removed by `kill()` (tmux leaves it behind).
    private var socketPath: String?

    var pidFile: URL { workDirectory.appendingPathComponent("citydash.pid") }

    /// Starts `citydash --data <bundled data> <arguments>` in a WIDTHxHEIGHT pane.
    /// `dataDirectory` replaces the bundled data; `environment` adds to (or overrides) the
    /// variables citydash gets, e.g. `CITYDASH_UNLOCK`.
    /// `unset` removes variables (e.g. TERM) from citydash's environment.
    init(width: Int = 120, height: Int = 40, arguments: [String] = [], label: String = "dash",
         dataDirectory: URL = E2E.dataDirectory, environment: [String: String] = [:], unset: [String] = [],
         sourceLocation: SourceLocation = #_sourceLocation) throws {
        tmux = try E2E.requireTmux(sourceLocation: sourceLocation)
        let binary = try E2E.requireBinary(sourceLocation: sourceLocation)
        _ = TmuxSession.staleServersRemoved
        let number: Int = TmuxSession.lock.withLock {
            TmuxSession.counter += 1
            return TmuxSession.counter
        }
        socket = "citydash-e2e-\(getpid())-\(number)"
        name = "\(label)-\(number)"
        self.width = width
        self.height = height
        workDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("citydash-e2e-\(getpid())-\(number)")
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)

        let envArguments = ["env"] + (E2E.childEnvironmentRemovals + unset).flatMap { ["-u", $0] }
            + E2E.childEnvironmentOverrides.merging(environment) { _, new in new }
                .filter { !unset.contains($0.key) }
                .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let command = envArguments + [binary, "--data", dataDirectory.path] + arguments
        let script = """
            #!/bin/sh
            unset ENV
            # Ctrl-C signals the whole foreground process group, this script included: stay alive
            # to report citydash's status (citydash itself starts with default handlers).
            trap : INT
            /bin/sh -c 'echo $$ > "$0"; exec "$@"' \(Self.quote(pidFile.path)) \(command.map(Self.quote).joined(separator: " "))
            echo "\(Self.exitMarker)$?"
            trap - INT
            PS1=\(Self.quote(Self.prompt)) exec /bin/sh

            """
        let scriptURL = workDirectory.appendingPathComponent("run.sh")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)

        do {
            try tmuxCommand(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", name,
                             "/bin/sh " + Self.quote(scriptURL.path)])
            try tmuxCommand(["set-option", "-g", "window-size", "manual"])
            socketPath = try tmuxCommand(["display-message", "-p", "#{socket_path}"])
                .trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            kill()
            throw error
        }
    }

    deinit { kill() }

    /// Single-quotes a word for /bin/sh.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    struct TmuxError: Error, CustomStringConvertible {
        var description: String
    }

    @discardableResult
    func tmuxCommand(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        let result = try E2E.run(tmux, ["-L", socket, "-f", "/dev/null"] + arguments, environment: environment)
        guard result.status == 0 else {
            throw TmuxError(description: "tmux \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }

    /// Named keys as tmux spells them: "j", "Down", "Enter", "Escape", "Tab", "BTab"…
    func sendKeys(_ keys: String...) throws {
        for key in keys { try tmuxCommand(["send-keys", "-t", name, key]) }
    }

    /// Text typed literally, character by character.
    func type(_ text: String) throws {
        try tmuxCommand(["send-keys", "-t", name, "-l", text])
    }

    /// The visible screen, one string per row (tmux drops trailing spaces).
    func capture() throws -> [String] {
        var lines = try tmuxCommand(["capture-pane", "-p", "-t", name]).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The visible screen with its colours and attributes as SGR escape sequences
    /// (`capture-pane -e`), one string per row.
    func captureStyled() throws -> [String] {
        var lines = try tmuxCommand(["capture-pane", "-p", "-e", "-t", name]).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The screen as one string, for failure messages (never throws).
    func screenText() -> String {
        ((try? capture()) ?? ["<capture-pane failed>"]).joined(separator: "\n")
    }

    /// Polls the screen every 50 ms until `predicate` holds; returns the last screen and
    /// whether it held before the deadline.
    func waitFor(timeout: TimeInterval = 5, _ predicate: ([String]) -> Bool) throws -> (screen: [String], ok: Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !predicate(screen) {
            if Date() >= deadline { return (screen, false) }
            usleep(50_000)
            screen = try capture()
        }
        return (screen, true)
    }

    /// Waits until the screen equals `expected` (trailing spaces ignored); records a failure
    /// with a row-by-row difference when it does not within the timeout.
    @discardableResult
    func expectScreen(_ expected: [String], _ what: String, timeout: TimeInterval = 5,
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let wanted = E2E.normalized(expected)
        let (screen, ok) = try waitFor(timeout: timeout) { E2E.normalized($0) == wanted }
        if !ok {
            Issue.record("""
                screen did not become \(what) within \(timeout) s:
                \(E2E.difference(expected: expected, actual: screen))
                --- screen ---
                \(screen.joined(separator: "\n"))
                """, sourceLocation: sourceLocation)
        }
        return ok
    }

    /// Waits until some row contains `text`; records a failure with the screen otherwise.
    @discardableResult
    func expectText(_ text: String, _ what: String, timeout: TimeInterval = 5,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let (screen, ok) = try waitFor(timeout: timeout) { $0.contains { $0.contains(text) } }
        if !ok {
            Issue.record("""
                \(what): "\(text)" did not appear within \(timeout) s. Screen:
                \(screen.joined(separator: "\n"))
                """, sourceLocation: sourceLocation)
        }
        return screen
    }

    func resize(width: Int, height: Int) throws {
        try tmuxCommand(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
        self.width = width
        self.height = height
    }

    /// The dashboard's pid, written by the wrapper just before it execs citydash.
    func citydashPID(timeout: TimeInterval = 5) -> pid_t? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOf: pidFile, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            usleep(50_000)
        }
        return nil
    }

    /// Waits for the wrapper's `CITYDASH-EXIT=<status>` line and returns the status.
    func waitForExitStatus(timeout: TimeInterval = 5) throws -> Int? {
        let (screen, ok) = try waitFor(timeout: timeout) { $0.contains { $0.hasPrefix(Self.exitMarker) } }
        guard ok, let line = screen.first(where: { $0.hasPrefix(Self.exitMarker) }) else { return nil }
        return Int(line.dropFirst(Self.exitMarker.count).trimmingCharacters(in: .whitespaces))
    }

    /// What `stty -a` printed at the shell that follows citydash.
    struct SttyReport {
        /// The words of its output: "icanon", "-echo", …
        var words: Set<String>
        /// The typed command appeared on screen (the terminal echoes input).
        var echoed: Bool
        var screen: [String]
    }

    /// Types `stty -a` at the shell that follows citydash. Nil when the shell never answered
    /// (e.g. the terminal was left raw, so Enter no longer ends a line).
    func sttySettings(timeout: TimeInterval = 5) throws -> SttyReport? {
        _ = try waitFor(timeout: timeout) { $0.contains { $0.hasPrefix(Self.promptMark) } }
        try type("stty -a")
        try sendKeys("Enter")
        // stty -a starts with "speed 38400 baud; rows …"; it is complete when a prompt follows.
        func outputStart(_ screen: [String]) -> Int? { screen.lastIndex { $0.contains(" baud;") } }
        let (screen, ok) = try waitFor(timeout: timeout) { screen in
            guard let start = outputStart(screen) else { return false }
            return screen[(start + 1)...].contains { $0.hasPrefix(Self.promptMark) }
        }
        guard ok, let start = outputStart(screen) else { return nil }
        let end = screen[(start + 1)...].firstIndex { $0.hasPrefix(Self.promptMark) } ?? screen.endIndex
        let words = screen[start..<end].flatMap { $0.split(whereSeparator: { $0 == " " || $0 == ";" }) }
        return SttyReport(words: Set(words.map(String.init)),
                          echoed: screen.contains { $0.hasPrefix(Self.prompt + "stty -a") }, screen: screen)
    }

    /// `stty -a` at the shell after citydash shows each of `flags` set (line mode, echo, CR→NL,
    /// signal keys: what citydash turns off while it runs), and the typed command was echoed.
    func expectTerminalModes(_ flags: [String] = ["icanon", "echo", "icrnl", "isig"],
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let report = try sttySettings()
        let stty = try #require(report, """
            the shell after citydash never answered `stty -a` (terminal left raw, so Enter does not end a line?). Screen:
            \(screenText())
            """, sourceLocation: sourceLocation)
        let screen = stty.screen.joined(separator: "\n")
        for flag in flags {
            #expect(stty.words.contains(flag) && !stty.words.contains("-" + flag),
                    "terminal left without \(flag):\n\(screen)", sourceLocation: sourceLocation)
        }
        #expect(stty.echoed, "the typed `stty -a` was not echoed on screen:\n\(screen)", sourceLocation: sourceLocation)
    }

    /// Destroys the tmux server and the scratch directory. Safe to call more than once.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? tmuxCommand(["kill-server"])
        if let socketPath, !socketPath.isEmpty { try? FileManager.default.removeItem(atPath: socketPath) }
        try? FileManager.default.removeItem(at: workDirectory)
    }

    /// Once per test run: servers left behind by an earlier run that crashed (their socket
    /// names carry the pid of a process that no longer exists) are killed.
    static let staleServersRemoved: Void = {
        guard let tmux = E2E.tmuxCandidate else { return }
        let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let directory = "\(base)/tmux-\(getuid())"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for socketName in names where socketName.hasPrefix("citydash-e2e-") {
            let parts = socketName.split(separator: "-")
            guard parts.count >= 3, let pid = pid_t(parts[2]), pid != getpid() else { continue }
            if signalProcess(pid, 0) == 0 || errno != ESRCH { continue }
            _ = try? E2E.run(tmux, ["-L", socketName, "kill-server"])
            try? FileManager.default.removeItem(atPath: "\(directory)/\(socketName)")
        }
    }()
}

/// `kill(2)`, reachable from types that have their own `kill()`.
func signalProcess(_ pid: pid_t, _ signal: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.kill(pid, signal)
    #else
    return Darwin.kill(pid, signal)
    #endif
}
