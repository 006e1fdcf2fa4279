import CityDashCore
@testable import CityDashTerminal
import Foundation
import CityDashTestBridge
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The watcher on a real directory with an injected loader: files the loader does not read
/// start no reload, and a load runs on another thread while the caller goes on, its result
/// arriving through `resultFD`.
@Suite struct DataDirectoryWatcherTests {
    /// A loader that waits until released and records the thread it ran on.
    final class GatedLoader: @unchecked Sendable {
        let release = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var ranOnMainThread: Bool?

        var wasOnMainThread: Bool? { lock.withLock { ranOnMainThread } }

        func load(_ directory: FilePath) -> DataDirectoryWatcher.LoadOutcome {
            lock.withLock {
                ranOnMainThread = pthread_equal(pthread_self(), DataDirectoryWatcherTests.callerThread) != 0
            }
            _ = release.wait(timeout: .now() + 10)
            return .rejected([Diagnostic(file: "metrics.yaml", line: 1, column: 1, message: "loaded by the test")])
        }
    }

    nonisolated(unsafe) static var callerThread = pthread_self()

    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("citydash-watcher-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data("- id: x\n".utf8).write(to: url.appendingPathComponent("metrics.yaml"))
        return url
    }

    @Test func filesTheLoaderDoesNotReadStartNoReload() throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let watcher = DataDirectoryWatcher(directory: directory, settle: 0.3) { _ in .rejected([]) }
        try #require(watcher.fd >= 0 && !watcher.isPolling, "inotify is not available")
        for name in ["junk.txt", ".metrics.yaml.swp", "metrics.yaml~", "4913", "notes.yaml"] {
            try Data("x".utf8).write(to: directory.appendingPathComponent(name))
        }
        try FileManager.default.removeItem(at: directory.appendingPathComponent("junk.txt"))
        watcher.drain(now: 100)
        #expect(watcher.nextWake(now: 100) == nil, "a file citydash never reads scheduled a reload")

        try Data("- id: y\n".utf8).write(to: directory.appendingPathComponent("metrics.yaml"))
        watcher.drain(now: 200)
        #expect(watcher.nextWake(now: 200) == 200.3, "a write to metrics.yaml should schedule a load after the settle time")
    }

    @Test func theLoadRunsOnAnotherThreadAndItsResultArrivesThroughThePipe() throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        Self.callerThread = pthread_self()
        let loader = GatedLoader()
        let watcher = DataDirectoryWatcher(directory: directory, settle: 0.3) { loader.load($0) }
        try Data("- id: y\n".utf8).write(to: directory.appendingPathComponent("metrics.yaml"))
        watcher.drain(now: 0)
        watcher.startLoadIfDue(now: 0.3)
        // The caller is back while the loader still waits for its release.
        #expect(watcher.isLoading)
        #expect(watcher.takeResult(now: 0.4) == nil, "no result before the load finished")
        #expect(watcher.nextWake(now: 0.4) == nil, "no timer while loading: the result wakes the session")
        loader.release.signal()
        var ready = pollfd(fd: watcher.resultFD, events: Int16(POLLIN), revents: 0)
        #expect(poll(&ready, 1, 10_000) == 1, "the result never arrived on resultFD")
        let outcome = watcher.takeResult(now: 1)
        guard case .rejected(let diagnostics)? = outcome else {
            Issue.record("expected the loader's outcome, got \(String(describing: outcome))")
            return
        }
        #expect(diagnostics.first?.message == "loaded by the test")
        #expect(loader.wasOnMainThread == false, "the load ran on the caller's thread")
        #expect(!watcher.isLoading)
    }

    @Test func aFileRewrittenDuringTheLoadIsNotShownAndIsLoadedAgain() throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let loader = GatedLoader()
        let watcher = DataDirectoryWatcher(directory: directory, settle: 0.3) { loader.load($0) }
        let metrics = directory.appendingPathComponent("metrics.yaml")
        try Data("- id: y\n".utf8).write(to: metrics)
        watcher.drain(now: 0)
        watcher.startLoadIfDue(now: 0.3)
        #expect(watcher.isLoading)
        try Data("- id: a longer record\n".utf8).write(to: metrics)
        loader.release.signal()
        var ready = pollfd(fd: watcher.resultFD, events: Int16(POLLIN), revents: 0)
        #expect(poll(&ready, 1, 10_000) == 1)
        watcher.drain(now: 1)
        #expect(watcher.takeResult(now: 1) == nil, "a result read from a file that changed meanwhile was used")
        #expect(watcher.nextWake(now: 1) == 1.3, "the changed file is read again after a settle window")
        watcher.startLoadIfDue(now: 1.3)
        #expect(watcher.isLoading, "the second load did not start")
        loader.release.signal()
        ready.revents = 0
        #expect(poll(&ready, 1, 10_000) == 1)
        #expect(watcher.takeResult(now: 2) != nil, "the second load read unchanged files: its result counts")
    }
}

extension DataDirectoryWatcher.LoadOutcome: Equatable {
    public static func == (a: Self, b: Self) -> Bool {
        switch (a, b) {
        case (.rejected(let x), .rejected(let y)): x == y
        case (.loaded(let x), .loaded(let y)): x == y
        default: false
        }
    }
}
