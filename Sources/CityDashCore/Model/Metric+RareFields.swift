extension Metric {
    /// The fields few figures set, held in one shared immutable box: a metric without any of
    /// them stores one nil pointer instead of 112 bytes of empty optionals (100,000 generated
    /// metrics: 11 MB less). Setting one of them through `Metric` makes a new box, so a copy
    /// of a metric never sees another's change.
    final class RareFields: Hashable, Sendable {
        struct Values: Hashable, Sendable {
            var short: Localized?
            var asOf: String?
            var horizon: Localized?
            var note: Localized?
            /// A year too wide for `CompactYear` (never one the loader accepts).
            var wideYear: Int?
            var wideTargetYear: Int?

            var isEmpty: Bool {
                short == nil && asOf == nil && horizon == nil && note == nil && wideYear == nil && wideTargetYear == nil
            }
        }

        let values: Values

        private init(_ values: Values) {
            self.values = values
        }

        /// A box of these fields; nil when none is set.
        static func make(_ values: Values) -> RareFields? {
            values.isEmpty ? nil : RareFields(values)
        }

        static func == (a: RareFields, b: RareFields) -> Bool {
            a === b || a.values == b.values
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(values)
        }

        /// A box compared and hashed by the UTF-8 bytes of its texts, for sharing equal boxes:
        /// `==` goes by canonical equivalence, which would swap a text for a differently
        /// encoded equal one.
        struct ExactKey: Hashable {
            let box: RareFields

            static func == (a: ExactKey, b: ExactKey) -> Bool {
                if a.box === b.box { return true }
                let (x, y) = (a.box.values, b.box.values)
                return x.wideYear == y.wideYear && x.wideTargetYear == y.wideTargetYear
                    && same(x.short?.zh, y.short?.zh) && same(x.short?.en, y.short?.en) && same(x.asOf, y.asOf)
                    && same(x.horizon?.zh, y.horizon?.zh) && same(x.horizon?.en, y.horizon?.en)
                    && same(x.note?.zh, y.note?.zh) && same(x.note?.en, y.note?.en)
            }

            func hash(into hasher: inout Hasher) {
                let values = box.values
                hasher.combine(values.wideYear)
                hasher.combine(values.wideTargetYear)
                // Field by field: an array of the texts was an allocation for every metric read.
                Self.combine(values.short?.zh, into: &hasher)
                Self.combine(values.short?.en, into: &hasher)
                Self.combine(values.asOf, into: &hasher)
                Self.combine(values.horizon?.zh, into: &hasher)
                Self.combine(values.horizon?.en, into: &hasher)
                Self.combine(values.note?.zh, into: &hasher)
                Self.combine(values.note?.en, into: &hasher)
            }

            private static func same(_ x: String?, _ y: String?) -> Bool {
                switch (x, y) {
                case (nil, nil): true
                case let (x?, y?): x.hasSameBytes(as: y)
                default: false
                }
            }

            private static func combine(_ text: String?, into hasher: inout Hasher) {
                guard var text else {
                    hasher.combine(0 as UInt8)
                    return
                }
                hasher.combine(1 as UInt8)
                text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }
        }
    }

    /// An optional year in 4 bytes: the loader's years are four-digit, but a metric built in
    /// code may hold any `Int`, which then lives in the box of rare fields instead.
    struct CompactYear: Hashable, Sendable {
        private let raw: Int32
        private static let none = Int32.min
        private static let wide = Int32.min + 1

        /// The compact form of `year`, and the year itself when it must be kept in the box.
        static func pack(_ year: Int?) -> (CompactYear, wide: Int?) {
            guard let year else { return (CompactYear(raw: none), nil) }
            guard let raw = Int32(exactly: year), raw > wide else { return (CompactYear(raw: wide), year) }
            return (CompactYear(raw: raw), nil)
        }

        func value(wide: Int?) -> Int? {
            switch raw {
            case Self.none: nil
            case Self.wide: wide
            default: Int(raw)
            }
        }
    }
}
