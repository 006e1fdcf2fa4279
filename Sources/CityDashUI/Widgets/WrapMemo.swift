#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CityDashCore

/// The rows `DetailLine.wrapped` made for a text at a width, kept so that a frame redrawn from
/// the same records (every frame of a page, the text tried at three levels of detail, the
/// card heights measured and then drawn) wraps each text once. Wrapping is a pure function of
/// the key, so an entry can never be stale; the table is emptied when it grows past
/// `capacity`, which bounds it on data sets with thousands of records.
final class WrapMemo: @unchecked Sendable {
    /// Texts are told apart by their UTF-8 bytes, not by `String`'s canonical equivalence:
    /// "é" and "e\u{301}" wrap to different scalars, and hashing bytes skips the normalization
    /// that hashing a Chinese `String` costs.
    struct Key: Hashable {
        var text: String
        var width: Int
        var indent: Int
        var hanging: Int

        static func == (a: Key, b: Key) -> Bool {
            guard a.width == b.width, a.indent == b.indent, a.hanging == b.hanging else { return false }
            var left = a.text, right = b.text
            return left.withUTF8 { l in
                right.withUTF8 { r in
                    guard l.count == r.count, let x = l.baseAddress, let y = r.baseAddress else { return l.count == r.count }
                    return memcmp(x, y, l.count) == 0
                }
            }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(width)
            hasher.combine(indent)
            hasher.combine(hanging)
            var text = self.text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    static let shared = WrapMemo()
    /// Far more than the texts of any screen (a 300x80 page wraps about two hundred).
    static let capacity = 4096

    private let lock = PosixLock()
    /// An entry by its key's hash value. Not `[Key: [String]]`: the first dictionary keyed on
    /// a type of the program's own makes the runtime scan every protocol conformance in the
    /// program for its `Hashable` one (a quarter of a million instructions on the first frame);
    /// `Int`'s is found long before. One entry a hash, with no array per hash to allocate;
    /// a second key of the same hash (nearly never) goes to `collisions`.
    /// Always under `lock`, so the runtime's exclusivity checks are left out.
    @exclusivity(unchecked) private var entries: [Int: Entry] = [:]
    @exclusivity(unchecked) private var collisions: [Entry] = []

    struct Entry {
        var key: Key
        var rows: [String]
    }

    init() {
        // Room for the texts of a screen, so the first frame does not grow the table.
        entries.reserveCapacity(128)
    }

    func rows(for key: Key, _ wrap: () -> [String]) -> [String] {
        let hash = key.hashValue
        let found = lock.withLock { () -> [String]? in
            if let entry = entries[hash], entry.key == key { return entry.rows }
            return collisions.first { $0.key == key }?.rows
        }
        if let found { return found }
        let made = wrap()
        lock.withLock {
            if entries.count + collisions.count >= Self.capacity {
                entries.removeAll(keepingCapacity: true)
                collisions.removeAll()
            }
            // Another thread may have wrapped the same text meanwhile: keep one entry a key.
            if let entry = entries[hash] {
                if entry.key != key && !collisions.contains(where: { $0.key == key }) {
                    collisions.append(Entry(key: key, rows: made))
                }
            } else {
                entries[hash] = Entry(key: key, rows: made)
            }
        }
        return made
    }
}
