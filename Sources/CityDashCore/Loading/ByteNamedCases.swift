/// An enumeration whose cases data files name by their raw text. `RecordReader.enumeration`
/// finds the case by comparing the field's bytes with each raw value's, in place: making a
/// `String` of the field and matching it with `init(rawValue:)`, which compares Unicode strings,
/// cost 1,000 to 2,600 instructions a field for the Chinese units and scales.
protocol ByteNamedCases: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// Each case whose raw value is visible text, with that text's UTF-8 bytes.
    static var byteNames: [(bytes: [UInt8], value: Self)] { get }
}

extension ByteNamedCases {
    /// The table `byteNames` holds, made once per type. Raw values `RecordReader.string` would
    /// refuse (blank or invisible) are left out, so that a field naming one is still refused.
    static func byteNameTable() -> [(bytes: [UInt8], value: Self)] {
        allCases.compactMap { value in
            let raw = value.rawValue
            guard !RecordReader.isBlank(raw), !RecordReader.isInvisible(raw) else { return nil }
            return (Array(raw.utf8), value)
        }
    }

    /// The case whose raw value has exactly these bytes, if one has.
    static func named(_ bytes: UnsafeBufferPointer<UInt8>) -> Self? {
        for (name, value) in byteNames where name.count == bytes.count && name.withUnsafeBufferPointer({ YAMLTree.same($0, bytes) }) {
            return value
        }
        return nil
    }
}

extension Scale: ByteNamedCases {
    static let byteNames = byteNameTable()
}

extension MetricUnit: ByteNamedCases {
    static let byteNames = byteNameTable()
}

extension MetricMeasure: ByteNamedCases {
    static let byteNames = byteNameTable()
}

extension Qualifier: ByteNamedCases {
    static let byteNames = byteNameTable()
}

extension MetricKind: ByteNamedCases {
    static let byteNames = byteNameTable()
}

extension Scope: ByteNamedCases {
    static let byteNames = byteNameTable()
}

extension Category: ByteNamedCases {
    static let byteNames = byteNameTable()
}

extension ProjectKind: ByteNamedCases {
    static let byteNames = byteNameTable()
}
