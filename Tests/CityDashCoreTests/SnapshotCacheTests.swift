import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import CityDashCore

/// The cache as the commands use it (`CachedDatasetLoader`): a second load of unchanged files
/// decodes the snapshot, an edit of the same size is seen through the file times (ctime even
/// when mtime is set back), only valid settled loads are written, untrusted files are not read,
/// and the location follows the environment.
@Suite struct SnapshotCacheTests {
    /// A copy of the bundled data and an empty cache directory, both fresh.
    static func setUp() throws -> (data: URL, cache: URL) {
        let data = try TestSupport.makeTemporaryDirectory("citydash-snapshot-data")
        for name in DatasetLoader.fileNames {
            try FileManager.default.copyItem(at: TestSupport.dataDirectory.appendingPathComponent(name),
                                             to: data.appendingPathComponent(name))
        }
        let cache = try TestSupport.makeTemporaryDirectory("citydash-snapshot-cache").appendingPathComponent("a/b")
        return (data, cache)
    }

    /// A loader whose cache writes at once (no settle window: the test's files are seconds old).
    static func loader(_ cache: URL, window: Int64 = 0) -> CachedDatasetLoader {
        CachedDatasetLoader(cache: SnapshotCache(directory: FilePath(cache.path), racyWindowNanoseconds: window))
    }

    static func load(_ loader: CachedDatasetLoader, _ data: URL) throws -> (result: LoadResult, decoded: Bool) {
        try loader.loadTracing(directory: FilePath(data.path))
    }

    static func snapshotFiles(_ cache: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).filter { $0.hasSuffix(".snapshot") }
    }

    /// Rewrites `name` in place (same inode) with `old` replaced by `new`, which must be as long.
    static func editInPlace(_ file: URL, _ old: String, _ new: String) throws {
        #expect(old.utf8.count == new.utf8.count)
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: old, with: new)
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        let handle = try FileHandle(forWritingTo: file)
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
    }

    @Test func unchangedFilesDecodeTheSnapshotAndAnEditIsSeen() throws {
        let (data, cache) = try Self.setUp()
        let loader = Self.loader(cache)
        let first = try Self.load(loader, data)
        #expect(first.result.isValid && !first.decoded)
        #expect(Self.snapshotFiles(cache).count == 1)
        let second = try Self.load(loader, data)
        #expect(second.decoded)
        #expect(second.result.isValid && second.result.dataset == first.result.dataset)
        let cacheMode = try FileManager.default.attributesOfItem(atPath: cache.path)[.posixPermissions] as? Int
        #expect(cacheMode == 0o700)

        // One digit, three places (stated, value, quote): same size, same inode. The sleep puts
        // the edit in a later tick of the file system's clock than the copy.
        Thread.sleep(forTimeInterval: 0.05)
        let metrics = data.appendingPathComponent("metrics.yaml")
        var before = stat()
        try #require(stat(metrics.path, &before) == 0)
        try Self.editInPlace(metrics, "4.32万亿元", "4.35万亿元")
        try Self.editInPlace(metrics, "value: \"4.32\"", "value: \"4.35\"")
        // As `touch -d` or an editor might: the mtime goes back to what the snapshot recorded,
        // to the nanosecond; only the ctime tells.
        var times = [before.st_atim, before.st_mtim]
        try #require(utimensat(AT_FDCWD, metrics.path, &times, 0) == 0)
        var after = stat()
        try #require(stat(metrics.path, &after) == 0)
        #expect(after.st_size == before.st_size && after.st_ino == before.st_ino
                && after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        let third = try Self.load(loader, data)
        #expect(!third.decoded)
        try #require(third.result.isValid, "\(third.result.diagnostics.prefix(2))")
        #expect(third.result.dataset.metric("city-gdp-2021")?.value == ExactDecimal("4.35"))
        let fourth = try Self.load(loader, data)
        #expect(fourth.decoded)
        #expect(fourth.result.dataset.metric("city-gdp-2021")?.value == ExactDecimal("4.35"))
    }

    @Test func freshlyChangedFilesAreNotSnapshotted() throws {
        let (data, cache) = try Self.setUp()
        let loader = Self.loader(cache, window: 3_000_000_000)
        #expect(try Self.load(loader, data).result.isValid)
        #expect(Self.snapshotFiles(cache).isEmpty)
    }

    @Test func invalidDataIsNeverSnapshotted() throws {
        let (data, cache) = try Self.setUp()
        try Data("metrics: [".utf8).write(to: data.appendingPathComponent("metrics.yaml"))
        let loader = Self.loader(cache)
        #expect(try !Self.load(loader, data).result.isValid)
        #expect(try !Self.load(loader, data).result.isValid)
        #expect(Self.snapshotFiles(cache).isEmpty)
    }

    @Test func aDeletedFileIsSeen() throws {
        let (data, cache) = try Self.setUp()
        let loader = Self.loader(cache)
        _ = try Self.load(loader, data)
        try FileManager.default.removeItem(at: data.appendingPathComponent("events.yaml"))
        let result = try Self.load(loader, data)
        #expect(!result.decoded && !result.result.isValid)
    }

    @Test func articleChecksAreNeverCached() throws {
        let (data, cache) = try Self.setUp()
        let articles = try TestSupport.makeTemporaryDirectory("citydash-snapshot-articles")
        let loader = CachedDatasetLoader(articlesDirectory: FilePath(articles.path),
                                         cache: SnapshotCache(directory: FilePath(cache.path), racyWindowNanoseconds: 0))
        _ = try Self.load(loader, data)
        _ = try Self.load(loader, data)
        #expect(Self.snapshotFiles(cache).isEmpty)
    }

    @Test func aFileOthersCouldWriteIsNotRead() throws {
        let (data, cache) = try Self.setUp()
        let loader = Self.loader(cache)
        _ = try Self.load(loader, data)
        let file = try #require(Self.snapshotFiles(cache).first)
        try FileManager.default.setAttributes([.posixPermissions: 0o622], ofItemAtPath: cache.appendingPathComponent(file).path)
        #expect(try !Self.load(loader, data).decoded)
    }

    @Test func aDamagedSnapshotIsParsedOverAndRewritten() throws {
        let (data, cache) = try Self.setUp()
        let loader = Self.loader(cache)
        let parsed = try Self.load(loader, data).result.dataset
        let file = cache.appendingPathComponent(try #require(Self.snapshotFiles(cache).first))
        var bytes = try [UInt8](Data(contentsOf: file))
        bytes[bytes.count / 2] ^= 0x20
        try Data(bytes).write(to: file)
        let damaged = try Self.load(loader, data)
        #expect(!damaged.decoded && damaged.result.dataset == parsed)
        let again = try Self.load(loader, data)
        #expect(again.decoded && again.result.dataset == parsed)
    }

    @Test func anUnusableCacheDirectoryOnlyMeansParsing() throws {
        let (data, _) = try Self.setUp()
        let blocker = try TestSupport.makeTemporaryDirectory("citydash-snapshot-blocked").appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let loader = Self.loader(blocker.appendingPathComponent("cache"))
        for _ in 0..<2 {
            let load = try Self.load(loader, data)
            #expect(load.result.isValid && !load.decoded)
        }
    }

    @Test func theLocationFollowsTheEnvironment() {
        func location(_ environment: [String: String]) -> String? {
            SnapshotCache.fromEnvironment { environment[$0] }?.directory.path
        }
        #expect(location(["CITYDASH_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/c")
        #expect(location(["CITYDASH_CACHE_DIR": "off", "XDG_CACHE_HOME": "/x", "HOME": "/h"]) == nil)
        #expect(location(["CITYDASH_CACHE_DIR": "", "XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/x/citydash")
        #expect(location(["XDG_CACHE_HOME": "relative", "HOME": "/h"]) == "/h/.cache/citydash")
        #expect(location(["HOME": "/h"]) == "/h/.cache/citydash")
        #expect(location([:]) == nil)
    }
}
