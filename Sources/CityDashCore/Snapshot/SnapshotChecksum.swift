/// The checksum that closes a snapshot file: FNV-1a's 64-bit prime applied a word (8 bytes) at a
/// time, with a rotation so that every bit reaches every other, then the tail bytes one by one
/// and the length.
///
/// Each step is a bijection of the running value for a fixed input word, so any change confined
/// to one word (a flipped bit, a torn write of one block) always changes the result; it guards
/// against damage, not against someone who may write the cache file (`SnapshotFile` refuses
/// files other users could have written). It is fed in pieces as a snapshot is written.
struct SnapshotChecksum {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private var hash = offsetBasis
    private var length: UInt64 = 0

    /// Adds `bytes`. Every piece but the last must be a whole number of 8-byte words long.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            hash = ((hash ^ word) &* Self.prime).rotatedLeft(by: 29)
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* Self.prime
            offset += 1
        }
        length &+= UInt64(bytes.count)
    }

    var value: UInt64 { (hash ^ length) &* Self.prime }

    /// The checksum of `bytes[range]` in one piece.
    static func of(_ bytes: [UInt8], in range: Range<Int>) -> UInt64 {
        var checksum = SnapshotChecksum()
        bytes.withUnsafeBytes { checksum.add(UnsafeRawBufferPointer(rebasing: $0[range])) }
        return checksum.value
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
