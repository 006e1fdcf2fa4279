#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
        /// How often each byte value occurs in `bytes`, to pick the rarest byte of a needle.
        let byteCounts: [Int]

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
            var byteCounts = [Int](repeating: 0, count: 256)
            for byte in bytes { byteCounts[Int(byte)] += 1 }
            self.bytes = bytes
            self.starts = starts
            self.byteCounts = byteCounts
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
                    while let at = self.firstOffset(of: pattern, in: haystack, from: offset) {
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

        /// Among `candidates` (ascending positions), the names that contain `needle` (already
        /// folded). Each candidate's own bytes are searched, so narrowing a search (`数` → `数字`)
        /// reads only what the shorter needle matched.
        public func positions(matching needle: String, among candidates: [Int]) -> [Int] {
            let pattern = Array(needle.utf8)
            guard !pattern.isEmpty else { return candidates }
            var found: [Int] = []
            bytes.withUnsafeBufferPointer { haystack in
                pattern.withUnsafeBufferPointer { pattern in
                    for name in candidates where name >= 0 && name < count
                        && self.firstOffset(of: pattern, in: haystack, from: starts[name], end: starts[name + 1]) != nil {
                        found.append(name)
                    }
                }
            }
            return found
        }

        /// Where `pattern` next occurs at or after `offset` (and ends by `end`, if given). `memchr` looks for the pattern's byte
        /// that is rarest in the block, not its first: with quotes in the block, a CJK needle's
        /// first byte starts most characters and would stop the scan at nearly every one.
        func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
                         from offset: Int, end: Int? = nil) -> Int? {
            let limit = min(end ?? haystack.count, haystack.count)
            guard let base = haystack.baseAddress, let needle = pattern.baseAddress, !pattern.isEmpty,
                  pattern.count <= limit else { return nil }
            var pivot = 0
            for index in 1..<pattern.count where byteCounts[Int(pattern[index])] < byteCounts[Int(pattern[pivot])] {
                pivot = index
            }
            let byte = Int32(pattern[pivot])
            let last = limit - pattern.count
            var start = max(0, offset)
            while start <= last {
                guard let hit = memchr(base + start + pivot, byte, last - start + 1) else { return nil }
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - pivot
                if memcmp(base + at, needle, pattern.count) == 0 { return at }
                start = at + 1
            }
            return nil
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

    /// What one folded needle matched in each kind of record: positions, ascending.
    public struct Matches: Sendable, Equatable {
        public let needle: String
        public let metrics, newTowns, zones, actions, projects, events, sources: [Int]
    }

    /// The records whose text contains `needle` (already folded). When `previous` was made for a
    /// needle that this one contains (typing on: `数` → `数字`, or a paste around it), only its
    /// matches can match, and only they are searched again.
    public func matches(_ needle: String, narrowing previous: Matches? = nil) -> Matches {
        let narrows = previous.map { !$0.needle.isEmpty && Self.contains(needle, $0.needle) } ?? false
        func search(_ names: Names, _ before: [Int]?) -> [Int] {
            if narrows, let before { return names.positions(matching: needle, among: before) }
            return names.positions(matching: needle)
        }
        return Matches(needle: needle, metrics: search(metrics, previous?.metrics),
                       newTowns: search(newTowns, previous?.newTowns), zones: search(zones, previous?.zones),
                       actions: search(actions, previous?.actions), projects: search(projects, previous?.projects),
                       events: search(events, previous?.events), sources: search(sources, previous?.sources))
    }

    /// True when `text`'s UTF-8 contains `part`'s, as the search compares them.
    static func contains(_ text: String, _ part: String) -> Bool {
        let (text, part) = (Array(text.utf8), Array(part.utf8))
        guard part.count <= text.count else { return false }
        return (0...(text.count - part.count)).contains { start in text[start..<(start + part.count)].elementsEqual(part) }
    }

    public let metrics: Names
    public let newTowns: Names
    public let zones: Names
    public let actions: Names
    public let projects: Names
    public let events: Names
    /// The articles: their titles, outlets and quotes.
    public let sources: Names

    public init(_ dataset: Dataset) {
        metrics = Names(dataset.metrics.map(SearchText.of))
        newTowns = Names(dataset.newTowns.map(SearchText.of))
        zones = Names(dataset.zones.map(SearchText.of))
        actions = Names(dataset.actions.map(SearchText.of))
        projects = Names(dataset.projects.map(SearchText.of))
        events = Names(dataset.events.map(SearchText.of))
        sources = Names(dataset.sources.map(SearchText.of))
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
