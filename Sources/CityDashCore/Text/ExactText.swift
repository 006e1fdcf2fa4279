#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// True when `other` occurs in this string byte for byte. Swift's `contains` compares
    /// canonically equivalent text as equal (é = e + U+0301); a quotation must be an exact copy.
    public func containsExactly(_ other: String) -> Bool {
        if other.utf8.isEmpty { return true }
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            other.utf8.withContiguousStorageIfAvailable { needle in
                ByteSearch.firstOffset(of: needle, in: haystack) != nil
            }
        }
        if let found = found ?? nil { return found }
        return utf8.firstRange(of: other.utf8) != nil
    }
}

extension String {
    /// True when both strings have the same UTF-8 bytes (not canonical equivalence, as `==`),
    /// compared with `memcmp` when both are contiguous: comparing the UTF-8 views element by
    /// element cost 5,000 instructions for a 60-byte quote.
    func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        let same = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b in
                guard let x = a.baseAddress, let y = b.baseAddress else { return a.isEmpty }
                return memcmp(x, y, a.count) == 0
            }
        }
        if let same = same ?? nil { return same }
        return utf8.elementsEqual(other.utf8)
    }
}
