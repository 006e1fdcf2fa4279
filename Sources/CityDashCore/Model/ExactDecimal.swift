/// A non-negative decimal number kept as its written digits, so that scaling (万 → ×10⁴) and
/// printing never round: 10738.8亿 is exactly 1,073,880,000,000.
public struct ExactDecimal: Hashable, Sendable, CustomStringConvertible {
    /// Significant digits without leading zeros ("0" for zero).
    public let digits: String
    /// The value is `digits × 10^exponent`.
    public let exponent: Int

    /// Parses plain decimal notation: `4.32`, `42014`, `0.5`. Signs, exponents, spaces,
    /// grouping commas, `nan` and `inf` are rejected (nil).
    public init?(_ text: String) {
        // Over the UTF-8 bytes, in place: only ASCII digits and one point are accepted, so a
        // byte is a digit exactly when a scalar is (a digit with a combining mark on it is not).
        // Splitting the characters was a tenth of loading a metric.
        var text = text
        guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
        (digits, exponent) = parsed
    }

    /// The significant digits and exponent of plain decimal notation; nil when `bytes` is not.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (digits: String, exponent: Int)? {
        let count = bytes.count
        var point: Int?
        for index in 0..<count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard point == nil else { return nil }
                point = index
            } else if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") {
                return nil
            }
        }
        let wholeEnd = point ?? count
        // A whole part, and after a point a fraction.
        guard wholeEnd > 0, point.map({ $0 + 1 < count }) ?? true else { return nil }
        let fractionCount = point.map { count - $0 - 1 } ?? 0
        // The digits without the point, leading zeros and trailing zeros (which move into the
        // exponent, so that equal values compare equal).
        var first = 0
        while first < count && (bytes[first] == UInt8(ascii: "0") || bytes[first] == UInt8(ascii: ".")) { first += 1 }
        guard first < count else { return ("0", 0) }
        var last = count - 1
        var exponent = -fractionCount
        while bytes[last] == UInt8(ascii: "0") || bytes[last] == UInt8(ascii: ".") {
            if bytes[last] == UInt8(ascii: "0") { exponent += 1 }
            last -= 1
        }
        // Written straight into the string (a small one, for up to 15 digits, allocates nothing).
        let digits = String(unsafeUninitializedCapacity: last - first + 1) { buffer in
            var written = 0
            for index in first...last where bytes[index] != UInt8(ascii: ".") {
                buffer[written] = bytes[index]
                written += 1
            }
            return written
        }
        return (digits, exponent)
    }

    private init(digits raw: String, exponent: Int) {
        var trimmed = Substring(raw.drop(while: { $0 == "0" }))
        var exponent = exponent
        if trimmed.isEmpty {
            self.digits = "0"
            self.exponent = 0
            return
        }
        // Trailing zeros move into the exponent so that equal values compare equal.
        while trimmed.last == "0" {
            trimmed.removeLast()
            exponent += 1
        }
        self.digits = String(trimmed)
        self.exponent = exponent
    }

    /// The decimal whose fields are `digits` and `exponent` exactly (as a snapshot stored them),
    /// or nil unless they are in the canonical form the parsing init makes: ASCII digits without
    /// leading or trailing zeros, or "0" with exponent 0.
    init?(canonicalDigits digits: String, exponent: Int) {
        let bytes = digits.utf8
        guard let first = bytes.first, let last = bytes.last,
              bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        if digits == "0" {
            guard exponent == 0 else { return nil }
        } else if first == UInt8(ascii: "0") || last == UInt8(ascii: "0") {
            return nil
        }
        self.digits = digits
        self.exponent = exponent
    }

    /// The value multiplied by 10^places.
    public func shifted(by places: Int) -> ExactDecimal {
        ExactDecimal(digits: digits, exponent: exponent + places)
    }

    public var isZero: Bool { digits == "0" }

    /// Number of digits before the decimal point (at least 1).
    public var integerDigitCount: Int { max(1, digits.count + exponent) }

    /// Plain notation with the fewest digits: `4320000000000`, `1.07388`, `0.5`.
    public var description: String { formatted(grouping: false) }

    /// Plain notation, optionally with thousands separators in the integer part: `1,200,000`.
    public func formatted(grouping: Bool) -> String {
        var integerPart: String
        var fractionPart = ""
        if exponent >= 0 {
            integerPart = digits == "0" ? "0" : digits + String(repeating: "0", count: exponent)
        } else {
            let fractionCount = -exponent
            if digits.count > fractionCount {
                let split = digits.index(digits.endIndex, offsetBy: -fractionCount)
                integerPart = String(digits[..<split])
                fractionPart = String(digits[split...])
            } else {
                integerPart = "0"
                fractionPart = String(repeating: "0", count: fractionCount - digits.count) + digits
            }
        }
        if grouping {
            integerPart = Self.group(integerPart)
        }
        return fractionPart.isEmpty ? integerPart : integerPart + "." + fractionPart
    }

    /// The nearest Double, for sorting, gauges and the `normalized` export field.
    public var doubleValue: Double { Double(description) ?? 0 }

    private static func group(_ integer: String) -> String {
        // Digits (and a sign) are ASCII: grouped byte by byte, without the generic reversed and
        // enumerated character views the general path instantiates on first use.
        let bytes = Array(integer.utf8)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 3)
            for index in bytes.indices {
                if index > 0 && (bytes.count - index) % 3 == 0 { out.append(UInt8(ascii: ",")) }
                out.append(bytes[index])
            }
            return String(decoding: out, as: UTF8.self)
        }
        var out: [Character] = []
        for (offset, character) in integer.reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return String(out.reversed())
    }
}

extension Substring {
    /// Only the scalars 0-9: a digit with a combining mark on it is not a digit.
    var isASCIIDigits: Bool { unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
}
