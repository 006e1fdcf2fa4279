/// A metric's `stated` text taken apart into what `value`, `scale`, `unit` and `qualifier` must
/// say, in the order the Chinese formatter writes them:
/// `[超|超过|破|近|接近|约] number [余|多] [万亿|亿|万] [+] [unit] [以上|左右]`.
///
/// The number is either Arabic (`4.32`; then nothing may follow, so the formatter's output must
/// equal `stated` exactly) or, as the articles sometimes write it, Chinese numerals
/// (四届, 超万家, 破百亿, 七大场景). A Chinese figure is kept as written: its numeral must equal
/// `value` (万 alone is 1万: value 1, scale 万), and the words after the unit name what is
/// counted (大场景) and are not checked. 万 and 亿 count only as the scale, at the numeral's end
/// (一万二千 is not read).
struct StatedFigure: Equatable {
    /// The number as written: `4.32`, `四`, or "" for 万 alone.
    var numberText: String
    var isChinese: Bool
    var value: ExactDecimal
    var scale: Scale
    var unit: MetricUnit
    /// Every qualifier token, in the order written (a well-formed figure has at most one).
    var qualifiers: [Qualifier]
    /// Chinese figures only: the words after the figure (大场景 in 七大场景).
    var trailing: String

    var qualifier: Qualifier? { qualifiers.first }

    private static let prefixQualifiers: [Qualifier] = [.chaoguo, .chao, .po, .jiejin, .jin, .yue]
    private static let afterNumberQualifiers: [Qualifier] = [.yu, .duo]
    private static let afterUnitQualifiers: [Qualifier] = [.yishang, .zuoyou]
    private static let scales: [Scale] = [.wanyi, .yi, .wan]
    /// Longest first, so that 平方公里 is not read as 平方 + 公里.
    private static let units: [MetricUnit] = MetricUnit.allCases.filter { $0 != .none }
        .sorted { $0.written.count > $1.written.count }

    /// Each option with its written form as UTF-8 bytes, made once (empty forms left out).
    private static func tokens<T>(_ options: [T], _ written: (T) -> String) -> [(option: T, token: [UInt8])] {
        options.map { ($0, Array(written($0).utf8)) }.filter { !$0.token.isEmpty }
    }

    private static let prefixTokens = tokens(prefixQualifiers, \.rawValue)
    private static let afterNumberTokens = tokens(afterNumberQualifiers, \.rawValue)
    private static let scaleTokens = tokens(scales, \.rawValue)
    private static let plusTokens = tokens([Qualifier.plus], \.rawValue)
    private static let unitTokens = tokens(units, \.written)
    private static let afterUnitTokens = tokens(afterUnitQualifiers, \.rawValue)

    /// Nil when `text` does not have the form above.
    static func parse(_ text: String) -> StatedFigure? {
        // Over the UTF-8 bytes in place: reading characters (and asking each whether it is a
        // number) cost most of the check of a metric.
        var bytes = text
        return bytes.withUTF8 { parse(text, $0) }
    }

    private static func parse(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> StatedFigure? {
        let count = bytes.count
        var at = 0
        var qualifiers: [Qualifier] = []
        func take<T>(_ options: [(option: T, token: [UInt8])]) -> T? {
            search: for (option, token) in options where token.count <= count - at {
                for (offset, byte) in token.enumerated() where bytes[at + offset] != byte { continue search }
                at += token.count
                return option
            }
            return nil
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        if let q = take(prefixTokens) { qualifiers.append(q) }

        let numberStart = at
        let isChinese: Bool
        if at < count && isDigit(bytes[at]) {
            // Arabic: digits and points. (A digit with a combining mark on it ends the number,
            // and the mark then is left over: not a figure, as when read by characters.)
            while at < count && (isDigit(bytes[at]) || bytes[at] == UInt8(ascii: ".")) { at += 1 }
            isChinese = false
        } else {
            let utf8 = text.utf8
            let rest = text[utf8.index(utf8.startIndex, offsetBy: at)...]
            let end = rest.firstIndex { !ChineseNumeral.isNumeral($0) } ?? rest.endIndex
            at = utf8.distance(from: utf8.startIndex, to: end)
            isChinese = true
        }
        let numberText = String(decoding: UnsafeBufferPointer(rebasing: bytes[numberStart..<at]), as: UTF8.self)
        if let q = take(afterNumberTokens) { qualifiers.append(q) }
        let scale = take(scaleTokens) ?? .none

        let value: ExactDecimal?
        if isChinese {
            if numberText.isEmpty {
                value = scale == .none ? nil : ExactDecimal("1")  // 万家: one 万
            } else {
                value = ChineseNumeral.value(of: Substring(numberText)).flatMap { ExactDecimal(String($0)) }
            }
        } else {
            value = ExactDecimal(numberText)
        }
        guard let value else { return nil }

        if let q = take(plusTokens) { qualifiers.append(q) }
        let unit = take(unitTokens) ?? .none
        if let q = take(afterUnitTokens) { qualifiers.append(q) }
        guard isChinese || at == count else { return nil }
        return StatedFigure(numberText: numberText, isChinese: isChinese, value: value, scale: scale,
                            unit: unit, qualifiers: qualifiers,
                            trailing: String(decoding: UnsafeBufferPointer(rebasing: bytes[at...]), as: UTF8.self))
    }

    /// How the form is described in messages.
    static let form = "[超|超过|破|近|接近|约] number [余|多] [万亿|亿|万] [+] [unit] [以上|左右], "
        + "the number in Arabic digits or Chinese numerals (四届, 超万家)"
}
