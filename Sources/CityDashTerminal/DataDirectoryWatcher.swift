import CityDashCore
#if canImport(Glibc)
import Glibc
#endif

/// Notices changes to the data files with inotify (no polling while the directory exists, so
/// an idle dashboard never wakes) and loads them on a background thread once the writes have
/// settled (`ReloadSchedule`), so the screen, the ticker and the keys never wait for a load.
/// The result comes back through a pipe the session polls (`resultFD`).
///
/// Only the files the loader reads count: `touch junk.txt` or an editor's swap file starts no
/// load. Editors that rename a new file into place and editors that truncate and rewrite both
/// produce events.
public final class DataDirectoryWatcher {
    public let directory: FilePath
    /// The inotify descriptor to poll, or -1 while the directory is missing (then `pollInterval`
    /// applies).
    public private(set) var fd: Int32 = -1
    private var watch: Int32 = -1
    private var schedule: ReloadSchedule<[FileStamp]>
    private let loader: BackgroundLoader
    /// The load that is running (or finished, waiting to be taken).
    private var running = false
    /// Where `drain` reads events, kept: the session drains at every wake-up.
    private var buffer = [UInt8](repeating: 0, count: 8192)

    public static let defaultSettle = 0.3
    /// How often a missing directory is looked for again.
    public static let pollInterval = 1.0

    /// `load` runs on a background thread; tests inject one that waits or counts.
    public init(directory: FilePath, settle: Double = DataDirectoryWatcher.defaultSettle,
                load: @escaping @Sendable (FilePath) -> LoadOutcome = DataDirectoryWatcher.loadDataset) {
        self.directory = directory
        schedule = ReloadSchedule(settle: settle)
        loader = BackgroundLoader(load: load)
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        attach()
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    /// Readable when a background load has finished: then call `takeResult`.
    public var resultFD: Int32 { loader.readFD }

    /// A load is running on the background thread.
    public var isLoading: Bool { running }

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY
        | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    private func attach() {
        guard fd >= 0, watch < 0 else { return }
        watch = inotify_add_watch(fd, directory.path, Self.mask)
    }

    /// True while the directory cannot be watched (missing, replaced): the session then wakes
    /// every `pollInterval` to look again.
    public var isPolling: Bool { watch < 0 }

    /// Whether an event about `name` (empty: the directory itself) can change what is loaded.
    static func concernsData(_ name: String) -> Bool {
        name.isEmpty || DatasetLoader.fileNames.contains(name)
    }

    /// Reads pending inotify events; a change to a data file (or to the directory itself)
    /// starts the settle window again.
    public func drain(now: Double) {
        guard fd >= 0 else { return }
        var changed = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let event = buffer.withUnsafeBytes {
                    $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                }
                let length = min(Int(event.len), count - offset - header)
                let nameBytes = buffer[(offset + header)..<(offset + header + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if event.mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                    // The directory itself went away or was replaced: watch again once it is back.
                    if watch >= 0 { inotify_rm_watch(fd, watch) }
                    watch = -1
                    changed = true
                } else if event.mask & UInt32(IN_Q_OVERFLOW) != 0 || Self.concernsData(name) {
                    changed = true
                }
                offset += header + Int(event.len)
            }
        }
        if changed { schedule.changed(at: now, fingerprint()) }
    }

    /// While polling for a missing directory: re-attach when it is back and load it.
    public func poll(now: Double) {
        guard isPolling else { return }
        attach()
        if schedule.window == nil && !running {
            schedule.changed(at: now - schedule.settle, fingerprint())
        }
    }

    /// When the session must wake next for this watcher (nil: only on inotify or result input).
    public func nextWake(now: Double) -> Double? {
        let pollWake = isPolling ? now + Self.pollInterval : nil
        return [schedule.nextWake, pollWake].compactMap { $0 }.min()
    }

    /// Starts a background load if the settle window is over and the files did not change
    /// across it. Never blocks.
    public func startLoadIfDue(now: Double) {
        guard !running, schedule.shouldStartLoad(at: now, fingerprint()) else { return }
        running = true
        loader.start(directory)
    }

    /// The finished load's outcome, if one finished and the files did not change while it read
    /// them; otherwise nil (a changed file is loaded again after a new settle window).
    public func takeResult(now: Double) -> LoadOutcome? {
        guard running, let outcome = loader.take() else { return nil }
        running = false
        return schedule.loadFinished(at: now, fingerprint()) ? outcome : nil
    }

    public enum LoadOutcome: Sendable {
        case loaded(Dataset)
        case rejected([Diagnostic])
    }

    /// The loader the dashboard uses: the whole directory, valid or a list of problems.
    @Sendable public static func loadDataset(_ directory: FilePath) -> LoadOutcome {
        do {
            let result = try CachedDatasetLoader().load(directory: directory)
            return result.isValid ? .loaded(result.dataset) : .rejected(result.diagnostics)
        } catch {
            return .rejected([Diagnostic(file: directory.lastPathComponent, line: 0, column: 0, message: "\(error)")])
        }
    }

    /// Size, modification time and inode of one data file (or that it is missing).
    struct FileStamp: Equatable, Sendable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
        static let missing = FileStamp(size: -1, seconds: 0, nanoseconds: 0, inode: 0)
    }

    /// The stamps of every data file, to see whether anything changed across a window or a read.
    private func fingerprint() -> [FileStamp] {
        DatasetLoader.fileNames.map { name in
            var info = stat()
            guard stat(directory.appendingPathComponent(name).path, &info) == 0 else { return .missing }
            return FileStamp(size: Int64(info.st_size), seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec,
                             inode: UInt64(info.st_ino))
        }
    }
}
