/// A set of 128 bits standing for a mapping's scalar keys, each key's bit chosen by its length
/// and its first and last bytes. A key whose bit is clear is none of the keys put in, so that
/// most lookups of a missing field and most checks for a repeated key need not compare the key
/// with each of the others.
struct KeyBits {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Puts in the key with these bytes; whether its bit was set already.
    @inline(__always)
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let bit = Self.bit(bytes)
        if bit < 64 {
            defer { low |= 1 << bit }
            return low & 1 << bit != 0
        }
        defer { high |= 1 << (bit - 64) }
        return high & 1 << (bit - 64) != 0
    }

    /// False when no key put in has these bytes.
    @inline(__always)
    func mayContain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let bit = Self.bit(bytes)
        return bit < 64 ? low & 1 << bit != 0 : high & 1 << (bit - 64) != 0
    }

    @inline(__always)
    private static func bit(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        return (UInt64(bytes.count) &* 31 &+ UInt64(first) &* 7 &+ UInt64(last)) & 127
    }
}
