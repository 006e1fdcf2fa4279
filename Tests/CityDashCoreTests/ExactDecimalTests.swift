import Testing
@testable import CityDashCore

/// ExactDecimal keeps a figure's written digits so scaling and printing never round.
@Suite("Exact decimal")
struct ExactDecimalTests {
    @Test("parses plain decimal notation into digits × 10^exponent",
          arguments: [
            ("4.32", "432", -2, "4.32"),
            ("42014", "42014", 0, "42014"),
            ("10738.8", "107388", -1, "10738.8"),
            ("0", "0", 0, "0"),
            ("0.5", "5", -1, "0.5"),
            ("100", "1", 2, "100"),
            ("10000", "1", 4, "10000"),
            ("007", "7", 0, "7"),
            ("4.320", "432", -2, "4.32"),
            ("0.050", "5", -2, "0.05"),
            ("000", "0", 0, "0"),
            ("0.000", "0", 0, "0"),
            ("00.10", "1", -1, "0.1"),
            ("1114.17", "111417", -2, "1114.17"),
            ("123456789012345678901234567890", "12345678901234567890123456789", 1, "123456789012345678901234567890"),
            ("0.000000000000000000001", "1", -21, "0.000000000000000000001"),
          ])
    func parses(_ text: String, _ digits: String, _ exponent: Int, _ description: String) throws {
        let value = try #require(ExactDecimal(text))
        #expect(value.digits == digits)
        #expect(value.exponent == exponent)
        #expect(value.description == description)
        #expect(value.isZero == (digits == "0"))
    }

    @Test("rejects anything but plain digits with an optional fraction",
          arguments: ["", ".", ".5", "5.", "1e3", "1E3", "-1", "+1", " 1", "1 ", "1\n", "inf", "nan", "Infinity",
                      "1,000", "1_000", "1.2.3", "0x10", "1/2", "四", "１２", "\u{0663}", "1.-2", "..", "1..2",
                      "\u{FEFF}1"])
    func rejects(_ text: String) {
        #expect(ExactDecimal(text) == nil, "accepted \(text.debugDescription)")
    }

    @Test("rejects a digit carrying a combining mark (1 + U+0301), which is not an ASCII digit")
    func rejectsDigitWithCombiningMark() {
        // "1\u{301}" is one Character whose first scalar is "1"; comparing Characters against "0"..."9"
        // lets it through, and it then prints as "1́" and converts to the Double 0.
        #expect(ExactDecimal("1\u{301}") == nil)
        #expect(ExactDecimal("4.3\u{20E3}") == nil)
    }

    @Test("equal values compare equal whatever their written zeros")
    func equality() {
        #expect(ExactDecimal("4.5") == ExactDecimal("4.50"))
        #expect(ExactDecimal("4.5") == ExactDecimal("04.5"))
        #expect(ExactDecimal("100") == ExactDecimal("1")?.shifted(by: 2))
        #expect(ExactDecimal("0") == ExactDecimal("0.00"))
        #expect(ExactDecimal("4.5") != ExactDecimal("45"))
        #expect(ExactDecimal("1") != ExactDecimal("10"))
    }

    @Test("shifting by a power of ten is exact")
    func shifting() throws {
        let gdp = try #require(ExactDecimal("4.32"))
        #expect(gdp.shifted(by: 12).description == "4320000000000")
        #expect(try #require(ExactDecimal("10738.8")).shifted(by: 8).description == "1073880000000")
        #expect(try #require(ExactDecimal("1114.17")).shifted(by: 8).description == "111417000000")
        #expect(try #require(ExactDecimal("4.5")).shifted(by: -3).description == "0.0045")
        #expect(try #require(ExactDecimal("4.5")).shifted(by: 4).description == "45000")
        #expect(try #require(ExactDecimal("0")).shifted(by: 12).description == "0")
        #expect(try #require(ExactDecimal("0")).shifted(by: 12).isZero)
        #expect(gdp.shifted(by: 0) == gdp)
        #expect(gdp.shifted(by: 12).shifted(by: -12) == gdp)
        #expect(gdp.shifted(by: -2).description == "0.0432")
    }

    @Test("formatting with thousands separators groups the integer part only",
          arguments: [
            ("1200000", "1,200,000"),
            ("1234.5678", "1,234.5678"),
            ("999", "999"),
            ("1000", "1,000"),
            ("100000", "100,000"),
            ("0.5", "0.5"),
            ("0", "0"),
            ("12345.6789123", "12,345.6789123"),
          ])
    func grouping(_ text: String, _ grouped: String) throws {
        let value = try #require(ExactDecimal(text))
        #expect(value.formatted(grouping: true) == grouped)
        #expect(value.formatted(grouping: false) == value.description)
    }

    @Test("integer digit count")
    func integerDigitCount() throws {
        #expect(try #require(ExactDecimal("4.32")).shifted(by: 12).integerDigitCount == 13)
        #expect(try #require(ExactDecimal("0.5")).integerDigitCount == 1)
        #expect(try #require(ExactDecimal("0")).integerDigitCount == 1)
        #expect(try #require(ExactDecimal("999")).integerDigitCount == 3)
        #expect(try #require(ExactDecimal("100")).integerDigitCount == 3)
        #expect(try #require(ExactDecimal("0.001")).integerDigitCount == 1)
    }

    @Test("double value")
    func doubleValue() throws {
        #expect(try #require(ExactDecimal("4.32")).doubleValue == 4.32)
        #expect(try #require(ExactDecimal("10738.8")).shifted(by: 8).doubleValue == 1_073_880_000_000)
        #expect(try #require(ExactDecimal("0")).doubleValue == 0)
        #expect(try #require(ExactDecimal("0.5")).doubleValue == 0.5)
    }
}
