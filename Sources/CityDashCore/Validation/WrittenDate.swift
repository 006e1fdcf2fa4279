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
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard Self.isDigit(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            var number = 0
            while index < scalars.count, Self.isDigit(scalars[index]) {
                number = number &* 10 &+ Int(scalars[index].value - 0x30)
                index += 1
            }
            let length = index - start
            // A decimal point before or after makes it part of a figure (4.32), not a date.
            let partOfDecimal = (start > 0 && scalars[start - 1] == ".")
                || (index < scalars.count && scalars[index] == ".")
            guard index < scalars.count, !partOfDecimal else { continue }
            switch scalars[index] {
            case "年" where length == 4: years.append(number)
            case "月" where length <= 2: months.append(number)
            case "日" where length <= 2, "号" where length <= 2: days.append(number)
            default: break
            }
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }
}
