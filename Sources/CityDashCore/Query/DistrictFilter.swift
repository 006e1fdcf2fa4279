/// The district a view is narrowed to; `.all` is the whole city (全市).
public enum DistrictFilter: Hashable, Sendable {
    case all
    case district(String)

    /// True when a record in `district` (nil: not tied to one district) passes the filter.
    /// City-wide records are hidden once a district is chosen: the filter answers
    /// "what is there in this district".
    public func admits(_ district: String?) -> Bool {
        switch self {
        case .all: true
        case .district(let id): district == id
        }
    }

    public var districtID: String? {
        if case .district(let id) = self { return id }
        return nil
    }
}
