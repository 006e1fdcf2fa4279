/// Where a record is, for messages: `metrics[3]`, or `kiosk` for a single record.
///
/// Kept as the list's key and the item's index, and written out only when a message needs it:
/// writing `metrics[3]` for each of 100,000 records (and again for each reference they make)
/// cost more than reading some of their fields.
struct RecordPath: CustomStringConvertible, Sendable {
    /// The top-level key (`metrics`) or the single record's name (`kiosk`).
    let list: String
    /// The item's position in the list; nil for a single record.
    let index: Int?

    init(list: String, index: Int? = nil) {
        self.list = list
        self.index = index
    }

    var description: String {
        guard let index else { return list }
        return "\(list)[\(index)]"
    }
}
