/// Turns what a user types for a district into its id: the id (`yangpu`, any case), the Chinese
/// name with or without 区 (`杨浦`, `杨浦区`, `浦东新区`), the English name, or a special area
/// (`张江` → pudong).
public struct DistrictResolver: Sendable {
    private let dataset: Dataset

    public init(dataset: Dataset) {
        self.dataset = dataset
    }

    public func resolve(_ input: String) -> District? {
        let key = Self.normalize(input)
        guard !key.isEmpty else { return nil }
        if let district = dataset.districts.first(where: { Self.keys(for: $0).contains(key) }) {
            return district
        }
        if let area = dataset.areas.first(where: {
            Self.normalize($0.id) == key || Self.normalize($0.name.zh) == key || Self.normalize($0.name.en) == key
        }) {
            return dataset.district(area.district)
        }
        return nil
    }

    /// The filter a user means: `all`, `全市` (what the screen calls no filter), `All districts`,
    /// `上海` for the whole city, else the district `resolve` finds; nil when there is none.
    public func filter(for input: String) -> DistrictFilter? {
        if Self.cityWide.contains(Self.normalize(input)) { return .all }
        return resolve(input).map { .district($0.id) }
    }

    static let cityWide: Set<String> = Set(["all", "全市", "all districts", "city", "citywide", "上海", "上海市",
                                            "shanghai"].map(normalize))

    /// The message for an unknown district, listing every valid id.
    public func unknownMessage(_ input: String) -> String {
        let ids = dataset.districts.map(\.id).joined(separator: ", ")
        return "unknown district \"\(TerminalSanitizer.sanitize(input))\"; valid: all (全市), \(ids)"
    }

    static func keys(for district: District) -> Set<String> {
        var keys: Set<String> = [district.id, district.name.zh, district.name.en, district.short.zh, district.short.en]
            .map(normalize).reduce(into: []) { $0.insert($1) }
        for zh in [district.name.zh, district.short.zh] where zh.hasSuffix("区") {
            keys.insert(normalize(String(zh.dropLast())))
        }
        keys.insert(normalize(district.short.zh + "区"))
        return keys
    }

    static func normalize(_ text: String) -> String {
        text.lowercased().filter { !$0.isWhitespace }
    }
}
