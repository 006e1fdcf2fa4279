import ArgumentParser
import CityDashCore
import CityDashUI

/// The everyday command lines (`citydash render --width 160 --height 48`, the dashboard with
/// a few options, `validate --data DIR`), read without ArgumentParser.
///
/// ArgumentParser learns a command's options by reflecting over its structs at every start (and
/// builds the matched subcommand's option set up to three times): 26.9 M of the 88.0 M
/// instructions of a cold `render`, where this reader takes 0.6 M. Even a command with a single
/// option costs ArgumentParser 6.7 M instructions, three times a whole Swift hello-world.
///
/// This reads only what it fully understands: a known subcommand (or none: the dashboard), then
/// `--name value` and `--flag` words it knows, each at most once, into the command's plain
/// `CommandSettings`, with ArgumentParser's conversions (`ExpressibleByArgument.init(argument:)`)
/// and the same checks (`validate()` of the option groups and the command). Anything else returns
/// nil and ArgumentParser parses the line, so help, `--version` and every error message and exit
/// code stay its own: `--name=value`, short options, `--`, a repeated option, a missing or empty
/// value, a value that begins with `-` or is a subcommand's name, a value that does not convert,
/// a failed check. QuickCommandLineTests checks that each line this accepts gives the settings
/// of the command ArgumentParser parses.
enum QuickCommandLine {
    /// The command `arguments` (without the program name) ask for, or nil to let
    /// ArgumentParser parse them.
    static func parse(_ arguments: [String]) -> (any CommandSettings)? {
        var words = arguments[...]
        var name = "dashboard"
        if let first = words.first, !first.hasPrefix("-") {
            name = first
            words = words.dropFirst()
        }
        switch name {
        case "dashboard": return read(words, into: DashboardSettings(), DashboardSettings.quickOptions())
        case "render": return read(words, into: RenderSettings(), RenderSettings.quickOptions())
        case "validate": return read(words, into: ValidateSettings(), ValidateSettings.quickOptions())
        case "export": return read(words, into: ExportSettings(), ExportSettings.quickOptions())
        default: return nil  // `generate` (required options), `help`, anything else
        }
    }

    /// Applies `words` to `start`, then validates the result; nil at the first thing not
    /// understood.
    static func read<Command: CommandSettings>(_ words: ArraySlice<String>, into start: Command,
                                              _ options: QuickOptions<Command>) -> Command? {
        var words = words
        var seen = Set<String>()
        var steps: [(option: QuickOption<Command>, value: String?)] = []
        while let word = words.popFirst() {
            guard word.hasPrefix("--"), let option = options.byName[word], seen.insert(word).inserted else { return nil }
            switch option {
            case .flag:
                steps.append((option, nil))
            case .value:
                guard let value = words.popFirst(), !value.isEmpty, !value.hasPrefix("-"),
                      !CommandLineRepair.subcommands.contains(value) else { return nil }
                steps.append((option, value))
            }
        }
        var command = start
        for step in steps {
            switch step.option {
            case .flag(let set):
                set(&command)
            case .value(let set):
                guard let value = step.value, set(&command, value) else { return nil }
            }
        }
        do {
            try options.validate(command)
            try command.validate()
        } catch {
            return nil
        }
        return command
    }
}

// MARK: - Every option, by the name ArgumentParser gives it

extension DataSettings {
    static func quickOptions() -> QuickOptions<Self> {
        QuickOptions(["--data": .value(String.self) { $0.data = $1 }], validate: { try $0.validate() })
    }
}

extension QuerySettings {
    static func quickOptions() -> QuickOptions<Self> {
        QuickOptions([
            "--category": .value(Category.self) { $0.category = $1 },
            "--status": .value(MetricKind.self) { $0.status = $1 },
            "--year": .value(Int.self) { $0.year = $1 },
            "--source": .value(String.self) { $0.source = $1 },
            "--search": .value(String.self) { $0.search = $1 },
            "--sort": .value(RecordSort.self) { $0.sort = $1 },
            "--group": .value(RecordGrouping.self) { $0.group = $1 },
        ])
    }
}

extension ViewSettings {
    static func quickOptions() -> QuickOptions<Self> {
        var byName: [String: QuickOption<Self>] = [
            "--panel": .value(PanelID.self) { $0.panel = $1 },
            "--district": .value(String.self) { $0.district = $1 },
            "--lang": .value(Language.self) { $0.lang = $1 },
            "--theme": .value(ThemeName.self) { $0.theme = $1 },
            "--color": .value(ColorChoice.self) { $0.color = $1 },
            "--ascii": .flag { $0.ascii = true },
            "--export-dir": .value(String.self) { $0.exportDir = $1 },
        ]
        byName.merge(QuickOptions<Self>.group(QuerySettings.quickOptions(), get: { $0.query }, set: { $0.query = $1 })) { first, _ in first }
        return QuickOptions(byName)
    }
}

extension KioskSettings {
    static func quickOptions() -> QuickOptions<Self> {
        QuickOptions([
            "--kiosk": .flag { $0.kiosk = true },
            "--rotate": .value(Int.self) { $0.rotate = $1 },
            "--idle": .value(Int.self) { $0.idle = $1 },
            "--margin": .value(String.self) { $0.margin = $1 },
            "--kiosk-config": .value(String.self) { $0.kioskConfig = $1 },
        ], validate: { try $0.validate() })
    }
}

extension KioskPreviewSettings {
    static func quickOptions() -> QuickOptions<Self> {
        QuickOptions([
            "--kiosk-page": .value(Int.self) { $0.kioskPage = $1 },
            "--at": .value(Double.self) { $0.at = $1 },
            "--kiosk-config": .value(String.self) { $0.kioskConfig = $1 },
        ], validate: { try $0.validate() })
    }
}

extension DashboardSettings {
    static func quickOptions() -> QuickOptions<Self> {
        let data = DataSettings.quickOptions(), kiosk = KioskSettings.quickOptions()
        var byName = QuickOptions<Self>.group(data, get: { $0.data }, set: { $0.data = $1 })
        byName.merge(QuickOptions<Self>.group(ViewSettings.quickOptions(), get: { $0.view }, set: { $0.view = $1 })) { first, _ in first }
        byName.merge(QuickOptions<Self>.group(kiosk, get: { $0.kiosk }, set: { $0.kiosk = $1 })) { first, _ in first }
        return QuickOptions(byName, validate: {
            try data.validate($0.data)
            try kiosk.validate($0.kiosk)
        })
    }
}

extension RenderSettings {
    static func quickOptions() -> QuickOptions<Self> {
        let data = DataSettings.quickOptions(), preview = KioskPreviewSettings.quickOptions()
        var byName: [String: QuickOption<Self>] = [
            "--width": .value(Int.self) { $0.width = $1 },
            "--height": .value(Int.self) { $0.height = $1 },
            "--select": .value(Int.self) { $0.select = $1 },
            "--detail": .flag { $0.detail = true },
            "--frames": .value(Int.self) { $0.frames = $1 },
            "--keys": .value(String.self) { $0.keys = $1 },
            "--step-keys": .value(String.self) { $0.stepKeys = $1 },
        ]
        byName.merge(QuickOptions<Self>.group(data, get: { $0.data }, set: { $0.data = $1 })) { first, _ in first }
        byName.merge(QuickOptions<Self>.group(ViewSettings.quickOptions(), get: { $0.view }, set: { $0.view = $1 })) { first, _ in first }
        byName.merge(QuickOptions<Self>.group(preview, get: { $0.preview }, set: { $0.preview = $1 })) { first, _ in first }
        return QuickOptions(byName, validate: {
            try data.validate($0.data)
            try preview.validate($0.preview)
        })
    }
}

extension ValidateSettings {
    static func quickOptions() -> QuickOptions<Self> {
        let data = DataSettings.quickOptions()
        var byName: [String: QuickOption<Self>] = ["--articles": .value(String.self) { $0.articles = $1 }]
        byName.merge(QuickOptions<Self>.group(data, get: { $0.data }, set: { $0.data = $1 })) { first, _ in first }
        return QuickOptions(byName, validate: { try data.validate($0.data) })
    }
}

extension ExportSettings {
    static func quickOptions() -> QuickOptions<Self> {
        let data = DataSettings.quickOptions()
        var byName: [String: QuickOption<Self>] = [
            "--format": .value(ExportFormat.self) { $0.format = $1 },
            "--kind": .value(ExportKind.self) { $0.kind = $1 },
            "--district": .value(String.self) { $0.district = $1 },
            "--excel": .flag { $0.excel = true },
        ]
        byName.merge(QuickOptions<Self>.group(data, get: { $0.data }, set: { $0.data = $1 })) { first, _ in first }
        byName.merge(QuickOptions<Self>.group(QuerySettings.quickOptions(), get: { $0.query }, set: { $0.query = $1 })) { first, _ in first }
        return QuickOptions(byName, validate: { try data.validate($0.data) })
    }
}
