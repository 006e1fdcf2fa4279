import CityDashCore
import CityDashTerminal
import CityDashUI
import Foundation
import Testing

/// What ncurses sends to a real (pseudo-)terminal when the dashboard switches panels: only the
/// cells that changed, never a clear and repaint of the whole screen.
///
/// The bounds are regression limits a little above what README "Performance" measured: without
/// colour at most 1.6 bytes per changed cell (text, cursor moves, bold and reverse), with colour
/// up to 7.1 (every change of role costs an SGR sequence such as `ESC[38;5;Nm`, bold costs
/// `ESC(B ESC[0;1m` and a colour again, and Chinese text is 1.5 bytes a cell by itself). A repaint
/// of unchanged cells or a cleared screen would break them; the display is never erased.
@Suite("Bytes written on a panel switch", .serialized)
struct PanelSwitchBytesTests {
    static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data")

    static func dataset() throws -> Dataset {
        let result = try DatasetLoader().load(directory: dataDirectory)
        try #require(result.isValid, "\(result.diagnostics.prefix(3))")
        return result.dataset
    }

    static func changedCells(_ old: Buffer, _ new: Buffer) -> Int {
        zip(old.cells, new.cells).filter { $0 != $1 }.count
    }

    /// Erase in display (`ESC [ J`, `ESC [ 2 J`, ...): a switch that clears the screen repaints it.
    static func erasesDisplay(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.contains("\u{1B}[J") || text.contains("\u{1B}[0J") || text.contains("\u{1B}[2J")
            || text.contains("\u{1B}[3J")
    }

    /// Tabs through every panel; for each switch, the bytes sent and the cells changed.
    static func switches(width: Int, height: Int, language: Language, color: Bool)
        throws -> [(label: String, bytes: [UInt8], changed: Int)] {
        var state = AppState(dataset: try dataset(), width: width, height: height)
        state.language = language
        let meter = try PseudoTerminalMeter(width: width, height: height, color: color)
        defer { meter.stop() }
        var frame = DashboardView.render(state)
        _ = meter.draw(frame, theme: .named(state.theme))
        var out: [(String, [UInt8], Int)] = []
        for _ in PanelID.allCases {
            let from = state.panel
            AppReducer.reduce(&state, .key(.tab))
            let next = DashboardView.render(state)
            let bytes = meter.draw(next, theme: .named(state.theme))
            out.append(("\(from) → \(state.panel) \(width)x\(height) \(language)", bytes, changedCells(frame, next)))
            frame = next
        }
        return out
    }

    @Test("without colour, each Tab writes at most 1.75 bytes per changed cell",
          arguments: [(80, 24), (200, 60)])
    func monochromeSwitches(size: (Int, Int)) throws {
        for step in try Self.switches(width: size.0, height: size.1, language: .en, color: false) {
            #expect(step.changed > 0, "\(step.label) changed nothing")
            #expect(Double(step.bytes.count) <= 1.75 * Double(step.changed),
                    "\(step.label): \(step.bytes.count) bytes for \(step.changed) changed cells")
        }
    }

    @Test("in colour, no Tab erases the display or writes over 8 bytes per changed cell",
          arguments: [(80, 24), (200, 60)], [Language.zh, .en])
    func colourSwitches(size: (Int, Int), language: Language) throws {
        for step in try Self.switches(width: size.0, height: size.1, language: language, color: true) {
            #expect(!Self.erasesDisplay(step.bytes), "\(step.label) erased the display")
            #expect(step.changed > 0, "\(step.label) changed nothing")
            #expect(Double(step.bytes.count) <= 8 * Double(step.changed),
                    "\(step.label): \(step.bytes.count) bytes for \(step.changed) changed cells")
        }
    }

    @Test("a frame that changes nothing writes nothing")
    func unchangedFrame() throws {
        let state = AppState(dataset: try Self.dataset(), width: 120, height: 40)
        let meter = try PseudoTerminalMeter(width: 120, height: 40)
        defer { meter.stop() }
        let frame = DashboardView.render(state)
        #expect(meter.draw(frame, theme: .named(state.theme)).count > 120 * 40 / 2)
        #expect(meter.draw(frame, theme: .named(state.theme)).isEmpty)
    }
}
