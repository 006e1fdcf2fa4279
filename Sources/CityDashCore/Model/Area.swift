/// A special area named in the articles (临港新片区, 张江, 长阳秀带, ...) and the district it lies in.
public struct Area: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: Localized
    public var district: String

    public init(id: String, name: Localized, district: String) {
        self.id = id
        self.name = name
        self.district = district
    }
}
