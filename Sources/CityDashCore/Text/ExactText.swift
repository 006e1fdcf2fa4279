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
