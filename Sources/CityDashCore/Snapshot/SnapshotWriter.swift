/// Appends the values of a snapshot to a byte array: unsigned LEB128 varints for counts and
/// lengths, zigzag varints for signed numbers, strings as their UTF-8 bytes after their length,
/// and a 0/1 byte before every optional. `SnapshotReader` reads the same forms back.
///
/// A string longer than `inlineLimit` bytes is written once: a later one with the same bytes is
/// written as the number of its first occurrence among the long strings (a varint `n << 1 | 1`;
/// a string written out is `length << 1`). The reader then shares one copy, as the loader does
/// (`LoadContext.intern`): generated sets repeat a few hundred quotes over 100,000 metrics.
struct SnapshotWriter {
    /// The longest string Swift holds inline, in the value itself: sharing saves nothing there.
    static let inlineLimit = 15

    private(set) var bytes: [UInt8] = []
    /// The long strings written so far, by their bytes, and their numbers.
    private var longStrings: [ExactKey: Int] = [:]

    /// A string compared and hashed by its UTF-8 bytes (`==` on strings is canonical
    /// equivalence, which would write é for e + U+0301).
    private struct ExactKey: Hashable {
        let text: String

        static func == (a: ExactKey, b: ExactKey) -> Bool { a.text.hasSameBytes(as: b.text) }

        /// The length and at most 24 bytes from each end: a long quote costs no more to hash
        /// than a short one, and `==` compares all the bytes.
        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { utf8 in
                let raw = UnsafeRawBufferPointer(utf8)
                hasher.combine(raw.count)
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw.prefix(24)))
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw.suffix(24)))
            }
        }
    }

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        // Growing the table cost a third of its use for the bundled data (some 1,500 strings).
        longStrings.reserveCapacity(capacity / 32)
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func bytes(_ values: [UInt8]) {
        bytes.append(contentsOf: values)
    }

    mutating func fixed64(_ value: UInt64) {
        bytes.append(contentsOf: Self.fixed64Bytes(value))
    }

    /// `value` as 8 bytes, least significant first.
    static func fixed64Bytes(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> UInt64(8 * $0)) }
    }

    /// Where `spill` sends the bytes written so far; nil: they stay in `bytes`.
    var sink: ((UnsafeRawBufferPointer) -> Void)?
    /// How many bytes went to the sink.
    private(set) var spilled = 0

    /// Every byte written so far, spilled or not.
    var written: Int { spilled + bytes.count }

    /// Sends the bytes written so far to the sink once there are `threshold` of them (a whole
    /// number of 8-byte words: see `SnapshotChecksum.add`), so a snapshot of tens of MB never
    /// sits in memory whole. `threshold` 0 sends everything (the last piece).
    mutating func spill() {
        spill(threshold: pieceSize)
    }

    /// How many bytes `spill()` lets gather before it sends them.
    var pieceSize = 1 << 20

    mutating func spill(threshold: Int) {
        guard let sink, bytes.count >= threshold, !bytes.isEmpty else { return }
        let count = threshold == 0 ? bytes.count : bytes.count & ~7
        bytes.withUnsafeBytes { sink(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        bytes.removeFirst(count)
        spilled += count
    }

    mutating func varint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func count(_ value: Int) {
        varint(UInt64(value))
    }

    mutating func int(_ value: Int) {
        let wide = Int64(value)
        varint(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    mutating func string(_ value: String) {
        var text = value
        let length = text.utf8.count
        if length > Self.inlineLimit {
            let key = ExactKey(text: text)
            if let number = longStrings[key] { return varint(UInt64(number) << 1 | 1) }
            longStrings[key] = longStrings.count
        }
        varint(UInt64(length) << 1)
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func localized(_ value: Localized) {
        string(value.zh)
        string(value.en)
    }

    mutating func strings(_ values: [String]) {
        count(values.count)
        for value in values { string(value) }
    }

    mutating func localizedList(_ values: [Localized]) {
        count(values.count)
        for value in values { localized(value) }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout SnapshotWriter, T) -> Void) {
        guard let value else { return byte(0) }
        byte(1)
        write(&self, value)
    }

    mutating func optionalString(_ value: String?) { optional(value) { $0.string($1) } }
    mutating func optionalLocalized(_ value: Localized?) { optional(value) { $0.localized($1) } }
    mutating func optionalInt(_ value: Int?) { optional(value) { $0.int($1) } }

    /// An enum case as its position in `cases`.
    mutating func choice<E: Equatable>(_ value: E, in cases: [E]) {
        byte(UInt8(truncatingIfNeeded: cases.firstIndex(of: value) ?? 0))
    }
}
