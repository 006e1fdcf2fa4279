#if canImport(Glibc)
import Glibc
#endif

/// Reads what `SnapshotWriter` wrote, checking every length and position against the bytes it
/// has: any value that does not fit (a count past the end, a varint of more than 64 bits,
/// invalid UTF-8, an enum position out of range) throws `Malformed` instead of trapping, so
/// truncated, random or hostile bytes are only ever a failed read.
struct SnapshotReader {
    /// The bytes do not hold a snapshot of this layout.
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private(set) var offset: Int
    let end: Int
    /// The long strings read so far, which later ones may name by number (see `SnapshotWriter`).
    private var longStrings: [String] = []

    init(_ bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        offset = max(0, min(range.lowerBound, bytes.count))
        end = max(offset, min(range.upperBound, bytes.count))
    }

    var remaining: Int { end - offset }

    mutating func byte() throws(Malformed) -> UInt8 {
        guard offset < end else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func fixed64() throws(Malformed) -> UInt64 {
        guard remaining >= 8 else { throw Malformed() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
        offset += 8
        return value
    }

    /// The next `count` bytes' range, skipped over.
    mutating func skip(_ count: Int) throws(Malformed) -> Range<Int> {
        guard count >= 0, count <= remaining else { throw Malformed() }
        defer { offset += count }
        return offset..<offset + count
    }

    mutating func varint() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 63 || (shift == 63 && next <= 1) else { throw Malformed() }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    /// A count of things each at least `minimumSize` bytes long: never more than the bytes left
    /// could hold, so a hostile count cannot make a reader reserve gigabytes.
    mutating func count(minimumSize: Int = 1) throws(Malformed) -> Int {
        let value = try varint()
        guard value <= UInt64(remaining / max(1, minimumSize)) else { throw Malformed() }
        return Int(value)
    }

    mutating func int() throws(Malformed) -> Int {
        let raw = try varint()
        let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
        guard let result = Int(exactly: value) else { throw Malformed() }
        return result
    }

    /// A string, refused unless its bytes are valid UTF-8. (The standard library's validating
    /// initializer is generic and cost some 1,000 instructions a string, half the decoding;
    /// the repairing one is specialized for UTF-8 buffers, so it decodes, and a string that
    /// does not keep its bytes exactly was repaired.)
    mutating func string() throws(Malformed) -> String {
        let header = try varint()
        if header & 1 == 1 {
            guard header >> 1 < UInt64(longStrings.count) else { throw Malformed() }
            return longStrings[Int(header >> 1)]
        }
        guard header >> 1 <= UInt64(remaining) else { throw Malformed() }
        let range = try skip(Int(header >> 1))
        let text: String? = bytes.withUnsafeBufferPointer { whole in
            let utf8 = UnsafeBufferPointer(rebasing: whole[range])
            var text = String(decoding: utf8, as: UTF8.self)
            let exact = text.withUTF8 { decoded in
                guard decoded.count == utf8.count else { return false }
                guard let a = decoded.baseAddress, let b = utf8.baseAddress else { return true }
                return memcmp(a, b, utf8.count) == 0
            }
            return exact ? text : nil
        }
        guard let text else { throw Malformed() }
        if range.count > SnapshotWriter.inlineLimit { longStrings.append(text) }
        return text
    }

    mutating func localized() throws(Malformed) -> Localized {
        Localized(zh: try string(), en: try string())
    }

    mutating func strings() throws(Malformed) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func localizedList() throws(Malformed) -> [Localized] {
        let count = try count(minimumSize: 2)
        var values: [Localized] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try localized()) }
        return values
    }

    /// Whether an optional value follows (its 0/1 byte).
    mutating func present() throws(Malformed) -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw Malformed()
        }
    }

    mutating func optionalString() throws(Malformed) -> String? { try present() ? try string() : nil }
    mutating func optionalLocalized() throws(Malformed) -> Localized? { try present() ? try localized() : nil }
    mutating func optionalInt() throws(Malformed) -> Int? { try present() ? try int() : nil }

    /// The case at the position the next byte gives.
    mutating func choice<E>(in cases: [E]) throws(Malformed) -> E {
        let index = Int(try byte())
        guard index < cases.count else { throw Malformed() }
        return cases[index]
    }
}
