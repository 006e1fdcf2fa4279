/// Checks the ISO date forms the data uses (`2021-04-15`, `2020-11`), without time zones:
/// the day must exist in the Gregorian calendar (2021-02-30 and 2021-02-29 do not; 2020-02-29
/// does) and the year must be plausible.
enum ISODate {
    /// Years a record may name (`year`, `target_year`, dates). The articles report 2020–2022
    /// and plans to 2025; 1949 and 2100 are far outside anything they describe, yet catch typos
    /// such as 20211, 1021 or 2201 (docs/data-format.md).
    static let plausibleYears = 1949...2100

    static func isValid(_ text: String) -> Bool {
        parse(text)?.day != nil
    }

    static func isValidMonth(_ text: String) -> Bool {
        guard let date = parse(text) else { return false }
        return date.day == nil
    }

    /// Year, month and (for `YYYY-MM-DD`) day of a valid date; nil for anything else.
    static func parse(_ text: String) -> (year: Int, month: Int, day: Int?)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy(\.isASCIIDigits),
              parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]),
              plausibleYears.contains(year), (1...12).contains(month) else { return nil }
        guard parts.count == 3 else { return (year, month, nil) }
        guard parts[2].count == 2, let day = Int(parts[2]), (1...daysIn(month: month, year: year)).contains(day) else {
            return nil
        }
        return (year, month, day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }
}
