/// The checksum that closes a snapshot file: FNV-1a's 64-bit prime applied a word (8 bytes) at a
/// time, with a rotation so that every bit reaches every other, then the tail bytes one by one.
///
/// Each step is a bijection of the running value for a fixed input word, so any change confined
/// to one word (a flipped bit, a torn write of one block) always changes the result; it guards
/// against damage, not against someone who may write the cache file (`SnapshotFile` refuses
/// files other users could have written).
enum SnapshotChecksum {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The checksum of `bytes[range]`.
    static func of(_ bytes: [UInt8], in range: Range<Int>) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash = offsetBasis ^ UInt64(truncatingIfNeeded: range.count)
            var offset = range.lowerBound
            while offset + 8 <= range.upperBound {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                hash = ((hash ^ word) &* prime).rotatedLeft(by: 29)
                offset += 8
            }
            while offset < range.upperBound {
                hash = (hash ^ UInt64(raw[offset])) &* prime
                offset += 1
            }
            return hash
        }
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
