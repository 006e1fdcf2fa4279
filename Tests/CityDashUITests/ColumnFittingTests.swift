import CityDashCore
@testable import CityDashUI
import Testing

/// How the figure list shares its width (`PanelTable.fitted`): names, figures and years.
@Suite("Column fitting")
struct ColumnFittingTests {
    let columns = [
        Table.Column("Figure", .fill),
        Table.Column("Value", .length(22), alignRight: true, fitsContent: true),
        Table.Column("Year", .length(14), fitsContent: true),
    ]

    func row(_ name: String, _ value: String, _ year: String) -> [Table.Content] {
        [.text(name, .normal), .text(value, .value), .text(year, .muted)]
    }

    func widths(_ fitted: [Table.Column]) -> [Int] {
        fitted.map { column -> Int in
            if case .length(let n) = column.width { return n }
            return -1
        }
    }

    @Test("one long year entry among many short ones does not cut every name")
    func rareLongYearGivesWay() {
        let long = String(repeating: "n", count: 50)
        var rows = (0..<9).map { _ in row(long, "CNY 1,073.88 billion", "2021") }
        rows.append(row("short", "70%", "target, in the next three years"))
        let fitted = PanelTable.fitted(columns, to: rows, width: 78)
        let w = widths(fitted)
        #expect(w[1] == 20, "figures are never cut")
        #expect(w[2] == PanelTable.readableCut, "the year column keeps enough to say what a cut entry is")
        #expect(w[0] == 78 - 2 - 20 - PanelTable.readableCut)
    }

    @Test("when names fit, the year column keeps its widest entry")
    func namesFitNothingCut() {
        let rows = [row("City GDP", "CNY 4.32 trillion", "2021"),
                    row("Medical devices", "100%", "target, year not stated")]
        let w = widths(PanelTable.fitted(columns, to: rows, width: 78))
        #expect(w == [15, 17, 23])
    }

    @Test("a year column most of whose rows are long is not cut for the names")
    func commonLongYearStays() {
        let long = String(repeating: "n", count: 60)
        let rows = (0..<8).map { _ in row(long, "3%", "target, year not stated") } + [row(long, "3%", "2021")]
        let w = widths(PanelTable.fitted(columns, to: rows, width: 78))
        #expect(w[2] == 23)
        #expect(w[0] == 78 - 2 - 5 - 23)
    }
}
