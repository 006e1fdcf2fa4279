/// Positions of records by id, for lookups in one record array: an open-addressing table of
/// 32-bit positions that compares ids through the records themselves, so it holds no copy of
/// an id. A `[String: Int]` of 100,000 metric ids took 6.3 MB (262,144 buckets of a 16-byte key
/// and an 8-byte value); this table takes 1 MB. Ids match as `String`'s `==` and hash say,
/// as the dictionary's did.
struct IDTable: Sendable {
    /// A record's position, or `empty`; at most half of the slots are used.
    private var slots: [Int32]
    private(set) var count = 0
    private static let empty: Int32 = -1

    /// A table sized for `capacity` records without growing.
    init(capacity: Int = 0) {
        slots = [Int32](repeating: Self.empty, count: Self.slotCount(for: capacity))
    }

    /// The first position of each id among `records`.
    init<T: Identifiable>(_ records: [T]) where T.ID == String {
        self.init(capacity: records.count)
        for position in records.indices { _ = insert(position, of: records) }
    }

    private static func slotCount(for count: Int) -> Int {
        var slots = 8
        while slots < count * 2 { slots <<= 1 }
        return slots
    }

    /// The position of the record whose id is `id`, the first when several are.
    func position<T: Identifiable>(of id: String, in records: [T]) -> Int? where T.ID == String {
        position(of: id, hash: id.hashValue, in: records)
    }

    /// `position(of:in:)` for an id whose `hashValue` is `hash` (computed once by a caller that
    /// also adds the id: hashing a string costs more than the rest of a lookup).
    func position<T: Identifiable>(of id: String, hash: Int, in records: [T]) -> Int? where T.ID == String {
        guard count > 0 else { return nil }
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let position = Int(slots[slot])
            if position < 0 { return nil }
            if position < records.count && records[position].id == id { return position }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `records[position]`; when an earlier record has its id, adds nothing and returns
    /// that record's position.
    mutating func insert<T: Identifiable>(_ position: Int, of records: [T]) -> Int? where T.ID == String {
        let id = records[position].id
        let hash = id.hashValue
        if let earlier = self.position(of: id, hash: hash, in: records) { return earlier }
        add(position, hash: hash, of: records)
        return nil
    }

    /// Adds `records[position]`, whose id (of `hashValue` `hash`) no record in the table has.
    mutating func add<T: Identifiable>(_ position: Int, hash: Int, of records: [T]) where T.ID == String {
        if (count + 1) * 2 > slots.count { grow(records) }
        place(position, hash: hash)
        count += 1
    }

    private mutating func place(_ position: Int, hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != Self.empty { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: position)
    }

    private mutating func grow<T: Identifiable>(_ records: [T]) where T.ID == String {
        let old = slots
        slots = [Int32](repeating: Self.empty, count: slots.count * 2)
        for position in old where position != Self.empty {
            place(Int(position), hash: records[Int(position)].id.hashValue)
        }
    }
}
