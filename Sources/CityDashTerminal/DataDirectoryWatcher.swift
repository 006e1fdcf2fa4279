import CityDashCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices changes in the data directory with inotify (no polling while the directory
/// exists, so an idle dashboard never wakes), and loads the new data once the writes have
/// settled. Editors that rename a new file into place and editors that truncate and rewrite
/// both produce events; a load is attempted only after `settle` seconds without further
/// events, and is retried if a file changed while it was being read, so a half-written
/// file is not shown.
public final class DataDirectoryWatcher {
    public let directory: URL
    /// The inotify descriptor to poll, or -1 while the directory is missing (then `pollInterval`
    /// applies).
    public private(set) var fd: Int32 = -1
    private var watch: Int32 = -1
    /// When the next load is due (nil: none pending).
    public private(set) var loadDue: Double?

    public static let settle = 0.3
    /// How often a missing directory is looked for again.
    public static let pollInterval = 1.0

    public init(directory: URL) {
        self.directory = directory
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        attach()
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY
        | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    private func attach() {
        guard fd >= 0, watch < 0 else { return }
        watch = inotify_add_watch(fd, directory.path, Self.mask)
    }

    /// True while the directory cannot be watched (missing, replaced): the session then wakes
    /// every `pollInterval` to look again.
    public var isPolling: Bool { watch < 0 }

    /// Reads pending inotify events; any change schedules a load `settle` seconds from now.
    public func drain(now: Double) {
        guard fd >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 8192)
        var changed = false
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { break }
            changed = true
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.withUnsafeBytes {
                    $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                }
                if event.mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                    // The directory itself went away or was replaced: watch again once it is back.
                    if watch >= 0 { inotify_rm_watch(fd, watch) }
                    watch = -1
                }
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
        }
        if changed { loadDue = now + Self.settle }
    }

    /// While polling for a missing directory: re-attach when it is back and load it.
    public func poll(now: Double) {
        guard isPolling else { return }
        attach()
        if !isPolling || !FileManager.default.fileExists(atPath: directory.path) {
            loadDue = min(loadDue ?? now, now)
        }
    }

    /// When the session must wake next for this watcher (nil: only on inotify input).
    public func nextWake(now: Double) -> Double? {
        let pollWake = isPolling ? now + Self.pollInterval : nil
        switch (loadDue, pollWake) {
        case let (due?, poll?): return min(due, poll)
        case let (due?, nil): return due
        case let (nil, poll): return poll
        }
    }

    /// Loads the directory if a load is due: the event to send, or nil when nothing is due
    /// or the files changed while being read (then it retries after `settle`).
    public func loadIfDue(now: Double) -> LoadOutcome? {
        guard let due = loadDue, now >= due else { return nil }
        loadDue = nil
        let before = fingerprint()
        let outcome: LoadOutcome
        do {
            let result = try DatasetLoader().load(directory: directory)
            outcome = result.isValid ? .loaded(result.dataset) : .rejected(result.diagnostics)
        } catch {
            outcome = .rejected([Diagnostic(file: directory.lastPathComponent, line: 0, column: 0,
                                            message: "\(error)")])
        }
        guard fingerprint() == before else {
            loadDue = now + Self.settle
            return nil
        }
        return outcome
    }

    public enum LoadOutcome {
        case loaded(Dataset)
        case rejected([Diagnostic])
    }

    /// Size and modification time of every data file, to detect writes during a load.
    private func fingerprint() -> [String] {
        DatasetLoader.fileNames.map { name in
            var info = stat()
            guard stat(directory.appendingPathComponent(name).path, &info) == 0 else { return "\(name):-" }
            return "\(name):\(info.st_size):\(info.st_mtim.tv_sec):\(info.st_mtim.tv_nsec)"
        }
    }
}
