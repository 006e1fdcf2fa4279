import Foundation
import CityDashTestBridge
import Testing
@testable import CityDashCore

/// Data files on disk are checked and parsed a piece at a time (`DataFile`), texts in memory in
/// one go. These tests put scalars and every kind of error across the pieces' boundaries, and
/// check that a directory loads exactly as the same texts in memory do: the same records, and
/// the same messages at the same lines and columns.
@Suite("Chunked reading")
struct ChunkedReadTests {
    typealias T = TestSupport

    /// Metrics enough to fill more than two pieces, with `insert` spliced in before the first
    /// metric that starts after `offset` bytes.
    static func bigMetrics(count: Int = 1_400, at offset: Int = DataFile.pieceBytes - 40, insert: String = "") -> String {
        var text = "metrics:\n"
        var inserted = insert.isEmpty
        for index in 0..<count {
            if !inserted && text.utf8.count > offset {
                text += insert
                inserted = true
            }
            text += T.metricYAML(id: "m\(index)")
        }
        return text
    }

    /// Loads `metrics` both from a directory and from memory, and checks that they agree.
    @discardableResult
    static func loadBothWays(metrics: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> LoadResult {
        var files = T.minimalFiles()
        files["metrics.yaml"] = metrics
        let directory = try T.writeDataDirectory(files)
        defer { T.removeQuietly(directory) }
        let fromDisk = try DatasetLoader().load(directory: FilePath(directory.path))
        let fromMemory = DatasetLoader().load(texts: files.mapValues { String(decoding: $0, as: UTF8.self) })
        #expect(fromDisk.diagnostics == fromMemory.diagnostics, sourceLocation: sourceLocation)
        #expect(fromDisk.dataset.metrics == fromMemory.dataset.metrics, sourceLocation: sourceLocation)
        return fromDisk
    }

    @Test("a file of several pieces loads every record, as from memory")
    func wholeFile() throws {
        let text = Self.bigMetrics()
        #expect(text.utf8.count > 2 * DataFile.pieceBytes)
        let result = try Self.loadBothWays(metrics: Data(text.utf8))
        #expect(result.diagnostics.isEmpty)
        #expect(result.dataset.metrics.count == 1_400)
        #expect(result.dataset.metrics.last?.id == "m1399")
    }

    @Test("a quoted scalar across a piece boundary keeps every byte, CJK included")
    func scalarAcrossBoundary() throws {
        // The note starts just before the boundary and runs well past it.
        let note = String(repeating: "城市数字化转型", count: 40)
        let insert = T.metricYAML(id: "long", extra: ["note: {zh: \"\(note)\", en: \"x\"}"])
        let text = Self.bigMetrics(at: DataFile.pieceBytes - 700, insert: insert)
        let start = text.components(separatedBy: note)[0].utf8.count
        let end = start + note.utf8.count
        #expect(start < DataFile.pieceBytes && end > DataFile.pieceBytes)
        let result = try Self.loadBothWays(metrics: Data(text.utf8))
        #expect(result.diagnostics.isEmpty)
        #expect(result.dataset.metrics.first { $0.id == "long" }?.note?.zh == note)
    }

    @Test("a line longer than a piece is read whole")
    func lineLongerThanPiece() throws {
        let note = String(repeating: "a", count: DataFile.pieceBytes * 2 + 17)
        let insert = T.metricYAML(id: "long", extra: ["note: {zh: \"\(note)\", en: \"x\"}"])
        let result = try Self.loadBothWays(metrics: Data(Self.bigMetrics(at: 1_000, insert: insert).utf8))
        #expect(result.diagnostics.isEmpty)
        #expect(result.dataset.metrics.first { $0.id == "long" }?.note?.zh == note)
    }

    @Test("a syntax error in a later piece is reported at its line and column, as from memory")
    func syntaxErrorAfterBoundary() throws {
        let text = Self.bigMetrics(insert: "  - id: broken\n    name: {zh: \"x\", en: \"y\"\n")
        let result = try Self.loadBothWays(metrics: Data(text.utf8))
        #expect(result.diagnostics.count == 1)
        #expect((result.diagnostics.first?.line ?? 0) > T.line(of: "id: broken", in: text))
        #expect(result.diagnostics.first?.message.hasPrefix("YAML syntax error") == true)
        #expect(result.dataset.metrics.isEmpty)
    }

    @Test("a repeated key in a later piece names both places, as from memory")
    func duplicateAfterBoundary() throws {
        let text = Self.bigMetrics(insert: T.metricYAML(id: "twice", extra: ["id: again"]))
        let result = try Self.loadBothWays(metrics: Data(text.utf8))
        T.expectSingle(result.diagnostics, file: "metrics.yaml", line: T.line(of: "id: again", in: text), "duplicate", "id")
    }

    @Test("a control character in a later piece is placed at its line and column, as from memory")
    func controlCharacterAfterBoundary() throws {
        let text = Self.bigMetrics(insert: T.metricYAML(id: "bell", extra: ["note: {zh: \"响\u{07}铃\", en: \"x\"}"]))
        let result = try Self.loadBothWays(metrics: Data(text.utf8))
        T.expectSingle(result.diagnostics, file: "metrics.yaml", line: T.line(of: "\u{07}", in: text),
                       column: T.column(of: "\u{07}", in: text), "control")
    }

    @Test("an anchor in a later piece is refused at its line and column, as from memory")
    func anchorAfterBoundary() throws {
        let text = Self.bigMetrics(insert: T.metricYAML(id: "anchored", ["scale": "&big 万亿"]))
        let result = try Self.loadBothWays(metrics: Data(text.utf8))
        T.expectSingle(result.diagnostics, file: "metrics.yaml", line: T.line(of: "&big", in: text),
                       column: T.column(of: "&big", in: text), "anchor")
    }

    @Test("invalid UTF-8 in a later piece is reported at its line, even after a refused anchor")
    func invalidUTF8AfterBoundary() throws {
        let anchor = T.metricYAML(id: "anchored", ["scale": "&big 万亿"])
        var bytes = Data(("metrics:\n" + anchor).utf8)
        var text = "metrics:\n" + anchor
        let rest = Self.bigMetrics(count: 1_000).dropFirst("metrics:\n".count)
        text += rest
        bytes.append(contentsOf: Data(rest.utf8))
        let badLine = T.line(of: "id: m900", in: text)
        let lineStart = text.components(separatedBy: "\n").prefix(badLine - 1).reduce(0) { $0 + $1.utf8.count + 1 }
        bytes[lineStart + 4] = 0xFF  // "  - i" becomes "  - \u{FF}"
        #expect(lineStart > DataFile.pieceBytes)
        var files = T.minimalFiles()
        files["metrics.yaml"] = bytes
        let directory = try T.writeDataDirectory(files)
        defer { T.removeQuietly(directory) }
        let result = try DatasetLoader().load(directory: FilePath(directory.path))
        T.expectSingle(result.diagnostics, file: "metrics.yaml", line: badLine, "not valid UTF-8")
    }

    @Test("small, one-line and empty files load as from memory", arguments: [
        "", "\n", "metrics: []", "metrics:\n" + TestSupport.metricYAML(), "metrics: [\n",
    ])
    func smallFiles(text: String) throws {
        try Self.loadBothWays(metrics: Data(text.utf8))
    }

    @Test("a byte-order mark at the start is skipped, as from memory")
    func byteOrderMark() throws {
        let result = try Self.loadBothWays(metrics: Data([0xEF, 0xBB, 0xBF]) + Data(Self.bigMetrics().utf8))
        #expect(result.diagnostics.isEmpty)
        #expect(result.dataset.metrics.count == 1_400)
    }
}
