/// The two languages every name in the data is written in.
public enum Language: String, CaseIterable, Sendable, Codable {
    case zh
    case en

    /// The other language: what the `l` key switches to.
    public var toggled: Language { self == .zh ? .en : .zh }
}
