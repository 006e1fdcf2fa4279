import Foundation
import CityDashTestBridge
import Testing

/// The start-up cache through the real binary: a second `render` of the same data draws the
/// same frame from the snapshot, `CITYDASH_CACHE_DIR=off` writes none, `validate` neither
/// reads nor writes one, and a cache directory that cannot be made changes nothing shown.
@Suite("Start-up cache")
struct SnapshotCacheEndToEndTests {
    static func render(cache: String, data: URL) throws -> E2E.RunResult {
        var environment = E2E.childEnvironment()
        environment["CITYDASH_CACHE_DIR"] = cache
        return try E2E.run(try E2E.requireBinary(),
                           ["render", "--data", data.path, "--width", "100", "--height", "30", "--color", "never"],
                           environment: environment)
    }

    /// A copy of the bundled data whose files are old enough to be snapshotted (more than the
    /// 3 s settle window: the copy is made, then the test waits).
    static let settledData: URL? = {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("citydash-e2e-snapshot-data-\(getpid())")
        do {
            try? FileManager.default.removeItem(at: directory)
            try FileManager.default.copyItem(at: E2E.dataDirectory, to: directory)
            Thread.sleep(forTimeInterval: 3.2)
            return directory
        } catch {
            return nil
        }
    }()

    static func snapshots(in cache: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).filter { $0.hasSuffix(".snapshot") }
    }

    @Test("a second start decodes the snapshot and draws the same frame")
    func secondStartSameFrame() throws {
        let data = try #require(Self.settledData)
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("citydash-e2e-snapshot-\(UUID().uuidString)")
        let first = try Self.render(cache: cache.path, data: data)
        #expect(first.status == 0)
        #expect(Self.snapshots(in: cache).count == 1)
        let second = try Self.render(cache: cache.path, data: data)
        #expect(second.status == 0 && second.stdout == first.stdout && second.stderr.isEmpty)
        let uncached = try Self.render(cache: "off", data: data)
        #expect(uncached.stdout == first.stdout)
    }

    @Test("off, an impossible cache directory and validate write no snapshot")
    func nothingWritten() throws {
        let data = try #require(Self.settledData)
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("citydash-e2e-blocker-\(UUID().uuidString)")
        try Data("x".utf8).write(to: blocker)
        let blocked = try Self.render(cache: blocker.appendingPathComponent("cache").path, data: data)
        #expect(blocked.status == 0 && blocked.stderr.isEmpty)
        #expect(blocked.stdout == (try Self.render(cache: "off", data: data)).stdout)

        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("citydash-e2e-snapshot-\(UUID().uuidString)")
        var environment = E2E.childEnvironment()
        environment["CITYDASH_CACHE_DIR"] = cache.path
        let validate = try E2E.run(try E2E.requireBinary(), ["validate", "--data", data.path], environment: environment)
        #expect(validate.status == 0)
        #expect(Self.snapshots(in: cache).isEmpty)
    }
}
