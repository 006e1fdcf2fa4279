import CityDashCore
import Foundation
import CityDashTestBridge
import Testing

/// Issue 13 from the outside: `render --kiosk-page` previews a playlist page without a
/// terminal, and in tmux `--lang` on the command line wins over kiosk.yaml, the call to action
/// is bilingual and a visitor sees the countdown back to the show.
@Suite("Kiosk attract loop from the command line and in tmux", .serialized)
struct KioskAttractEndToEndTests {
    static func render(_ extra: [String]) throws -> E2E.RunResult {
        let binary = try E2E.requireBinary()
        return try E2E.run(binary, ["render", "--data", E2E.dataDirectory.path, "--width", "120", "--height", "36",
                                    "--color", "never"] + extra)
    }

    @Test("render --kiosk-page N --at S prints page N of the playlist as the booth shows it S seconds in")
    func previewPrintsAPlaylistPage() throws {
        let (config, diagnostics) = KioskConfigLoader().load(
            E2E.dataDirectory.appendingPathComponent(KioskConfigLoader.fileName),
            dataset: try DatasetLoader().load(directory: E2E.dataDirectory).dataset)
        try #require(diagnostics.isEmpty)
        let count = config.playlist.count
        let second = try Self.render(["--kiosk-page", "2", "--at", "5"])
        try #require(second.status == 0, "\(second.stderr)")
        let lines = second.stdout.components(separatedBy: "\n").filter { !$0.isEmpty }
        #expect(lines.count == 36)
        let status = lines.last ?? ""
        #expect(status.contains("2/\(count)"), "status: \(status)")
        #expect(status.contains("按任意键浏览 · Press any key to explore"))
        #expect(lines.first?.contains("10:00") == true, "previews show a fixed 10:00 clock: \(lines.first ?? "")")
        // The same page later on has moved on: another selection, another remaining time.
        let later = try Self.render(["--kiosk-page", "2", "--at", "9"])
        #expect(later.status == 0)
        #expect(later.stdout != second.stdout)
        // Reproducible: the same moment prints the same frame.
        #expect(try Self.render(["--kiosk-page", "2", "--at", "5"]).stdout == second.stdout)
    }

    @Test("render --kiosk-page rejects a page or a moment the playlist does not have (exit 64)")
    func previewRejectsWhatThePlaylistLacks() throws {
        for arguments in [["--kiosk-page", "99"], ["--kiosk-page", "1", "--at", "86000"], ["--kiosk-page", "0"],
                          ["--at", "3"]] {
            let result = try Self.render(arguments)
            #expect(result.status == 64, "\(arguments): exit \(result.status) \(result.stderr)")
            #expect(!result.stderr.isEmpty)
        }
    }

    @Test("--kiosk --lang en runs the loop in English although kiosk.yaml says zh; a visitor sees the countdown")
    func langOverridesKioskYamlAndVisitorsSeeACountdown() throws {
        let kiosk = try KioskRun(label: "lang", rotate: 30, arguments: ["--lang", "en", "--idle", "30"])
        defer { kiosk.close() }
        let (screen, ok) = try kiosk.session.waitFor(timeout: 6) { screen in
            KioskEndToEndTests.status(screen).contains("Source: five reports, 2020-2022")
        }
        try #require(ok, "the loop should run in English:\n\(screen.joined(separator: "\n"))")
        #expect(KioskEndToEndTests.status(screen).contains("按任意键浏览 · Press any key to explore"))
        try kiosk.session.sendKeys("Down")
        let paused = try kiosk.session.waitFor(timeout: 3) { screen in
            KioskEndToEndTests.status(screen).contains("returns to the show in 30 s")
        }
        #expect(paused.ok, "a visitor should see the countdown:\n\(paused.screen.joined(separator: "\n"))")
    }

    /// The record count on a district page's counts line (`· 共 7 条记录`).
    static func districtRecords(_ screen: [String]) -> Int? {
        for line in screen {
            if let match = line.firstMatch(of: /共 (\d+) 条记录/) { return Int(match.output.1) }
        }
        return nil
    }

    @Test("A full loop of the shipped playlist at 120x36 (--rotate 1): every page lists something")
    func aFullLoopHasNoEmptyPage() throws {
        let kiosk = try KioskRun(label: "full-loop", rotate: 1)
        defer { kiosk.close() }
        let pages = try kiosk.playlist()
        for number in 1...pages.count {
            // A district page has no list title: its counts line says how many records it shows.
            let isDistrictPage = pages[number - 1].panel == "district"
            let story = pages[number - 1].story
            let (screen, ok) = try kiosk.session.waitFor(timeout: Double(pages.count) + 3) { screen in
                KioskEndToEndTests.pageNumber(screen) == number
                    && (isDistrictPage ? Self.districtRecords(screen) != nil
                        : story.map { KioskEndToEndTests.showsStory($0, kiosk.dataset, screen) }
                            ?? (KioskEndToEndTests.listTitle(screen) != nil))
            }
            try #require(ok, "page \(number) never came:\n\(screen.joined(separator: "\n"))")
            if story != nil {
                // Waiting for it has shown its figures.
            } else if isDistrictPage {
                let records = Self.districtRecords(screen) ?? 0
                #expect(records > 0, "page \(number) (\(pages[number - 1])) is empty: 共 \(records) 条记录")
            } else {
                let title = KioskEndToEndTests.listTitle(screen) ?? ""
                #expect(!title.hasSuffix("(0)"), "page \(number) (\(pages[number - 1])) is empty: \(title)")
            }
        }
    }
}
