import Foundation
import CityDashTestBridge
import Testing
@testable import CityDashCore
#if canImport(Glibc)
import Glibc
#endif

/// A FIFO, socket or device named like a data file (or kiosk.yaml, or an article) is refused
/// with a located error, and loading never blocks on it: a FIFO blocks a plain `open()` until
/// a writer appears, which froze the kiosk and hung `validate`.
///
/// So that a regression fails instead of hanging the suite, each test arms a watchdog that,
/// after a while, opens the FIFO for writing and closes it, which releases a reader stuck in
/// `open()` (the test then fails on the diagnostic it gets). The watchdog is a safety net, not
/// a time limit: nothing here asserts how long anything took.
@Suite("Non-regular files")
struct NonRegularFileTests {
    typealias T = TestSupport

    /// Releases any reader blocked on `fifo` after `seconds`, unless cancelled first.
    final class Watchdog: @unchecked Sendable {
        private let lock = NSLock()
        private var cancelled = false

        init(fifo: String, seconds: Double = 20) {
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
                lock.lock()
                defer { lock.unlock() }
                guard !cancelled else { return }
                let fd = open(fifo, O_WRONLY | O_NONBLOCK)
                if fd >= 0 { close(fd) }
            }
        }

        func cancel() {
            lock.lock()
            cancelled = true
            lock.unlock()
        }
    }

    static func makeFIFO(at url: URL) throws {
        try #require(mkfifo(url.path, 0o644) == 0, "mkfifo \(url.path) failed: errno \(errno)")
    }

    @Test("a FIFO named like a data file is refused without blocking", arguments: ["metrics.yaml", "sources.yaml", "events.yaml"])
    func fifoDataFile(_ name: String) throws {
        var files = T.minimalFiles()
        files[name] = nil
        let directory = try T.writeDataDirectory(files)
        defer { T.removeQuietly(directory) }
        let fifo = directory.appendingPathComponent(name)
        try Self.makeFIFO(at: fifo)
        let watchdog = Watchdog(fifo: fifo.path)
        defer { watchdog.cancel() }
        let result = try DatasetLoader().load(directory: directory)
        let diagnostic = try #require(result.diagnostics.first { $0.file == name },
                                      "no diagnostic for \(name): \(result.diagnostics.map(\.description))")
        #expect(diagnostic.message.contains("FIFO"), "\(diagnostic)")
        #expect(diagnostic.message.contains("regular file"), "\(diagnostic)")
        #expect(diagnostic.description.hasPrefix("\(name):0:0: "))
        #expect(!result.isValid)
    }

    @Test("a symbolic link to a FIFO is refused too (links are followed, then checked)")
    func linkToFIFO() throws {
        var files = T.minimalFiles()
        files["projects.yaml"] = nil
        let directory = try T.writeDataDirectory(files)
        defer { T.removeQuietly(directory) }
        let fifo = directory.appendingPathComponent("pipe")
        try Self.makeFIFO(at: fifo)
        let watchdog = Watchdog(fifo: fifo.path)
        defer { watchdog.cancel() }
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("projects.yaml").path,
                                                   withDestinationPath: fifo.path)
        let result = try DatasetLoader().load(directory: directory)
        T.expectSingle(result.diagnostics, file: "projects.yaml", line: 0, "FIFO")
    }

    @Test("a character device (a link to /dev/null) and a socket are refused")
    func deviceAndSocket() throws {
        var files = T.minimalFiles()
        files["actions.yaml"] = nil
        files["projects.yaml"] = nil
        let directory = try T.writeDataDirectory(files)
        defer { T.removeQuietly(directory) }
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("actions.yaml").path,
                                                   withDestinationPath: "/dev/null")
        let socketPath = directory.appendingPathComponent("projects.yaml").path
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(socketPath.utf8)
        try #require(pathBytes.count < MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: pathBytes)
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0, "bind failed: errno \(errno)")
        let result = try DatasetLoader().load(directory: directory)
        #expect(result.diagnostics.count == 2, "\(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.contains { $0.file == "actions.yaml" && $0.message.contains("character device") })
        #expect(result.diagnostics.contains { $0.file == "projects.yaml" && $0.message.contains("socket") })
    }

    @Test("a FIFO as kiosk.yaml is a located error, not a hang")
    func fifoKiosk() throws {
        let directory = try T.makeTemporaryDirectory()
        defer { T.removeQuietly(directory) }
        let fifo = directory.appendingPathComponent("kiosk.yaml")
        try Self.makeFIFO(at: fifo)
        let watchdog = Watchdog(fifo: fifo.path)
        defer { watchdog.cancel() }
        let (_, diagnostics) = KioskConfigLoader().load(fifo, dataset: T.bundled.dataset)
        T.expectSingle(diagnostics, file: "kiosk.yaml", line: 0, "FIFO", "regular file")
    }

    @Test("a FIFO in place of an article is reported against sources.yaml, not waited on")
    func fifoArticle() throws {
        let articles = try T.makeTemporaryDirectory("citydash-articles")
        defer { T.removeQuietly(articles) }
        let fifo = articles.appendingPathComponent("900_test.txt")
        try Self.makeFIFO(at: fifo)
        let watchdog = Watchdog(fifo: fifo.path)
        defer { watchdog.cancel() }
        let data = try T.writeDataDirectory(T.minimalFiles())
        defer { T.removeQuietly(data) }
        let result = try DatasetLoader(articlesDirectory: articles).load(directory: data)
        T.expectSingle(result.diagnostics, file: "sources.yaml", line: 0, "s900", "FIFO")
    }

    @Test("the reader refuses what fstat shows is not a regular file")
    func fstatCheck() throws {
        let directory = try T.makeTemporaryDirectory()
        defer { T.removeQuietly(directory) }
        let fifo = directory.appendingPathComponent("f")
        try Self.makeFIFO(at: fifo)
        var info = stat()
        try #require(stat(fifo.path, &info) == 0)
        #expect(RegularFileReader.problem(with: info) == .notRegular("a FIFO (named pipe)"))
        let file = directory.appendingPathComponent("r")
        try Data("x".utf8).write(to: file)
        try #require(stat(file.path, &info) == 0)
        #expect(RegularFileReader.problem(with: info) == nil)
        #expect(try RegularFileReader.read(file.path, limit: 10).get() == Array("x".utf8))
        #expect(RegularFileReader.read(file.path, limit: 0) == .failure(.tooLarge(limit: 0)))
    }
}
