/// A key project, base, partnership or programme, with the parties the article names.
public struct Project: Cited, Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var kind: ProjectKind
    public var name: Localized
    public var parties: [Localized]
    public var district: String?
    public var summary: Localized?
    public var metrics: [String]
    /// Id of the article in `sources.yaml`.
    public var source: String
    /// The fragment of the article that states this record, copied exactly.
    public var quote: String
    public var note: Localized?

    public init(id: String, kind: ProjectKind, name: Localized, parties: [Localized], district: String?,
                summary: Localized?, metrics: [String], source: String, quote: String, note: Localized?) {
        self.id = id
        self.kind = kind
        self.name = name
        self.parties = parties
        self.district = district
        self.summary = summary
        self.metrics = metrics
        self.source = source
        self.quote = quote
        self.note = note
    }
}
