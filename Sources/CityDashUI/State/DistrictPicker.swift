/// The district picker's own state: what has been typed and which entry is highlighted.
public struct DistrictPicker: Equatable, Sendable {
    public var query: String = ""
    public var selection: Int = 0

    public init(query: String = "", selection: Int = 0) {
        self.query = query
        self.selection = selection
    }
}
