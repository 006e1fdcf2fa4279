#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding bytes in bytes: `memchr` finds each candidate first byte, `memcmp` confirms it.
/// Quote checks and name search both use it; the generic `firstRange(of:)` was a fifth of
/// the load time of a large data set.
enum ByteSearch {
    /// Where `pattern` first occurs in `haystack` at or after `offset`; nil when it does not
    /// (or `pattern` is empty).
    static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
                            from offset: Int = 0) -> Int? {
        guard let base = haystack.baseAddress, let first = pattern.baseAddress, !pattern.isEmpty,
              pattern.count <= haystack.count else { return nil }
        let last = haystack.count - pattern.count
        var start = max(0, offset)
        while start <= last {
            guard let hit = memchr(base + start, Int32(first.pointee), last - start + 1) else { return nil }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, first, pattern.count) == 0 { return at }
            start = at + 1
        }
        return nil
    }

    /// Whether two strings have the same UTF-8 bytes: one `memcmp`, without the Unicode
    /// normalization `==` applies to non-ASCII text.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return true }  // both empty
                return memcmp(p, q, x.count) == 0
            }
        }
    }
}
