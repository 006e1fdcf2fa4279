import Foundation
import CityDashTestBridge
import Testing

/// The list options (`--category --status --year --source --search --sort`) on `render` and
/// `export`: the same options give the same rows, and invalid values name the valid ones.
@Suite("Analyst options on the command line")
struct AnalystCommandLineTests {
    static func citydash(_ arguments: [String]) throws -> E2E.RunResult {
        let binary = try E2E.requireBinary()
        return try E2E.run(binary, ["--data", E2E.dataDirectory.path] + arguments,
                           environment: E2E.childEnvironment())
    }

    @Test("render lists exactly the figures export writes, in the same order", arguments: [
        ["--status", "actual", "--sort", "value", "--search", "亿"],
        ["--category", "industry", "--sort", "name"],
        ["--year", "2022", "--source", "s003", "--sort", "year"],
        ["--district", "pudong", "--sort", "value"],
    ])
    func renderAndExportAgree(_ options: [String]) throws {
        let export = try Self.citydash(["export", "--format", "json", "--kind", "metrics"] + options)
        #expect(export.status == 0, "\(export.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]] ?? []
        let names = rows.compactMap { ($0["name"] as? [String: Any])?["en"] as? String }
        #expect(!names.isEmpty && names.count == rows.count, "\(options)")
        // --panel overview: with --district alone, render opens the district's own page.
        let render = try Self.citydash(["render", "--width", "200", "--height", "\(names.count + 40)", "--lang", "en",
                                        "--panel", "overview"] + options)
        #expect(render.status == 0, "\(render.stderr)")
        // The list's rows: between its title row and its bottom border, the first column's text.
        let lines = render.stdout.split(separator: "\n").map(String.init)
        let title = try #require(lines.firstIndex { $0.contains("All figures (") }, "\(render.stdout)")
        #expect(lines[title].contains("All figures (\(names.count))"), "\(lines[title])")
        let listed = lines[(title + 2)...].prefix(names.count).map { line -> String in
            line.split(separator: "│", omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? ""
        }
        for (name, row) in zip(names, listed) {
            #expect(row.hasPrefix(name) || row.contains(name.prefix(30)), "expected \(name), row \(row)")
        }
    }

    @Test("--group category: render lists export's rows, a heading with the count above each category")
    func groupedRenderAndExportAgree() throws {
        let options = ["--group", "category", "--sort", "value"]
        let export = try Self.citydash(["export", "--format", "json", "--kind", "metrics"] + options)
        #expect(export.status == 0, "\(export.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]] ?? []
        let names = rows.compactMap { ($0["name"] as? [String: Any])?["en"] as? String }
        let categories = rows.compactMap { $0["category"] as? String }
        #expect(!names.isEmpty && categories.count == names.count)
        // The export's categories come in runs, one run a category.
        var runs: [(category: String, count: Int)] = []
        for category in categories {
            if runs.last?.category == category { runs[runs.count - 1].count += 1 } else { runs.append((category, 1)) }
        }
        #expect(Set(runs.map(\.category)).count == runs.count, "\(runs)")
        let render = try Self.citydash(["render", "--width", "200", "--height", "\(names.count + runs.count + 40)",
                                        "--lang", "en", "--panel", "overview"] + options)
        #expect(render.status == 0, "\(render.stderr)")
        let lines = render.stdout.split(separator: "\n").map(String.init)
        let title = try #require(lines.firstIndex { $0.contains("All figures (") }, "\(render.stdout)")
        let listed = lines[(title + 2)...].prefix(names.count + runs.count).map { line -> String in
            line.split(separator: "│", omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? ""
        }
        var row = 0, item = 0
        for run in runs {
            // "Industry (33 figures) ─────"
            #expect(listed[row].contains("(\(run.count) figure") && listed[row].contains("──"), "\(listed[row])")
            row += 1
            for name in names[item..<(item + run.count)] {
                #expect(listed[row].hasPrefix(name) || listed[row].contains(name.prefix(30)), "expected \(name), row \(listed[row])")
                row += 1
            }
            item += run.count
        }
    }

    @Test("invalid values exit 64 and list the valid ones", arguments: [
        (["export", "--category", "nope"], "digital-economy"),
        (["export", "--status", "planned"], "target"),
        (["render", "--sort", "size"], "value"),
        (["export", "--group", "district"], "category"),
        (["export", "--source", "s999"], "s000, s001, s002, s003, s004"),
        (["render", "--year", "1999"], "2021"),
    ])
    func invalidValues(_ arguments: [String], _ listed: String) throws {
        let result = try Self.citydash(arguments)
        #expect(result.status == 64, "\(arguments): \(result.status) \(result.stderr)")
        #expect(result.stderr.contains(listed), "\(arguments): \(result.stderr)")
    }

    @Test("export --excel: a byte-order mark, then CRLF lines; without --format csv it is a usage error")
    func excelBytes() throws {
        let plain = try Self.citydash(["export", "--format", "csv", "--kind", "metrics"])
        let excel = try Self.citydash(["export", "--format", "csv", "--kind", "metrics", "--excel"])
        #expect(excel.status == 0, "\(excel.stderr)")
        let bytes = Array(excel.stdout.utf8)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(bytes.dropFirst(3)) == Array(plain.stdout.utf8))
        #expect(excel.stdout.contains("\r\n") && !excel.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let json = try Self.citydash(["export", "--excel"])
        #expect(json.status == 64 && json.stderr.contains("--excel needs --format csv"), "\(json.stderr)")
    }

    @Test("e in the dashboard writes the filtered list to --export-dir and names the file")
    func exportKeyWritesTheList() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("citydash-e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = try TmuxSession(width: 200, height: 40, arguments: ["--status", "target", "--sort", "value",
                                                                          "--export-dir", directory.path, "--lang", "en"],
                                      label: "export-key")
        defer { session.kill() }
        try session.sendKeys("e")
        let (screen, ok) = try session.waitFor { $0.last?.contains("Exported to ") == true }
        #expect(ok, "\(screen.joined(separator: "\n"))")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(files.count == 1 && files[0].hasPrefix("citydash-metrics-") && files[0].hasSuffix(".csv"), "\(files)")
        let written = try String(contentsOf: directory.appendingPathComponent(files.first ?? ""), encoding: .utf8)
        let expected = try Self.citydash(["export", "--format", "csv", "--kind", "metrics", "--status", "target",
                                          "--sort", "value"])
        #expect(written == expected.stdout)
    }
}
