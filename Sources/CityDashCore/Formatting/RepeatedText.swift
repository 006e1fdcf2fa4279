extension String {
    /// `String(repeating: symbol, count: count)` (nothing when `count` ≤ 0), written as bytes
    /// into one string: bars and tracks are a symbol repeated up to a hundred times, and the
    /// standard form appends it once a time, a few hundred instructions each.
    public init(repeatingBytesOf symbol: String, count: Int) {
        guard count > 0 else {
            self = ""
            return
        }
        var symbol = symbol
        self = symbol.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count * count) { out in
                var index = 0
                for _ in 0..<count {
                    for byte in bytes {
                        out[index] = byte
                        index += 1
                    }
                }
                return index
            }
        }
    }
}
