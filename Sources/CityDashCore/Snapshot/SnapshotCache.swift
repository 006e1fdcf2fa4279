#if canImport(Glibc)
import Glibc
#endif

/// The directory of snapshot files and the rules for using it: one file per data directory,
/// named from a hash of the directory's real path; read only under the same `SnapshotKey`;
/// written only for a data set whose files have settled (see `racyWindow`).
///
/// Every failure (no home, a read-only or full disk, a file another user owns) only means the
/// YAML is parsed as without a cache: nothing here reports, throws or changes what is shown.
public struct SnapshotCache: Sendable {
    /// Where the snapshot files are.
    public let directory: FilePath
    /// A load whose newest data file changed (ctime) less than this many nanoseconds ago writes
    /// no snapshot: a file system keeps times in ticks (a few milliseconds, or a second or two
    /// on some), and a second edit of the same size within the tick of the first would leave
    /// every time as the snapshot recorded it. After the window, any edit gives a new ctime.
    let racyWindow: Int64

    public init(directory: FilePath, racyWindowNanoseconds: Int64 = 3_000_000_000) {
        self.directory = directory
        racyWindow = racyWindowNanoseconds
    }

    /// The cache the environment asks for: `CITYDASH_CACHE_DIR` if set and not empty (`off`:
    /// none), else `$XDG_CACHE_HOME/citydash` (an absolute one), else `$HOME/.cache/citydash`;
    /// nil when none applies.
    public static func fromEnvironment(_ variable: (String) -> String? = Self.environmentValue) -> SnapshotCache? {
        if let chosen = variable("CITYDASH_CACHE_DIR"), !chosen.isEmpty {
            return chosen == "off" ? nil : SnapshotCache(directory: FilePath(chosen))
        }
        if let xdg = variable("XDG_CACHE_HOME"), xdg.hasPrefix("/") {
            return SnapshotCache(directory: FilePath(xdg).appendingPathComponent("citydash"))
        }
        if let home = variable("HOME"), !home.isEmpty {
            return SnapshotCache(directory: FilePath(home).appendingPathComponent(".cache/citydash"))
        }
        return nil
    }

    /// One variable of the process's environment (`getenv`).
    public static func environmentValue(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The snapshot file of the data directory `key` was made for.
    func filePath(for key: SnapshotKey) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.directory.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return directory.path + "/data-" + String(repeating: "0", count: 16 - hex.count) + hex + ".snapshot"
    }

    /// The dataset snapshotted under `key`, if there is a trustworthy one.
    func read(_ key: SnapshotKey) -> Dataset? {
        SnapshotFile.read(filePath(for: key)).flatMap { SnapshotFile.decode($0, key: key) }
    }

    /// Writes `dataset`'s snapshot under `key` unless its files changed too recently; false
    /// when nothing was written.
    @discardableResult
    func write(_ dataset: Dataset, key: SnapshotKey) -> Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nanoseconds = Int64(now.tv_sec) &* 1_000_000_000 &+ Int64(now.tv_nsec)
        guard nanoseconds &- key.newestChange >= racyWindow, createDirectory() else { return false }
        return SnapshotFile.write(dataset, key: key, to: filePath(for: key))
    }

    /// Creates the cache directory and any missing parents, each 0700.
    private func createDirectory() -> Bool {
        let path = directory.path
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o700) != 0 && errno != EEXIST { return false }
        }
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
