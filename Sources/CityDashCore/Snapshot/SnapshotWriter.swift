/// Appends the values of a snapshot to a byte array: unsigned LEB128 varints for counts and
/// lengths, zigzag varints for signed numbers, strings as their UTF-8 bytes after their length,
/// and a 0/1 byte before every optional. `SnapshotReader` reads the same forms back.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func bytes(_ values: [UInt8]) {
        bytes.append(contentsOf: values)
    }

    mutating func fixed64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
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
        text.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
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
