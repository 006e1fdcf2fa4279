/// Every record's name folded once for search, kept as one block of bytes per kind of record,
/// so that a keystroke runs `ByteSearch` over the block instead of lower-casing a
/// hundred thousand names again (that took 0.3 s).
///
/// A name matches when its folded Chinese or English text contains the folded needle byte for
/// byte: lower-cased by Unicode's default mapping, and compared as UTF-8. Unlike `String.contains`,
/// a needle may match part of a character cluster (`e` in a decomposed `é`); for names, that is
/// what someone searching expects.
public struct SearchIndex: Sendable, Equatable {
    /// The folded names of one kind of record, back to back, and where each one starts.
    public struct Names: Sendable, Equatable {
        let bytes: [UInt8]
        /// `starts[i]` is where name `i` begins; one more entry marks the end of the last.
        let starts: [Int]

        init(_ names: [Localized]) {
            var bytes: [UInt8] = []
            var starts: [Int] = []
            starts.reserveCapacity(names.count + 1)
            for name in names {
                starts.append(bytes.count)
                bytes.append(contentsOf: SearchIndex.fold(name).utf8)
            }
            starts.append(bytes.count)
            self.bytes = bytes
            self.starts = starts
        }

        public var count: Int { starts.count - 1 }

        /// The positions, ascending, of the names that contain `needle` (already folded).
        public func positions(matching needle: String) -> [Int] {
            let pattern = Array(needle.utf8)
            guard !pattern.isEmpty else { return Array(0..<count) }
            var found: [Int] = []
            bytes.withUnsafeBufferPointer { haystack in
                pattern.withUnsafeBufferPointer { pattern in
                    var offset = 0
                    while let at = ByteSearch.firstOffset(of: pattern, in: haystack, from: offset) {
                        let name = self.name(containing: at)
                        if at + pattern.count <= starts[name + 1] {
                            // A match: the rest of this name need not be searched.
                            found.append(name)
                            offset = starts[name + 1]
                        } else {
                            offset = at + 1
                        }
                    }
                }
            }
            return found
        }

        /// The name whose bytes include `offset` (binary search in `starts`).
        private func name(containing offset: Int) -> Int {
            var low = 0, high = count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return low
        }
    }

    public let metrics: Names
    public let newTowns: Names
    public let zones: Names
    public let actions: Names
    public let projects: Names
    public let events: Names

    public init(_ dataset: Dataset) {
        metrics = Names(dataset.metrics.map(\.name))
        newTowns = Names(dataset.newTowns.map(\.name))
        zones = Names(dataset.zones.map(\.name))
        actions = Names(dataset.actions.map(\.name))
        projects = Names(dataset.projects.map(\.name))
        events = Names(dataset.events.map(\.name))
    }

    /// Both languages, lower-cased, with a separator no typed needle contains, so a match never
    /// spans the end of one and the start of the other.
    public static func fold(_ name: Localized) -> String {
        name.zh.lowercased() + "\u{1F}" + name.en.lowercased()
    }

    public static func fold(needle: String) -> String {
        needle.lowercased()
    }
}
