/// One of the news articles the data is taken from.
public struct Source: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// File name of the article under `shared/seeds/`.
    public var file: String
    /// The outlet or publisher; nil when the article names none.
    public var outlet: Localized?
    public var title: Localized
    /// Publication date (ISO) as the article gives it; nil when it gives none.
    public var date: String?
    /// What `date` means when it is not a publication date, or why there is none.
    public var dateNote: Localized?
    public var author: Localized?
    public var note: Localized?

    public init(id: String, file: String, outlet: Localized?, title: Localized, date: String?,
                dateNote: Localized?, author: Localized?, note: Localized? = nil) {
        self.id = id
        self.file = file
        self.outlet = outlet
        self.title = title
        self.date = date
        self.dateNote = dateNote
        self.author = author
        self.note = note
    }
}
