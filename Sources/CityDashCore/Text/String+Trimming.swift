extension StringProtocol {
    /// The text without the leading and trailing characters for which `isTrimmed` holds.
    public func trimmed(where isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }),
              let last = lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(self[first...last])
    }

    /// The text without leading and trailing spaces and tabs (what Foundation calls
    /// `.whitespaces`: U+0009 and the Unicode space separators), line breaks kept.
    public func trimmingSpaces() -> String {
        trimmed { character in
            character == "\t" || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .spaceSeparator }
        }
    }
}
