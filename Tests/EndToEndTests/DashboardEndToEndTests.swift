import CityDashCore
import Foundation
import CityDashTestBridge
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real `citydash` binary in a real terminal: tmux runs it, the tests type keys and compare
/// the screen with `citydash render` of the same state. Serialized so only one dashboard runs
/// at a time; every session has its own tmux server, destroyed at the end of the test.
@Suite("Dashboard in tmux", .serialized)
struct DashboardEndToEndTests {
    static let panels = ["overview", "towns", "zones", "actions", "projects", "sources"]

    static func loadDataset() throws -> Dataset {
        let result = try DatasetLoader().load(directory: E2E.dataDirectory)
        try #require(result.isValid, "bundled data has problems: \(result.diagnostics)")
        return result.dataset
    }

    @Test("Start-up screen at 120x40 equals citydash render")
    func startupMatchesRender() throws {
        let expected = try E2E.renderFrame(width: 120, height: 40)
        let session = try TmuxSession(width: 120, height: 40, label: "startup")
        defer { session.kill() }
        try session.expectScreen(expected, "render --width 120 --height 40")
    }

    @Test("Number keys, Tab, arrows and Shift-Tab switch panels like render --panel")
    func switchPanels() throws {
        var frames: [String: [String]] = [:]
        for panel in Self.panels { frames[panel] = try E2E.renderFrame(width: 120, height: 40, ["--panel", panel]) }
        #expect(Set(frames.values.map { E2E.normalized($0) }).count == Self.panels.count,
                "every panel should render differently")

        let session = try TmuxSession(label: "panels")
        defer { session.kill() }
        guard try session.expectScreen(frames["overview"]!, "the overview panel") else { return }
        let steps: [(key: String, panel: String)] = [
            ("2", "towns"), ("3", "zones"), ("4", "actions"), ("5", "projects"), ("Tab", "sources"),
            ("Tab", "overview"), ("Tab", "towns"), ("Right", "zones"), ("Left", "towns"),
            ("BTab", "overview"), ("BTab", "sources"), ("6", "sources"), ("1", "overview"),
        ]
        for step in steps {
            try session.sendKeys(step.key)
            guard try session.expectScreen(frames[step.panel]!, "render --panel \(step.panel) after key \(step.key)") else { return }
        }
    }

    @Test("j, Down, Enter open the third item's details; Esc returns to the list",
          // Enter on an article lists its records instead (SourcesPanelTests).
          arguments: DashboardEndToEndTests.panels.filter { $0 != "sources" })
    func moveAndOpenDetails(panel: String) throws {
        let number = Self.panels.firstIndex(of: panel)! + 1
        let base = ["--panel", panel]
        let list1 = try E2E.renderFrame(width: 120, height: 40, base)
        let list2 = try E2E.renderFrame(width: 120, height: 40, base + ["--select", "2"])
        let list3 = try E2E.renderFrame(width: 120, height: 40, base + ["--select", "3"])
        let detail3 = try E2E.renderFrame(width: 120, height: 40, base + ["--select", "3", "--detail"])
        #expect(E2E.normalized(detail3) != E2E.normalized(list3), "the detail view should differ from the list")

        let session = try TmuxSession(label: "detail-\(panel)")
        defer { session.kill() }
        guard try session.expectScreen(try E2E.renderFrame(width: 120, height: 40), "the start-up screen") else { return }
        try session.sendKeys("\(number)")
        guard try session.expectScreen(list1, "render --panel \(panel)") else { return }
        try session.sendKeys("j")
        guard try session.expectScreen(list2, "render --panel \(panel) --select 2 after j") else { return }
        try session.sendKeys("Down")
        guard try session.expectScreen(list3, "render --panel \(panel) --select 3 after Down") else { return }
        try session.sendKeys("Enter")
        guard try session.expectScreen(detail3, "render --panel \(panel) --select 3 --detail after Enter") else { return }
        try session.sendKeys("Escape")
        try session.expectScreen(list3, "render --panel \(panel) --select 3 after Esc")
    }

    @Test("District picker: d, typing yangpu, Enter filters to Yangpu; ] steps to the next district")
    func districtFilter() throws {
        let dataset = try Self.loadDataset()
        let ids = dataset.districts.map(\.id)
        let yangpu = try #require(ids.firstIndex(of: "yangpu"), "no yangpu in districts.yaml")
        let next = dataset.districts[(yangpu + 1) % ids.count]
        let yangpuName = dataset.districts[yangpu].name.zh

        let yangpuFrame = try E2E.renderFrame(width: 120, height: 40, ["--district", "yangpu"])
        let nextFrame = try E2E.renderFrame(width: 120, height: 40, ["--district", next.id])

        let session = try TmuxSession(label: "district")
        defer { session.kill() }
        let start = try E2E.renderFrame(width: 120, height: 40)
        guard try session.expectScreen(start, "the start-up screen") else { return }
        try session.sendKeys("d")
        let picker = try session.waitFor { E2E.normalized($0) != E2E.normalized(start) }
        #expect(picker.ok, "d should open the district picker:\n\(picker.screen.joined(separator: "\n"))")
        try session.type("yangpu")
        let typed = try session.expectText("> yangpu", "the picker's query line after typing yangpu")
        #expect(typed.contains { $0.contains(yangpuName) }, "the picker should offer \(yangpuName)")
        try session.sendKeys("Enter")
        guard try session.expectScreen(yangpuFrame, "render --district yangpu") else { return }
        let header = try session.capture().first ?? ""
        #expect(header.contains(yangpuName), "header should name \(yangpuName): \(header)")

        try session.sendKeys("]")
        guard try session.expectScreen(nextFrame, "render --district \(next.id) after ]") else { return }
        let screen = try session.capture()
        let nextHeader = screen.first ?? ""
        let statusBar = E2E.normalized(screen).last ?? ""
        #expect(nextHeader.contains(next.name.zh) && !nextHeader.contains(yangpuName),
                "header should name \(next.name.zh) now: \(nextHeader)")
        #expect(statusBar.contains(next.name.zh), "status bar should name \(next.name.zh): \(statusBar)")

        try session.sendKeys("[")
        try session.expectScreen(yangpuFrame, "render --district yangpu after [")
    }

    @Test("l switches to English like render --lang en, and back")
    func toggleLanguage() throws {
        let chinese = try E2E.renderFrame(width: 120, height: 40)
        let english = try E2E.renderFrame(width: 120, height: 40, ["--lang", "en"])
        #expect(E2E.normalized(chinese) != E2E.normalized(english))

        let session = try TmuxSession(label: "lang")
        defer { session.kill() }
        guard try session.expectScreen(chinese, "the Chinese start-up screen") else { return }
        try session.sendKeys("l")
        guard try session.expectScreen(english, "render --lang en after l") else { return }
        try session.sendKeys("l")
        try session.expectScreen(chinese, "render --lang zh after l again")
    }

    @Test("Resizing redraws at the new size; below 80x24 an enlarge notice appears")
    func resize() throws {
        let large = try E2E.renderFrame(width: 120, height: 40)
        let medium = try E2E.renderFrame(width: 90, height: 30)
        let small = try E2E.renderFrame(width: 70, height: 20)

        let session = try TmuxSession(label: "resize")
        defer { session.kill() }
        guard try session.expectScreen(large, "the 120x40 start-up screen") else { return }

        try session.resize(width: 90, height: 30)
        guard try session.expectScreen(medium, "render --width 90 --height 30 after resizing to 90x30") else { return }

        try session.resize(width: 70, height: 20)
        let notice = try session.expectText("80x24", "enlarge notice at 70x20")
        #expect(notice.contains { $0.contains("70x20") }, "the notice should give the current size 70x20")
        guard try session.expectScreen(small, "render --width 70 --height 20") else { return }

        try session.resize(width: 120, height: 40)
        try session.expectScreen(large, "render --width 120 --height 40 after growing back")
    }

    @Test("q quits with status 0 and leaves the terminal in line mode with echo")
    func quitRestoresTerminal() throws {
        let session = try TmuxSession(label: "quit")
        defer { session.kill() }
        guard try session.expectScreen(try E2E.renderFrame(width: 120, height: 40), "the start-up screen") else { return }
        try session.sendKeys("q")
        let status = try session.waitForExitStatus()
        #expect(status == 0, "CITYDASH-EXIT=0 expected; screen:\n\(session.screenText())")
        try expectSaneTerminal(session)
    }

    @Test("SIGTERM ends the dashboard with status 143 and restores the terminal")
    func sigtermRestoresTerminal() throws {
        let session = try TmuxSession(label: "sigterm")
        defer { session.kill() }
        guard try session.expectScreen(try E2E.renderFrame(width: 120, height: 40), "the start-up screen") else { return }
        let pid = try #require(session.citydashPID(), "the wrapper did not record citydash's pid")
        try #require(signalProcess(pid, SIGTERM) == 0, "kill(\(pid), SIGTERM) failed: errno \(errno)")
        let status = try session.waitForExitStatus()
        #expect(status == 143, "CITYDASH-EXIT=143 expected; screen:\n\(session.screenText())")
        try expectSaneTerminal(session)
    }

    @Test("Ctrl-C ends the dashboard (SIGINT, status 130) and restores the terminal")
    func controlCRestoresTerminal() throws {
        let session = try TmuxSession(label: "ctrl-c")
        defer { session.kill() }
        guard try session.expectScreen(try E2E.renderFrame(width: 120, height: 40), "the start-up screen") else { return }
        try session.sendKeys("C-c")
        let status = try session.waitForExitStatus()
        #expect(status == 130, "CITYDASH-EXIT=130 expected; screen:\n\(session.screenText())")
        try expectSaneTerminal(session)
    }

    /// `stty -a` at the shell after citydash shows canonical mode and echo.
    private func expectSaneTerminal(_ session: TmuxSession,
                                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        try session.expectTerminalModes(["icanon", "echo", "icrnl"], sourceLocation: sourceLocation)
    }

    @Test("Without a terminal the dashboard exits 2 and points to citydash render")
    func notATerminal() throws {
        let binary = try E2E.requireBinary()
        let result = try E2E.run(binary, ["--data", E2E.dataDirectory.path])
        #expect(result.status == 2, "exit status \(result.status), stderr: \(result.stderr)")
        #expect(result.stderr.contains("citydash render"), "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty, "nothing should be written to stdout: \(result.stdout)")
    }

    @Test("/ search narrows the list and shows match counts on every tab; Esc clears it")
    func search() throws {
        let dataset = try Self.loadDataset()
        let needle = "5G"
        let query = DatasetQuery(dataset)
        let metricNames = query.metrics(in: .all).filter { SearchText.matches(SearchText.of($0), needle) }.map(\.name.zh)
        let counts = [
            metricNames.count,
            query.newTowns(in: .all).filter { SearchText.matches(SearchText.of($0), needle) }.count,
            query.zones(in: .all).filter { SearchText.matches(SearchText.of($0), needle) }.count,
            query.actions(in: .all).filter { SearchText.matches(SearchText.of($0), needle) }.count,
            query.projects(in: .all).filter { SearchText.matches(SearchText.of($0), needle) }.count
                + query.events(in: .all).filter { SearchText.matches(SearchText.of($0), needle) }.count,
        ]
        try #require(!metricNames.isEmpty, "no metric name contains \(needle); pick another needle")
        let titles = ["总览", "五个新城", "示范区", "产业行动", "项目与大事记"]
        let tabs = zip(titles.indices, titles).map { "\($0 + 1) \($1) (\(counts[$0]))" }

        let start = try E2E.renderFrame(width: 120, height: 40)
        let session = try TmuxSession(label: "search")
        defer { session.kill() }
        guard try session.expectScreen(start, "the start-up screen") else { return }
        try session.sendKeys("/")
        try session.type(needle)
        try session.sendKeys("Enter")
        // The status bar is written last: waiting for it too means the grab is of a whole frame,
        // not of one that tmux has only partly received.
        let (screen, ok) = try session.waitFor { screen in
            screen.count > 1 && tabs.allSatisfy { screen[1].contains($0) }
                && E2E.normalized(screen).last?.contains("/\(needle)") == true
        }
        #expect(ok, "tab bar should read \(tabs.joined(separator: " | ")):\n\(screen.joined(separator: "\n"))")
        let text = screen.joined(separator: "\n")
        for name in metricNames {
            #expect(text.contains(name), "matching metric \(name) missing:\n\(text)")
        }
        #expect(text.contains("(\(metricNames.count))"), "list title should count \(metricNames.count) matches")
        #expect(E2E.normalized(screen).last?.contains("/\(needle)") == true, "status bar should show /\(needle)")
        // Only matching rows: the list, between its title and bottom border, mentions the needle on every data row.
        let other = query.metrics(in: .all).first { !SearchText.matches(SearchText.of($0), needle) }!.name.zh
        #expect(!screen.dropFirst(2).contains { $0.contains("│" + other) }, "non-matching \(other) still listed")

        try session.sendKeys("Escape")
        try session.expectScreen(start, "the unfiltered screen after Esc clears the search")
    }
}
