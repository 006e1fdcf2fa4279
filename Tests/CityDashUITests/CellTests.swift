@testable import CityDashUI
import Testing

/// A cell is a plain value: copying, comparing and freeing a 12,000-cell frame touches no
/// reference counts and no heap.
@Suite("Cells as plain values")
struct CellTests {
    @Test func aCellHoldsNoReferenceAndFitsInTwentyFourBytes() {
        #expect(_isPOD(Cell.self), "a cell must not hold a String or any other reference")
        #expect(MemoryLayout<Cell>.stride <= 24)
    }

    @Test func textRoundTripsThroughTheScalarsItKeeps() {
        #expect(Cell("a").symbol == "a" && Cell("a").width == 1)
        #expect(Cell("城").symbol == "城" && Cell("城").width == 2)
        #expect(Cell("").isContinuation && Cell("").symbol.isEmpty)
        // e + four combining marks is what ncurses keeps; a fifth is left out.
        let marks = "e\u{301}\u{302}\u{303}\u{304}\u{305}"
        #expect(Cell(marks).symbol == String(marks.unicodeScalars.prefix(1 + Cell.maxMarks).map(Character.init)))
        #expect(Cell("❤\u{FE0F}").symbol == "❤\u{FE0F}")
    }

    @Test func equalityIncludesTheRole() {
        #expect(Cell("x", role: .value) != Cell("x", role: .label))
        #expect(Cell("x", role: .value) == Cell("x", role: .value))
        var buffer = Buffer(width: 3, height: 1)
        let other = buffer
        buffer.write("x", x: 0, y: 0, role: .value)
        var same = other
        same.write("x", x: 0, y: 0, role: .label)
        #expect(buffer.lines == same.lines && buffer != same)
    }

    @Test func overwritingHalfOfAWideCharacterLeavesSpacesOfItsRole() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("城市", x: 0, y: 0, role: .value)
        buffer.write("a", x: 1, y: 0, role: .label)
        buffer.write("b", x: 2, y: 0, role: .label)
        #expect(buffer.lines == [" ab "])
        #expect(buffer[0, 0] == .space(role: .value) && buffer[3, 0] == .space(role: .value))
    }
}
