/// Every record's searchable text (`SearchText`: names, figures, quotes, parties, notes, ... in
/// both languages) folded once for search, kept as one block of bytes per kind of record, so
/// that a keystroke runs `ByteSearch` over the block instead of folding a hundred thousand
/// records again (that took 0.3 s for names alone).
///
/// A record matches when its folded text contains the folded needle byte for byte: lower-cased
/// by Unicode's default mapping, full-width ASCII folded to half-width, and compared as UTF-8.
/// Unlike `String.contains`, a needle may match part of a character cluster (`e` in a decomposed
/// `é`); for search, that is what someone expects.
public struct SearchIndex: Sendable, Equatable {
    /// The folded texts of one kind of record, back to back, and where each one starts.
    /// (Named for what it held first: the names.)
    public struct Names: Sendable, Equatable {
        let bytes: [UInt8]
        /// `starts[i]` is where name `i` begins; one more entry marks the end of the last.
        let starts: [Int]

        /// `texts`: each record's `SearchText`, not yet folded.
        init(_ texts: [String]) {
            var bytes: [UInt8] = []
            var starts: [Int] = []
            starts.reserveCapacity(texts.count + 1)
            for text in texts {
                starts.append(bytes.count)
                bytes.append(contentsOf: SearchText.fold(text).utf8)
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
        metrics = Names(dataset.metrics.map(SearchText.of))
        newTowns = Names(dataset.newTowns.map(SearchText.of))
        zones = Names(dataset.zones.map(SearchText.of))
        actions = Names(dataset.actions.map(SearchText.of))
        projects = Names(dataset.projects.map(SearchText.of))
        events = Names(dataset.events.map(SearchText.of))
    }

    /// Both languages, folded, with a separator no typed needle contains, so a match never
    /// spans the end of one and the start of the other.
    public static func fold(_ name: Localized) -> String {
        SearchText.fold(name.zh) + String(SearchText.separator) + SearchText.fold(name.en)
    }

    public static func fold(needle: String) -> String {
        SearchText.fold(needle: needle)
    }
}
