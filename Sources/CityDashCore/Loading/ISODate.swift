/// Checks the ISO date forms the data uses, without time zones or calendars.
enum ISODate {
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy(\.isASCIIDigits), parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return (1900...2100).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }

    static func isValidMonth(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy(\.isASCIIDigits), parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]) else { return false }
        return (1900...2100).contains(year) && (1...12).contains(month)
    }
}
