/// Reads the Chinese numerals the articles write figures with (四届, 两批, 百亿, 二十四), so that
/// `validate` can check them against `value` the way the formatter's round trip checks Arabic
/// figures. Only the characters below 万 are read here: 万 and 亿 are the figure's `scale`.
enum ChineseNumeral {
    static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    static func isNumeral(_ character: Character) -> Bool {
        digits[character] != nil || units[character] != nil
    }

    /// The value of a run of digits and 十/百/千 (四 → 4, 十 → 10, 百 → 100, 二十四 → 24,
    /// 三百零五 → 305); nil when the run is empty or not a well-formed numeral (二四, 十十).
    static func value(of run: Substring) -> Int? {
        guard !run.isEmpty else { return nil }
        var total = 0
        var pending: Int?  // a digit waiting for its unit
        var lastUnit = Int.max
        for character in run {
            if let digit = digits[character] {
                if let pending, pending != 0 { return nil }  // two digits in a row: 二四
                pending = digit
            } else if let unit = units[character] {
                guard unit < lastUnit else { return nil }  // units must fall: 十百 is not a number
                total += (pending ?? 1) * unit
                pending = nil
                lastUnit = unit
            } else {
                return nil
            }
        }
        return total + (pending ?? 0)
    }
}
