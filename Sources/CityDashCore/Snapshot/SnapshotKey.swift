#if canImport(Glibc)
import Glibc
#endif

/// What a snapshot was made from, as bytes compared exactly: the layout version, the identity
/// of the running executable (so a new build never decodes an old layout), the data directory's
/// real path and identity, and for every file the loader reads its size, modification and
/// status-change times in nanoseconds, inode and device, or that it is missing.
///
/// The status-change time (ctime) is what makes the key safe while files are edited: an editor
/// or `touch -d` can set a file's mtime back, but every change sets its ctime to the present.
struct SnapshotKey: Equatable, Sendable {
    /// Raised whenever the payload layout or the key changes (the executable's identity covers
    /// builds; this covers two builds that happen to share size, inode and times).
    static let formatVersion: UInt64 = 2

    let bytes: [UInt8]
    /// The data directory's real path (the snapshot's file name is made from it).
    let directory: String
    /// The newest status-change time of the data files, in nanoseconds since the epoch.
    let newestChange: Int64

    /// The key of `directory` now; nil when it cannot be made (no /proc/self/exe, an unusable
    /// directory), and then the loader parses as without a cache.
    init?(directory: FilePath) {
        guard let real = realpath(directory.path, nil) else { return nil }
        let path = String(cString: real)
        free(real)
        var w = SnapshotWriter(capacity: 512)
        w.varint(Self.formatVersion)
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        Self.stamp(info, into: &w)
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        // The directory's identity and permissions, not its times: editors' swap files change
        // those without changing what is loaded.
        w.varint(UInt64(info.st_dev)); w.varint(UInt64(info.st_ino)); w.varint(UInt64(info.st_mode))
        w.varint(UInt64(info.st_uid))
        w.string(path)
        var newest = Int64.min
        for name in DatasetLoader.fileNames {
            w.string(name)
            guard stat(path + "/" + name, &info) == 0 else {
                w.byte(0)
                continue
            }
            w.byte(1)
            Self.stamp(info, into: &w)
            newest = max(newest, Int64(info.st_ctim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_ctim.tv_nsec))
        }
        bytes = w.bytes
        self.directory = path
        newestChange = newest
    }

    private static func stamp(_ info: stat, into w: inout SnapshotWriter) {
        w.varint(UInt64(info.st_dev)); w.varint(UInt64(info.st_ino)); w.varint(UInt64(info.st_mode))
        w.int(Int(info.st_size))
        w.int(Int(info.st_mtim.tv_sec)); w.int(Int(info.st_mtim.tv_nsec))
        w.int(Int(info.st_ctim.tv_sec)); w.int(Int(info.st_ctim.tv_nsec))
    }
}
