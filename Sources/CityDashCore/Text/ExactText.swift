extension String {
    /// True when `other` occurs in this string byte for byte. Swift's `contains` compares
    /// canonically equivalent text as equal (é = e + U+0301); a quotation must be an exact copy.
    public func containsExactly(_ other: String) -> Bool {
        utf8.firstRange(of: other.utf8) != nil
    }
}
