/// The parts of a date a piece of Chinese text writes with Arabic digits: years as `2021年`,
/// months as `11月`, days as `18日` (as in 2021年10月18日, 截至2020年底, 4月15日上午).
///
/// A four-digit number counts as a year only when 年 follows it, so 5500个 or 2021世界人工智能大会
/// are not years. Years written in Chinese numerals (二〇二一年) and relative ones (今年, 去年)
/// are not read.
struct WrittenDate: Equatable {
    var years: [Int] = []
    var months: [Int] = []
    var days: [Int] = []

    init(_ text: String) {
        // Over the UTF-8 bytes: the digits and the point are ASCII, so a byte is one of them
        // exactly when a scalar is, and 年, 月, 日 and 号 are three bytes each. Making an array
        // of the scalars was most of the check.
        var text = text
        let (years, months, days) = text.withUTF8 { Self.parts($0) }
        self.years = years
        self.months = months
        self.days = days
    }

    private static func parts(_ bytes: UnsafeBufferPointer<UInt8>) -> (years: [Int], months: [Int], days: [Int]) {
        var years: [Int] = [], months: [Int] = [], days: [Int] = []
        let count = bytes.count
        var index = 0
        while index < count {
            guard isDigit(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            var number = 0
            while index < count, isDigit(bytes[index]) {
                number = number &* 10 &+ Int(bytes[index] &- 0x30)
                index += 1
            }
            let length = index - start
            // A decimal point before or after makes it part of a figure (4.32), not a date.
            let partOfDecimal = (start > 0 && bytes[start - 1] == UInt8(ascii: "."))
                || (index < count && bytes[index] == UInt8(ascii: "."))
            guard index + 2 < count, !partOfDecimal else { continue }
            switch (bytes[index], bytes[index + 1], bytes[index + 2]) {
            case (0xE5, 0xB9, 0xB4) where length == 4: years.append(number)  // 年
            case (0xE6, 0x9C, 0x88) where length <= 2: months.append(number)  // 月
            case (0xE6, 0x97, 0xA5) where length <= 2, (0xE5, 0x8F, 0xB7) where length <= 2: days.append(number)  // 日, 号
            default: break
            }
        }
        return (years, months, days)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }
}
