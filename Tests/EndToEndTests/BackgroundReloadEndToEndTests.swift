import Foundation
import CityDashTestBridge
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A reload of a large data set runs beside the screen, not in front of it: while 20,000
/// generated metrics (`citydash generate`) are loaded again after `touch metrics.yaml`, the
/// kiosk goes on turning pages and answers a key at once.
@Suite("Background reload in tmux", .serialized)
struct BackgroundReloadEndToEndTests {
    /// Metrics in the generated set; `CITYDASH_E2E_RELOAD_METRICS` raises it for a release binary,
    /// whose load is faster than the 1.5 s the test needs to watch.
    static let metrics = Int(ProcessInfo.processInfo.environment["CITYDASH_E2E_RELOAD_METRICS"] ?? "") ?? 20_000

    @Test("While a large data set reloads, pages keep turning and a key is answered at once")
    func reloadDoesNotBlockTheScreen() throws {
        let binary = try E2E.requireBinary()
        let data = FileManager.default.temporaryDirectory
            .appendingPathComponent("citydash-reload-\(getpid())-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: data) }
        let generated = try E2E.run(binary, ["generate", "--data", E2E.dataDirectory.path, "--metrics", "\(Self.metrics)",
                                             "--output", data.path])
        try #require(generated.status == 0, "generate failed: \(generated.stderr)")

        let started = Date()
        let session = try TmuxSession(width: 120, height: 36, arguments: ["--kiosk", "--rotate", "1", "--idle", "600"],
                                      label: "reload", dataDirectory: data)
        defer { session.kill() }
        let first = try session.waitFor(timeout: 90) { KioskEndToEndTests.pageNumber($0) != nil }
        try #require(first.ok, "the kiosk did not start on \(Self.metrics) metrics:\n\(first.screen.joined(separator: "\n"))")
        // The first load took about this long; the reload takes about as long again.
        let loadSeconds = Date().timeIntervalSince(started)
        try #require(loadSeconds >= 1.5, """
            \(Self.metrics) metrics load in \(loadSeconds) s here: too fast to watch a reload; \
            set CITYDASH_E2E_RELOAD_METRICS higher
            """)

        let metricsFile = data.appendingPathComponent("metrics.yaml")
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: metricsFile.path)
        usleep(400_000)  // the settle time (0.3 s): the load has started
        let window = min(3.0, loadSeconds * 0.6)
        var pages: [Int] = []
        let deadline = Date().addingTimeInterval(window)
        while Date() < deadline {
            if let page = KioskEndToEndTests.pageNumber(try session.capture()), pages.last != page { pages.append(page) }
            usleep(100_000)
        }
        print("background reload: first load \(String(format: "%.1f", loadSeconds)) s; pages during \(String(format: "%.1f", window)) s of reload: \(pages)")
        #expect(pages.count >= 2, "no page turned during \(window) s of a reload (--rotate 1): pages \(pages)")

        let keyAt = Date()
        try session.sendKeys("2")
        let answered = try session.waitFor(timeout: 5) { KioskEndToEndTests.status($0).contains("浏览中") }
        let keySeconds = Date().timeIntervalSince(keyAt)
        print("background reload: a key answered after \(String(format: "%.2f", keySeconds)) s")
        #expect(answered.ok && keySeconds < min(1.0, loadSeconds * 0.5),
                "a key took \(keySeconds) s to be answered during a reload that takes about \(loadSeconds) s")
    }
}
