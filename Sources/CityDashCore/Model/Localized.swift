/// A text in Chinese and English, as every name and summary in the data is written.
public struct Localized: Hashable, Sendable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public subscript(_ language: Language) -> String {
        language == .zh ? zh : en
    }

    /// True when either language contains `needle`, ignoring case, as `SearchIndex` matches.
    public func matches(_ needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        return SearchIndex.fold(self).containsExactly(SearchIndex.fold(needle: needle))
    }
}
