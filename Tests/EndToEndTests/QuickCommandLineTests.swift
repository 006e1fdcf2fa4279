import ArgumentParser
import Testing
@testable import citydash

/// `QuickCommandLine` reads the everyday command lines without ArgumentParser; these check that
/// it gives exactly the settings of ArgumentParser's command for every line it accepts (defaults
/// included, which are written in both places), that it knows each
/// command's options under ArgumentParser's names, and that it hands everything unusual back.
@Suite("Quick command line")
struct QuickCommandLineTests {
    /// Every option of the quick reader at least once, with values of each kind.
    static let accepted: [[String]] = [
        [],
        ["render"],
        ["render", "--width", "160", "--height", "48"],
        ["render", "--width", "160", "--height", "48", "--data", "/srv/city data"],
        ["render", "--data", "d", "--panel", "towns", "--district", "yangpu", "--lang", "en", "--theme", "light",
         "--color", "always", "--ascii", "--category", "digital-economy", "--status", "target", "--year", "2021",
         "--source", "s004", "--search", "数字", "--sort", "value", "--group", "category", "--export-dir", "/tmp",
         "--kiosk-page", "2", "--at", "8.5", "--kiosk-config", "k.yaml", "--width", "120", "--height", "40",
         "--select", "3", "--detail", "--frames", "2", "--keys", "/数", "--step-keys", "jk"],
        ["render", "--width", "+80", "--district", "杨浦", "--select", "20000000"],
        ["dashboard"],
        ["--lang", "en", "--district", "yangpu"],
        ["dashboard", "--data", "d", "--panel", "zones", "--district", "全市", "--lang", "zh", "--theme", "contrast",
         "--color", "never", "--ascii", "--category", "ai", "--status", "actual", "--year", "2022", "--source", "s001",
         "--search", "5G", "--sort", "name", "--group", "none", "--export-dir", "out", "--kiosk", "--rotate", "20",
         "--idle", "60", "--margin", "0", "--kiosk-config", "kiosk.yaml"],
        ["validate"],
        ["validate", "--data", "./data", "--articles", "../shared/seeds"],
        ["export", "--format", "csv", "--kind", "events", "--district", "杨浦", "--excel", "--category", "economy",
         "--status", "actual", "--year", "2020", "--source", "s002", "--search", "城市", "--sort", "year",
         "--group", "category", "--data", "d"],
    ]

    @Test("an accepted line gives the settings of the command ArgumentParser parses", arguments: accepted)
    func sameSettingsAsArgumentParser(line: [String]) throws {
        let quick = try #require(QuickCommandLine.parse(line), "not accepted: \(line)")
        let parsed = try #require(Self.settings(of: CityDash.parseAsRoot(line)))
        #expect(String(reflecting: quick) == String(reflecting: parsed))
    }

    /// The plain settings an ArgumentParser command converts to.
    static func settings(of command: any ParsableCommand) -> (any CommandSettings)? {
        switch command {
        case let command as DashboardCommand: command.settings
        case let command as RenderCommand: command.settings
        case let command as ValidateCommand: command.settings
        case let command as ExportCommand: command.settings
        default: nil
        }
    }

    /// Help, version, `=`, short options, repeats, missing, empty, dashed or unconvertible values,
    /// failed validation, unknown words and options, `generate`: all ArgumentParser's.
    static let handedBack: [[String]] = [
        ["--help"], ["-h"], ["help"], ["help", "render"], ["render", "--help"], ["--version"], ["render", "-h"],
        ["render", "--width=80"], ["render", "--width", "80", "--width", "90"], ["render", "--width"],
        ["render", "--width", "wide"], ["render", "--width", "0"], ["render", "--search", "-x"],
        ["render", "--search", ""], ["render", "--data", ""], ["render", "--", "x"], ["render", "extra"],
        ["render", "--kiosk"], ["render", "--search", "render"], ["--at", "3"], ["rendr"], ["bogus", "--x"],
        ["render", "--panel", "nowhere"], ["render", "--at", "3"], ["dashboard", "--rotate", "0"],
        ["dashboard", "--margin", "1,2"], ["export", "--excel"], ["generate", "--metrics", "5", "--output", "/tmp/x"],
        ["--generate-completion-script", "bash"], ["render", "--select", "-1"],
    ]

    @Test("anything unusual is left to ArgumentParser", arguments: handedBack)
    func handsBack(line: [String]) {
        #expect(QuickCommandLine.parse(line) == nil)
    }

    @Test("it knows each command's options under ArgumentParser's names, and no others")
    func sameOptionNames() {
        let commands: [(ParsableCommand.Type, [String])] = [
            (DashboardCommand.self, Array(DashboardSettings.quickOptions().byName.keys)),
            (RenderCommand.self, Array(RenderSettings.quickOptions().byName.keys)),
            (ValidateCommand.self, Array(ValidateSettings.quickOptions().byName.keys)),
            (ExportCommand.self, Array(ExportSettings.quickOptions().byName.keys)),
        ]
        for (command, quick) in commands {
            let help = CityDash.helpMessage(for: command, includeHidden: true, columns: 10_000)
            #expect(Set(quick) == Self.optionNames(inHelp: help), "\(command)")
        }
    }

    /// The long names of a help text's option lines (OPTIONS and titled groups such as KIOSK
    /// PREVIEW), without the built-in --help and --version.
    static func optionNames(inHelp help: String) -> Set<String> {
        var names = Set<String>()
        for line in help.split(separator: "\n") {
            let words = line.split(separator: " ").prefix(2).map { $0.hasSuffix(",") ? $0.dropLast() : $0 }
            guard line.hasPrefix("  "), words.first?.hasPrefix("-") == true,
                  let long = words.first(where: { $0.hasPrefix("--") }) else { continue }
            names.insert(String(long))
        }
        return names.subtracting(["--help", "--version"])
    }
}
