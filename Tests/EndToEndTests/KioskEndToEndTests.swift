import CityDashCore
import Foundation
import CityDashTestBridge
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `citydash --kiosk` in a real terminal: the attract loop turns pages by itself, the keys that
/// end or suspend a terminal program do nothing, data edits appear live (and broken data keeps
/// the last good figures with a FILE:LINE warning), and only the unlock sequence, SIGTERM or
/// SIGUSR1 end it, leaving the terminal usable. Every test runs on its own copy of data/ in
/// its own tmux server; polls have deadlines, there are no long fixed sleeps.
@Suite("Kiosk mode in tmux", .serialized)
struct KioskEndToEndTests {
    static let unlock = "staff42"
    static let width = 120
    static let height = 36
    /// The tab label of each panel as the tab bar writes it (Chinese, the kiosk.yaml language).
    static let tabs = ["overview": "1 总览", "towns": "2 五个新城", "zones": "3 示范区", "actions": "4 产业行动",
                       "projects": "5 项目与大事记"]

    // MARK: (a) the loop turns pages

    @Test("The attract loop turns the page within 3 s: tab, list title and 1/10 → 2/10 change")
    func loopTurnsPages() throws {
        let kiosk = try KioskRun(label: "rotate")
        defer { kiosk.close() }
        let pages = try kiosk.playlist()
        try #require(pages.count >= 3, "kiosk.yaml's playlist should have at least three pages")
        let total = pages.count
        let first = try kiosk.session.waitFor(timeout: 6) { Self.pageNumber($0) == 1 }
        try #require(first.ok, "status never showed 1/\(total):\n\(first.screen.joined(separator: "\n"))")
        let shownAt = Date()
        try expectPage(kiosk, pages[0], number: 1, of: total, first.screen)

        let second = try kiosk.session.waitFor(timeout: 3.5) { Self.pageNumber($0) == 2 }
        let turnedAfter = Date().timeIntervalSince(shownAt)
        try #require(second.ok, "page 1 was still shown 3.5 s later:\n\(second.screen.joined(separator: "\n"))")
        #expect(turnedAfter <= 3, "the page turned only after \(turnedAfter) s with --rotate 2")
        try expectPage(kiosk, pages[1], number: 2, of: total, second.screen)

        // The third page, with the district its header names (the whole city on a story page).
        let third = try kiosk.session.waitFor(timeout: 3.5) { Self.pageNumber($0) == 3 }
        try #require(third.ok, "page 2 was still shown 3.5 s later:\n\(third.screen.joined(separator: "\n"))")
        try expectPage(kiosk, pages[2], number: 3, of: total, third.screen)
    }

    /// Whether the screen shows a story page's figures, by their Chinese names.
    static func showsStory(_ story: KioskStory, _ dataset: Dataset, _ screen: [String]) -> Bool {
        let text = screen.joined(separator: "\n")
        return story.metrics(in: dataset).allSatisfy { text.contains($0.name.zh) }
    }

    /// The screen shows playlist page `number`: status, highlighted tab, list title, district.
    private func expectPage(_ kiosk: KioskRun, _ page: KioskPage, number: Int, of total: Int, _ screen: [String],
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = screen.joined(separator: "\n")
        #expect(Self.status(screen).contains("\(number)/\(total)"), "status should say \(number)/\(total):\n\(text)",
                sourceLocation: sourceLocation)
        let tab = Self.highlightedTab(try kiosk.session.captureStyled())
        // The styled capture is a moment later than `screen`: accept the page it shows if the
        // status moved on meanwhile, but it must be this page's tab while the status agrees.
        if Self.pageNumber(try kiosk.session.capture()) == number {
            if page.panel == "district" {
                // The district page is tab 0, named after its district.
                #expect(tab?.hasPrefix("0 ") == true, "highlighted tab should be the district page's 0, is \(tab ?? "none")",
                        sourceLocation: sourceLocation)
            } else if page.story == nil {
                #expect(tab == Self.tabs[page.panel], "highlighted tab should be \(Self.tabs[page.panel] ?? page.panel), is \(tab ?? "none")",
                        sourceLocation: sourceLocation)
            }
        }
        if page.panel == "district" {
            // No list title on the district page: its counts line says how many records it has.
            #expect(text.contains("条记录"), "the district page should count its records:\n\(text)", sourceLocation: sourceLocation)
        } else if let story = page.story {
            // A story page has no list either: it names its figures.
            #expect(Self.showsStory(story, kiosk.dataset, screen), "the story page should name its figures:\n\(text)",
                    sourceLocation: sourceLocation)
        } else {
            let title = Self.listTitle(screen) ?? "<none>"
            let expectedTitle = page.panel == "overview" ? "全部指标" : String((Self.tabs[page.panel] ?? "? ?").dropFirst(2))
            #expect(title.hasPrefix(expectedTitle + " ("), "list title should start with \(expectedTitle), is \(title):\n\(text)",
                    sourceLocation: sourceLocation)
        }
        let districtName = try page.district.map { id in
            try #require(kiosk.dataset.district(id), "no district \(id) in districts.yaml").name.zh
        } ?? "全市"
        #expect(screen.first?.contains("区: \(districtName)") == true, "header should name \(districtName):\n\(text)",
                sourceLocation: sourceLocation)
    }

    // MARK: (b) locked keys

    @Test("q, Ctrl-C, Ctrl-Z, Ctrl-\\, Ctrl-D and SIGINT/SIGQUIT/SIGTSTP leave the kiosk running and drawing")
    func lockedKeys() throws {
        let kiosk = try KioskRun(label: "locked")
        defer { kiosk.close() }
        try kiosk.waitForLoop()
        let pid = try #require(kiosk.session.citydashPID(), "the wrapper did not record citydash's pid")

        // The first key only wakes the screen (the loop pauses for the visitor).
        try kiosk.session.sendKeys("C-c")
        let paused = try kiosk.session.waitFor(timeout: 3) { Self.status($0).contains("浏览中") }
        #expect(paused.ok, "Ctrl-C should only pause the loop:\n\(paused.screen.joined(separator: "\n"))")
        try expectAlive(kiosk, pid, after: "Ctrl-C as the first key")

        for key in ["q", "C-c", "C-z", "C-\\", "C-d"] {
            try kiosk.session.sendKeys(key)
            // A panel key after it proves the key was read and the screen still answers.
            let (panel, title) = key == "q" ? ("3", "示范区 (") : ("2", "五个新城 (")
            try kiosk.session.sendKeys(panel)
            let answered = try kiosk.session.waitFor(timeout: 3) { Self.listTitle($0)?.hasPrefix(title) == true }
            #expect(answered.ok, "after \(key) the kiosk no longer answers keys:\n\(answered.screen.joined(separator: "\n"))")
            try expectAlive(kiosk, pid, after: key)
            try kiosk.session.sendKeys("1")
            _ = try kiosk.session.waitFor(timeout: 3) { Self.listTitle($0)?.hasPrefix("全部指标 (") == true }
        }

        // The same signals sent with kill(2) (not only typed) are ignored too.
        for (signal, name) in [(SIGINT, "SIGINT"), (SIGQUIT, "SIGQUIT"), (SIGTSTP, "SIGTSTP")] {
            try #require(signalProcess(pid, signal) == 0, "kill(\(pid), \(name)) failed: errno \(errno)")
            try kiosk.session.sendKeys("4")
            let answered = try kiosk.session.waitFor(timeout: 3) { Self.listTitle($0)?.hasPrefix("产业行动 (") == true }
            #expect(answered.ok, "after \(name) the kiosk no longer answers keys:\n\(answered.screen.joined(separator: "\n"))")
            try expectAlive(kiosk, pid, after: name)
            try kiosk.session.sendKeys("1")
            _ = try kiosk.session.waitFor(timeout: 3) { Self.listTitle($0)?.hasPrefix("全部指标 (") == true }
        }
    }

    private func expectAlive(_ kiosk: KioskRun, _ pid: pid_t, after what: String,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try kiosk.session.capture()
        #expect(!screen.contains { $0.hasPrefix(TmuxSession.exitMarker) },
                "citydash exited after \(what):\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
        #expect(signalProcess(pid, 0) == 0, "citydash (pid \(pid)) is gone after \(what)", sourceLocation: sourceLocation)
        let stopped = Self.processState(pid) == "T"
        #expect(!stopped, "citydash (pid \(pid)) was stopped by \(what)", sourceLocation: sourceLocation)
        // A stopped process would ignore the hang-up of kill-server and outlive the test.
        if stopped { _ = signalProcess(pid, SIGCONT) }
    }

    // MARK: (c) live data

    @Test("A new figure in metrics.yaml appears within 3 s, written by rename and by truncate-and-rewrite")
    func liveDataChanges() throws {
        let kiosk = try KioskRun(label: "live")
        defer { kiosk.close() }
        try kiosk.pauseOnOverview()
        let metrics = kiosk.data.appendingPathComponent("metrics.yaml")
        let original = try String(contentsOf: metrics, encoding: .utf8)
        #expect(try kiosk.waitForGDP("4.32万亿元", timeout: 3), "the overview should list GDP 4.32万亿元")

        // An editor that writes a new file and renames it over the old one.
        try KioskRun.writeByRename(Self.gdp(original, "4.33"), to: metrics)
        var start = Date()
        #expect(try kiosk.waitForGDP("4.33万亿元", timeout: 3),
                "4.33万亿元 (renamed into place) did not appear within 3 s:\n\(kiosk.session.screenText())")
        let renameSeconds = Date().timeIntervalSince(start)
        #expect(!Self.status(try kiosk.session.capture()).contains("⚠"), "valid data should show no warning")

        // An editor that truncates the file and writes it again, in two pieces.
        try KioskRun.writeInPlace(Self.gdp(original, "4.35"), to: metrics, pauseMidway: 0.1)
        start = Date()
        #expect(try kiosk.waitForGDP("4.35万亿元", timeout: 3),
                "4.35万亿元 (rewritten in place) did not appear within 3 s:\n\(kiosk.session.screenText())")
        let inPlaceSeconds = Date().timeIntervalSince(start)
        let screen = try kiosk.session.capture()
        #expect(!Self.status(screen).contains("⚠"), "valid data should show no warning:\n\(screen.joined(separator: "\n"))")
        #expect(Self.status(screen).contains("浏览中"), "the visitor's paused screen should stay paused")
        print("live reload: rename \(String(format: "%.2f", renameSeconds)) s, in place \(String(format: "%.2f", inPlaceSeconds)) s")
    }

    /// metrics.yaml with the city GDP record saying `value` (stated, value and quote alike).
    static func gdp(_ text: String, _ value: String) -> String {
        text.replacingOccurrences(of: "stated: \"4.32万亿元\"", with: "stated: \"\(value)万亿元\"")
            .replacingOccurrences(of: "value: \"4.32\"", with: "value: \"\(value)\"")
            .replacingOccurrences(of: "全市GDP达到4.32万亿元", with: "全市GDP达到\(value)万亿元")
    }

    // MARK: (d) invalid data

    @Test("Broken data keeps the old figure and shows ⚠ FILE:LINE; fixing it clears the warning")
    func invalidDataKeepsLastGood() throws {
        let kiosk = try KioskRun(label: "invalid")
        defer { kiosk.close() }
        try kiosk.pauseOnOverview()
        let metrics = kiosk.data.appendingPathComponent("metrics.yaml")
        let original = try String(contentsOf: metrics, encoding: .utf8)
        #expect(try kiosk.waitForGDP("4.32万亿元", timeout: 3), "the overview should list GDP 4.32万亿元")

        // 1. A YAML syntax error (an unclosed flow sequence), with a new GDP figure that must not show.
        let lines = Self.gdp(original, "9.99").components(separatedBy: "\n")
        let valueLine = try #require(lines.firstIndex(of: "    value: \"9.99\""), "GDP value line not found")
        var broken = lines
        broken.insert("    oops: [unclosed", at: valueLine + 1)
        try KioskRun.writeByRename(broken.joined(separator: "\n"), to: metrics)
        try expectWarning(kiosk, for: "YAML syntax error")

        // 2. Fixed: the warning goes and the figure is still the old one.
        try KioskRun.writeInPlace(original, to: metrics)
        try expectWarningCleared(kiosk)

        // 3. Valid YAML but invalid data: `stated` no longer in its quote (saved in place).
        let wrong = original.replacingOccurrences(of: "stated: \"4.32万亿元\"", with: "stated: \"9.99万亿元\"")
        try #require(wrong != original)
        try KioskRun.writeInPlace(wrong, to: metrics)
        try expectWarning(kiosk, for: "stated not in quote")

        try KioskRun.writeByRename(original, to: metrics)
        try expectWarningCleared(kiosk)
    }

    /// The status line shows "⚠ … FILE:LINE:" with the loader's first problem while the list
    /// still has the old GDP figure.
    private func expectWarning(_ kiosk: KioskRun, for what: String,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try DatasetLoader().load(directory: kiosk.data)
        let problem = try #require(result.diagnostics.first, "\(what): the loader found nothing wrong",
                                   sourceLocation: sourceLocation)
        let location = "\(problem.file):\(problem.line):"
        let (screen, ok) = try kiosk.session.waitFor(timeout: 3) { screen in
            let status = Self.status(screen)
            return status.contains("⚠") && status.contains(location)
        }
        #expect(ok, "\(what): the status line should show ⚠ \(location) within 3 s:\n\(screen.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        #expect(Self.gdpRow(screen)?.contains("4.32万亿元") == true,
                "\(what): the last good figure 4.32万亿元 should stay on screen:\n\(screen.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        // (The warning itself may quote the rejected text; the figures above it must not.)
        #expect(!E2E.normalized(screen).dropLast().joined().contains("9.99"),
                "\(what): the invalid figure 9.99 must not be shown", sourceLocation: sourceLocation)
    }

    private func expectWarningCleared(_ kiosk: KioskRun, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (screen, ok) = try kiosk.session.waitFor(timeout: 3) { !Self.status($0).contains("⚠") }
        #expect(ok, "the warning should go within 3 s of fixing the data:\n\(screen.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        #expect(Self.gdpRow(screen)?.contains("4.32万亿元") == true, "GDP should read 4.32万亿元 after the fix",
                sourceLocation: sourceLocation)
    }

    @Test("At 80x24, paused, the warning still shows FILE:LINE of a problem deep in metrics.yaml (zh and en)")
    func warningLocationFitsAt80Columns() throws {
        let kiosk = try KioskRun(label: "narrow", width: 80, height: 24)
        defer { kiosk.close() }
        try kiosk.waitForLoop()
        try kiosk.session.sendKeys("Down")  // a visitor: the loop pauses
        let paused = try kiosk.session.waitFor(timeout: 3) { Self.status($0).contains("浏览中") }
        try #require(paused.ok, "a key should pause the loop:\n\(paused.screen.joined(separator: "\n"))")

        // A syntax error in the last record of metrics.yaml (line > 1000).
        let metrics = kiosk.data.appendingPathComponent("metrics.yaml")
        let original = try String(contentsOf: metrics, encoding: .utf8)
        try KioskRun.writeByRename(original + "  - id: [unclosed\n", to: metrics)
        let problem = try #require(try DatasetLoader().load(directory: kiosk.data).diagnostics.first)
        let location = "\(problem.file):\(problem.line):"
        #expect(problem.line > 1000, "the problem should be deep in the file: \(location)")

        for (key, language) in [(nil, "zh"), ("l", "en")] as [(String?, String)] {
            if let key { try kiosk.session.sendKeys(key) }
            let warned = try kiosk.session.waitFor(timeout: 3) { screen in
                let status = Self.status(screen)
                // While a warning is shown it takes the whole status line, location first.
                let header = screen.first ?? ""
                return status.contains("⚠") && header.contains(language == "zh" ? "中文" : "English")
            }
            try #require(warned.ok, "\(language): no warning in the status line:\n\(warned.screen.joined(separator: "\n"))")
            #expect(Self.status(warned.screen).contains(location),
                    "\(language): at 80 columns the paused status line cuts off \(location): |\(Self.status(warned.screen))|")
        }
    }

    // MARK: (e) unlock

    @Test("Typing the unlock sequence exits with status 0; a wrong sequence does not")
    func unlockSequenceExits() throws {
        let kiosk = try KioskRun(label: "unlock")
        defer { kiosk.close() }
        try kiosk.waitForLoop()
        let pid = try #require(kiosk.session.citydashPID(), "the wrapper did not record citydash's pid")

        // A near miss, ending in "3" so the demo zones panel shows once every key was read
        // (the loop itself reaches that panel only on page 8, long after this).
        try kiosk.session.type("staf43")
        let read = try kiosk.session.waitFor(timeout: 3) { Self.listTitle($0)?.hasPrefix("示范区 (") == true }
        #expect(read.ok, "the typed keys should end on the zones panel:\n\(read.screen.joined(separator: "\n"))")
        try expectAlive(kiosk, pid, after: "the wrong sequence staf43")

        try kiosk.session.type(Self.unlock)
        let status = try kiosk.session.waitForExitStatus(timeout: 5)
        #expect(status == 0, "CITYDASH-EXIT=0 expected after typing \(Self.unlock); screen:\n\(kiosk.session.screenText())")
        try expectSaneTerminal(kiosk.session)
    }

    // MARK: (f) signals

    @Test("SIGTERM ends the kiosk with status 143 and restores the terminal")
    func sigtermExits() throws {
        try signalExits(SIGTERM, status: 143, label: "sigterm")
    }

    @Test("SIGUSR1 ends the kiosk with status 138 and restores the terminal")
    func sigusr1Exits() throws {
        try signalExits(SIGUSR1, status: 138, label: "sigusr1")
    }

    private func signalExits(_ signal: Int32, status expected: Int, label: String,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let kiosk = try KioskRun(label: label)
        defer { kiosk.close() }
        try kiosk.waitForLoop()
        let pid = try #require(kiosk.session.citydashPID(), "the wrapper did not record citydash's pid",
                               sourceLocation: sourceLocation)
        try #require(signalProcess(pid, signal) == 0, "kill(\(pid), \(signal)) failed: errno \(errno)",
                     sourceLocation: sourceLocation)
        let status = try kiosk.session.waitForExitStatus(timeout: 5)
        #expect(status == expected, "CITYDASH-EXIT=\(expected) expected; screen:\n\(kiosk.session.screenText())",
                sourceLocation: sourceLocation)
        try expectSaneTerminal(kiosk.session, sourceLocation: sourceLocation)
    }

    /// `stty -a` at the shell after citydash: line mode, echo, CR→NL and signal keys are back
    /// (kiosk mode runs the terminal raw, without any of them).
    private func expectSaneTerminal(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try session.expectTerminalModes(sourceLocation: sourceLocation)
    }

    // MARK: (g) overscan margin

    @Test("--margin 1,2,1,2 leaves the first and last rows and two columns at each side blank")
    func margin() throws {
        let kiosk = try KioskRun(label: "margin", arguments: ["--margin", "1,2,1,2"])
        defer { kiosk.close() }
        let (screen, ok) = try kiosk.session.waitFor(timeout: 6) { screen in
            screen.count > 1 && screen[1].contains("citydash") && screen.contains { $0.contains("1/") }
        }
        let text = screen.joined(separator: "\n")
        try #require(ok, "the kiosk did not draw inside the margin:\n\(text)")
        try #require(screen.count == Self.height, "capture has \(screen.count) rows, expected \(Self.height)")
        #expect(screen[0].allSatisfy { $0 == " " }, "row 1 should be blank: |\(screen[0])|")
        #expect(screen[Self.height - 1].allSatisfy { $0 == " " }, "the last row should be blank: |\(screen[Self.height - 1])|")
        #expect(screen[1].hasPrefix("   citydash"), "the header should start at column 3: |\(screen[1])|")
        for (row, line) in screen.enumerated() {
            #expect(line.prefix(2).allSatisfy { $0 == " " }, "row \(row + 1) draws in the left margin: |\(line)|")
            #expect(DisplayWidth.of(line) <= Self.width - 2, "row \(row + 1) draws in the right margin: |\(line)|")
        }
        // The status line moved up one row, above the bottom margin.
        #expect(E2E.normalized(screen).count == Self.height - 1 && Self.pageNumber(screen) != nil,
                "the status line should be row \(Self.height - 1):\n\(text)")
    }

    // MARK: (h) idle return

    @Test("With --idle 2 a paused loop resumes within 3 s of the last key")
    func idleResumesLoop() throws {
        let kiosk = try KioskRun(label: "idle", arguments: ["--idle", "2"])
        defer { kiosk.close() }
        try kiosk.waitForLoop()
        try kiosk.session.sendKeys("Down")
        let sent = Date()
        let paused = try kiosk.session.waitFor(timeout: 2) { Self.status($0).contains("浏览中") }
        try #require(paused.ok, "a key should pause the loop:\n\(paused.screen.joined(separator: "\n"))")
        #expect(Self.status(paused.screen).contains("2秒"), "the status should give the 2 s idle time: \(Self.status(paused.screen))")

        let resumed = try kiosk.session.waitFor(timeout: 3.5) { screen in
            !Self.status(screen).contains("浏览中") && Self.pageNumber(screen) != nil
        }
        let after = Date().timeIntervalSince(sent)
        #expect(resumed.ok, "the loop did not resume within 3.5 s of the key:\n\(resumed.screen.joined(separator: "\n"))")
        #expect(after >= 1.5, "the loop resumed \(after) s after the key, before the 2 s idle time")
        #expect(after <= 3.5, "the loop resumed only \(after) s after the key")
        #expect(Self.status(resumed.screen).contains("按任意键浏览"), "the attract hint should be back")
    }

    // MARK: Linux console

    @Test("TERM=linux (the text console) runs the loop in English and plain ASCII")
    func linuxConsoleIsASCII() throws {
        let kiosk = try KioskRun(label: "console", environment: ["TERM": "linux"])
        defer { kiosk.close() }
        let (screen, ok) = try kiosk.session.waitFor(timeout: 6) { screen in
            Self.status(screen).contains("1/") && screen.first?.contains("citydash") == true
        }
        let text = screen.joined(separator: "\n")
        try #require(ok, "the kiosk did not start on TERM=linux:\n\(text)")
        let nonASCII = text.unicodeScalars.filter { !$0.isASCII }
        #expect(nonASCII.isEmpty, "non-ASCII \(String(String.UnicodeScalarView(nonASCII.prefix(20)))) on the console screen:\n\(text)")
        #expect(Self.status(screen).contains("Press any key"), "the hint should be English:\n\(text)")
    }

    @Test("TERM=linux: the headline cards and the ticker have no ? placeholders for symbols ASCII lacks")
    func linuxConsoleHasNoPlaceholders() throws {
        // 120x36 in kiosk mode: tall headline cards, whose figures are drawn in block digits.
        // A long page, so the overview with its cards stays on screen.
        let kiosk = try KioskRun(label: "console-digits", rotate: 30, environment: ["TERM": "linux"])
        defer { kiosk.close() }
        try kiosk.waitForLoop()
        // The count-up of the figures takes 1.2 s and the ticker scrolls: poll for up to 3 s
        // for a screen without "?".
        let (screen, ok) = try kiosk.session.waitFor(timeout: 3) { screen in
            !screen.contains { $0.contains("?") } && screen.contains { $0.contains("City GDP") }
        }
        let rows = screen.enumerated().filter { $0.element.contains("?") }.map { "row \($0.offset + 1): |\($0.element)|" }
        #expect(ok, """
            the console screen shows "?" where ASCII has no symbol (block digits ▀ ▄, ticker ◆):
            \(rows.joined(separator: "\n"))
            """)
    }

    // MARK: Reading the screen

    /// The status line: the last non-blank row.
    static func status(_ screen: [String]) -> String {
        E2E.normalized(screen).last ?? ""
    }

    /// N of the "N/M" page counter in the status line (nil while paused).
    static func pageNumber(_ screen: [String]) -> Int? {
        let status = status(screen)
        guard let match = status.firstMatch(of: /^ *(\d+)\/(\d+)\s/) else { return nil }
        return Int(match.output.1)
    }

    /// "全部指标 (81)", "五个新城 (5)": the list frame's title.
    ///
    /// From 110x30 of body the new towns and the zones are drawn as cards, without a list; their
    /// first row of cards tells which panel it is, and the title stands for the list they show.
    static func listTitle(_ screen: [String]) -> String? {
        for line in screen {
            if let match = line.firstMatch(of: /╭─ ([^─╮]+ \(\d+\)) ─/) { return String(match.output.1) }
        }
        let cards = screen.count > 2 ? screen[2] : ""
        if ["嘉定新城", "青浦新城", "松江新城", "奉贤新城", "南汇新城"].allSatisfy({ cards.contains($0) }) { return "五个新城 (5)" }
        if ["Jiading", "Qingpu", "Songjiang", "Fengxian", "Nanhui"].allSatisfy({ cards.contains($0) }) { return "New towns (5)" }
        if cards.contains("╭─") && (cards.contains("杨浦大创智") || cards.contains("Yangpu")) && cards.contains("临港") {
            return "示范区 (8)"
        }
        return nil
    }

    /// The list row of the city GDP record.
    static func gdpRow(_ screen: [String]) -> String? {
        screen.first { $0.hasPrefix("│全市生产总值 ") }
    }

    /// The highlighted (bold or reverse) text of the tab bar, row 2 of a `capture-pane -e`.
    /// tmux only writes attribute changes, carried over from row to row, so the rows above
    /// are read too.
    static func highlightedTab(_ styled: [String]) -> String? {
        guard styled.count > 1 else { return nil }
        var highlighted = "", bold = false, reverse = false
        var rest = Substring(styled[0] + "\n" + styled[1])
        while !rest.isEmpty {
            if rest.first == "\n" {
                highlighted = ""
                rest = rest.dropFirst()
                continue
            }
            if let match = rest.prefixMatch(of: /\x1B\[([0-9;]*)m/) {
                let parameters = match.output.1.split(separator: ";", omittingEmptySubsequences: false)
                var index = parameters.startIndex
                while index < parameters.endIndex {
                    switch Int(parameters[index]) ?? 0 {
                    case 0: bold = false; reverse = false
                    case 1: bold = true
                    case 7: reverse = true
                    case 22: bold = false
                    case 27: reverse = false
                    case 38, 48:
                        // 38;5;N / 48;5;N and 38;2;R;G;B: skip the colour's own numbers.
                        let kind = index + 1 < parameters.endIndex ? Int(parameters[index + 1]) : nil
                        index += kind == 5 ? 2 : kind == 2 ? 4 : 0
                    default: break
                    }
                    index += 1
                }
                rest = rest[match.range.upperBound...]
            } else if rest.first == "\u{1B}" {
                rest = rest.dropFirst()
            } else {
                if bold || reverse { highlighted.append(rest.first!) }
                rest = rest.dropFirst()
            }
        }
        let tab = highlighted.trimmingCharacters(in: .whitespaces)
        return tab.isEmpty ? nil : tab
    }

    /// Field 3 of /proc/PID/stat: R, S, T (stopped)…; nil off Linux.
    static func processState(_ pid: pid_t) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].split(separator: " ").first.map(String.init)
    }
}

/// One kiosk under test: a fresh copy of data/ and `citydash --kiosk --rotate 2` in a 120x36
/// tmux pane with CITYDASH_UNLOCK set. `close()` ends the tmux server and removes the copy.
final class KioskRun {
    let data: URL
    let session: TmuxSession
    let dataset: Dataset

    init(label: String, width: Int = KioskEndToEndTests.width, height: Int = KioskEndToEndTests.height,
         rotate: Int = 2, arguments: [String] = [], environment: [String: String] = [:],
         sourceLocation: SourceLocation = #_sourceLocation) throws {
        data = FileManager.default.temporaryDirectory
            .appendingPathComponent("citydash-kiosk-data-\(getpid())-\(label)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: E2E.dataDirectory, to: data)
        do {
            let result = try DatasetLoader().load(directory: data)
            try #require(result.isValid, "bundled data has problems: \(result.diagnostics)", sourceLocation: sourceLocation)
            dataset = result.dataset
            session = try TmuxSession(
                width: width, height: height,
                arguments: ["--kiosk", "--rotate", "\(rotate)"] + arguments, label: "kiosk-\(label)", dataDirectory: data,
                environment: ["CITYDASH_UNLOCK": KioskEndToEndTests.unlock].merging(environment) { _, new in new },
                sourceLocation: sourceLocation)
        } catch {
            try? FileManager.default.removeItem(at: data)
            throw error
        }
    }

    deinit { close() }

    func close() {
        session.kill()
        try? FileManager.default.removeItem(at: data)
    }

    /// The playlist of the copy's kiosk.yaml.
    func playlist() throws -> [KioskPage] {
        let (config, diagnostics) = KioskConfigLoader().load(data.appendingPathComponent(KioskConfigLoader.fileName),
                                                             dataset: dataset)
        try #require(diagnostics.isEmpty, "kiosk.yaml has problems: \(diagnostics)")
        return config.playlist
    }

    /// Waits until the loop runs (the status shows a page counter).
    func waitForLoop(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (screen, ok) = try session.waitFor(timeout: 6) { KioskEndToEndTests.pageNumber($0) != nil }
        try #require(ok, "the kiosk loop did not start:\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    /// Pauses the loop with a key and shows the whole city's overview, where the GDP row is.
    func pauseOnOverview(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try waitForLoop(sourceLocation: sourceLocation)
        try session.sendKeys("1")  // wakes the screen: the loop pauses on its current page
        var (screen, ok) = try session.waitFor(timeout: 3) { KioskEndToEndTests.status($0).contains("浏览中") }
        try #require(ok, "a key should pause the loop:\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
        try session.sendKeys("1")
        (screen, ok) = try session.waitFor(timeout: 3) { KioskEndToEndTests.listTitle($0)?.hasPrefix("全部指标 (") == true }
        try #require(ok, "1 should show the overview:\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
        if screen.first?.contains("区: 全市") != true {
            // The loop had reached a district page: pick the whole city (first in the picker).
            try session.sendKeys("d")
            try session.type("全市")
            try session.sendKeys("Enter")
            (screen, ok) = try session.waitFor(timeout: 3) { $0.first?.contains("区: 全市") == true }
            try #require(ok, "could not return to the whole city:\n\(screen.joined(separator: "\n"))",
                         sourceLocation: sourceLocation)
        }
    }

    /// Waits until the GDP row of the overview list shows `figure`.
    func waitForGDP(_ figure: String, timeout: TimeInterval) throws -> Bool {
        try session.waitFor(timeout: timeout) { KioskEndToEndTests.gdpRow($0)?.contains(figure) == true }.ok
    }

    // MARK: Writing data as editors do

    /// Writes a sibling temporary file and renames it over `url` (vim with backupcopy=no,
    /// most IDEs, `sed -i`).
    static func writeByRename(_ text: String, to url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            throw E2E.SpawnError(description: "rename to \(url.path) failed: errno \(errno)")
        }
    }

    /// Truncates `url` and writes the text into the same file (nano, `cat >`, vim with
    /// backupcopy=yes), optionally in two halves with a pause between them.
    static func writeInPlace(_ text: String, to url: URL, pauseMidway: TimeInterval = 0) throws {
        let fd = open(url.path, O_WRONLY | O_TRUNC)
        guard fd >= 0 else { throw E2E.SpawnError(description: "open \(url.path) failed: errno \(errno)") }
        defer { closeDescriptor(fd) }
        let bytes = Array(text.utf8)
        let half = pauseMidway > 0 ? bytes.count / 2 : bytes.count
        for (index, part) in [bytes[..<half], bytes[half...]].enumerated() where !part.isEmpty {
            if index == 1 { usleep(useconds_t(pauseMidway * 1_000_000)) }
            let written = part.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written == part.count else {
                throw E2E.SpawnError(description: "write \(url.path) failed: errno \(errno)")
            }
        }
    }
}

/// `close(2)`, reachable from types that have their own `close()`.
private func closeDescriptor(_ fd: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(fd)
    #else
    _ = Darwin.close(fd)
    #endif
}
