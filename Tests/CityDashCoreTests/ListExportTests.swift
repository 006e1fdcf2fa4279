@testable import CityDashCore
import Foundation
import CityDashTestBridge
import Testing

/// Writing the list on screen: the files decode back to the query's rows, nothing is
/// overwritten, and `--excel` CSV starts with a byte-order mark and ends lines with CRLF.
@Suite("List export and spreadsheet CSV")
struct ListExportTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("citydash-list-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("CSV and JSON files decode back to exactly the listed records, in order")
    func filesDecodeBack() throws {
        let data = try TestSupport.bundledDataset()
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let query = RecordQuery(search: "数字", filter: RecordFilter(status: .actual), sort: .name)
        let expected = query.metricPositions(in: data).map { data.metrics[$0].id }
        #expect(!expected.isEmpty)

        let json = ListExport(kinds: [.metrics], query: query, format: .json, directory: directory.path)
        guard case .written(let jsonPaths) = json.perform(dataset: data, now: 1_700_000_000) else {
            Issue.record("JSON export failed"); return
        }
        #expect(jsonPaths.count == 1 && jsonPaths[0].hasSuffix(".json") && jsonPaths[0].contains("citydash-metrics-"))
        let decoded = try Exporter.jsonDecoder().decode([MetricRecord].self,
                                                         from: Data(contentsOf: URL(fileURLWithPath: jsonPaths[0])))
        #expect(decoded.map(\.id) == expected)

        let csv = ListExport(kinds: [.metrics], query: query, format: .csv, directory: directory.path)
        guard case .written(let csvPaths) = csv.perform(dataset: data, now: 1_700_000_000) else {
            Issue.record("CSV export failed"); return
        }
        let text = try String(contentsOf: URL(fileURLWithPath: csvPaths[0]), encoding: .utf8)
        let ids = text.split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(ids == expected)
    }

    @Test("a second export in the same second gets a new name; nothing is overwritten")
    func neverOverwrites() throws {
        let data = try TestSupport.bundledDataset()
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let request = ListExport(kinds: [.projects, .events], query: RecordQuery(), format: .csv, directory: directory.path)
        guard case .written(let first) = request.perform(dataset: data, now: 1_700_000_000),
              case .written(let second) = request.perform(dataset: data, now: 1_700_000_000) else {
            Issue.record("export failed"); return
        }
        #expect(first.count == 2 && second.count == 2)
        #expect(Set(first).isDisjoint(with: second))
        #expect(second.allSatisfy { $0.hasSuffix("-2.csv") })
    }

    @Test("a directory that does not exist is reported, not a crash")
    func missingDirectory() throws {
        let data = try TestSupport.bundledDataset()
        let request = ListExport(kinds: [.metrics], query: RecordQuery(), format: .csv, directory: "/nonexistent/citydash")
        guard case .failed(let message) = request.perform(dataset: data, now: 0) else {
            Issue.record("expected a failure"); return
        }
        #expect(message.contains("/nonexistent/citydash") && message.contains("No such file"), "\(message)")
    }

    @Test("--excel CSV: EF BB BF, then the CSV with CRLF line ends")
    func excelBytes() throws {
        let data = try TestSupport.bundledDataset()
        let csv = try Exporter(dataset: data).export(.sources, as: .csv)
        let bytes = Array(SpreadsheetCSV.excel(csv).utf8)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(bytes.dropFirst(3)) == Array(csv.utf8))
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        #expect(!lines.isEmpty && lines.allSatisfy { $0.last == 0x0D })
    }
}
