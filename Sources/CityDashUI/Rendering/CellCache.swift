import CityDashCore

/// Values made once per key and kept: a board's charts drawn alone, an article's wrapped rows.
/// `FrameMemo` holds a cache under everything its values are made from besides the key (the
/// language, the width), and is itself replaced with each data set, so an entry is never stale.
/// Emptied when it grows past `capacity`, which bounds it on generated data sets.
final class CellCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = PosixLock()
    private var entries: [Key: Value] = [:]
    /// Far more than one board shows (at most 48 actions or 24 articles).
    static var capacity: Int { 512 }

    init() {}

    func value(_ key: Key, _ make: () -> Value) -> Value {
        if let found = lock.withLock({ entries[key] }) { return found }
        let made = make()
        lock.withLock {
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = made
        }
        return made
    }
}
