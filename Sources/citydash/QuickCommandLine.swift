import ArgumentParser
import CityDashCore
import CityDashUI

/// The everyday command lines (`citydash render --width 160 --height 48`, the dashboard with
/// a few options, `validate --data DIR`), read without ArgumentParser's reflection.
///
/// ArgumentParser learns a command's options by reflecting over its structs (and builds the
/// matched subcommand's option set up to three times), which costs about 27 M instructions at
/// every start: a third of a cold `render`, and a few MB of the binary's pages touched by the
/// runtime's type and conformance look-ups. Even a command with one option costs it 6.7 M
/// instructions, three times a Swift hello-world (bench/README numbers in the issue-11 report).
///
/// This reads only what it fully understands: a known subcommand (or none: the dashboard), then
/// `--name value` and `--flag` words it knows, each at most once, into the same command structs,
/// with the same conversions (`ExpressibleByArgument.init(argument:)`) and the same `validate()`
/// of every option group and the command. Anything else returns nil and ArgumentParser parses
/// the line as before, so help, `--version`, every error message and exit code stay its own:
/// `--name=value`, short options, `--`, a repeated option, a missing or empty value, a value that
/// begins with `-` or is a subcommand's name, a value that does not convert, a failed validation.
/// QuickCommandLineTests checks that every line this accepts gives ArgumentParser's command.
enum QuickCommandLine {
    /// The command `arguments` (without the program name) ask for, or nil to let
    /// ArgumentParser parse them.
    static func parse(_ arguments: [String]) -> (any ParsableCommand)? {
        var words = arguments[...]
        var name = "dashboard"
        if let first = words.first, !first.hasPrefix("-") {
            name = first
            words = words.dropFirst()
        }
        switch name {
        case "dashboard": return read(words, into: DashboardCommand.defaults, DashboardCommand.quickOptions())
        case "render": return read(words, into: RenderCommand.defaults, RenderCommand.quickOptions())
        case "validate": return read(words, into: ValidateCommand.defaults, ValidateCommand.quickOptions())
        case "export": return read(words, into: ExportCommand.defaults, ExportCommand.quickOptions())
        default: return nil  // `generate` (required options), `help`, anything else
        }
    }

    /// Applies `words` to the command `start` makes, then validates it; nil at the first thing
    /// not understood (checked before the command is made, so a line for ArgumentParser costs
    /// little here).
    static func read<Command: ParsableCommand>(_ words: ArraySlice<String>, into start: () -> Command,
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
        var command = start()
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

/// One `--name` the quick reader knows: a flag, or an option whose setter returns false when
/// the value does not convert.
enum QuickOption<Command> {
    case flag((inout Command) -> Void)
    case value((inout Command, String) -> Bool)

    /// An option of type `type`, converted as ArgumentParser converts it.
    static func value<Value: ExpressibleByArgument>(_ type: Value.Type,
                                                    _ set: @escaping (inout Command, Value) -> Void) -> Self {
        .value { command, word in
            guard let value = Value(argument: word) else { return false }
            set(&command, value)
            return true
        }
    }
}

/// A command's options for the quick reader, and the `validate()` of its option groups
/// (ArgumentParser runs those before the command's own).
struct QuickOptions<Command> {
    var byName: [String: QuickOption<Command>]
    var validate: (Command) throws -> Void

    init(_ byName: [String: QuickOption<Command>], validate: @escaping (Command) throws -> Void = { _ in }) {
        self.byName = byName
        self.validate = validate
    }

    /// A group's options, reached through `get` and `set` from the command.
    static func group<Group>(_ options: QuickOptions<Group>, get: @escaping (Command) -> Group,
                             set: @escaping (inout Command, Group) -> Void) -> [String: QuickOption<Command>] {
        options.byName.mapValues { option -> QuickOption<Command> in
            switch option {
            case .flag(let apply):
                return .flag { command in
                    var group = get(command)
                    apply(&group)
                    set(&command, group)
                }
            case .value(let apply):
                return .value { command, word in
                    var group = get(command)
                    guard apply(&group, word) else { return false }
                    set(&command, group)
                    return true
                }
            }
        }
    }
}

// MARK: - Every option with its default, as declared on the command structs

extension DataOptions {
    static func defaults() -> Self {
        var options = Self()
        options.data = nil
        return options
    }

    static func quickOptions() -> QuickOptions<Self> {
        QuickOptions(["--data": .value(String.self) { $0.data = $1 }], validate: { try $0.validate() })
    }
}

extension QueryOptions {
    static func defaults() -> Self {
        var options = Self()
        options.category = nil
        options.status = nil
        options.year = nil
        options.source = nil
        options.search = nil
        options.sort = .source
        options.group = .none
        return options
    }

    static func quickOptions() -> QuickOptions<Self> {
        QuickOptions([
            "--category": .value(Category.self) { $0.category = $1 },
            "--status": .value(MetricKind.self) { $0.status = $1 },
            "--year": .value(Int.self) { $0.year = $1 },
            "--source": .value(String.self) { $0.source = $1 },
            "--search": .value(String.self) { $0.search = $1 },
            "--sort": .value(RecordSort.self) { $0.sort = $1 },
            "--group": .value(RecordGrouping.self) { $0.group = $1 },
        ], validate: { var options = $0; try options.validate() })
    }
}

extension ViewOptions {
    static func defaults() -> Self {
        var options = Self()
        options.panel = nil
        options.district = nil
        options.lang = nil
        options.theme = nil
        options.color = .auto
        options.ascii = false
        options.queryOptions = QueryOptions.defaults()
        options.exportDir = nil
        return options
    }

    static func quickOptions() -> QuickOptions<Self> {
        let query = QueryOptions.quickOptions()
        let own: [String: QuickOption<Self>] = [
            "--panel": .value(PanelID.self) { $0.panel = $1 },
            "--district": .value(String.self) { $0.district = $1 },
            "--lang": .value(Language.self) { $0.lang = $1 },
            "--theme": .value(ThemeName.self) { $0.theme = $1 },
            "--color": .value(ColorChoice.self) { $0.color = $1 },
            "--ascii": .flag { $0.ascii = true },
            "--export-dir": .value(String.self) { $0.exportDir = $1 },
        ]
        let grouped = QuickOptions<Self>.group(query, get: { $0.queryOptions }, set: { $0.queryOptions = $1 })
        return QuickOptions(own.merging(grouped) { first, _ in first }, validate: {
            try query.validate($0.queryOptions)
            var options = $0
            try options.validate()
        })
    }
}

extension KioskOptions {
    static func defaults() -> Self {
        var options = Self()
        options.kiosk = false
        options.rotate = nil
        options.idle = nil
        options.margin = nil
        options.kioskConfig = nil
        return options
    }

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

extension KioskPreviewOptions {
    static func defaults() -> Self {
        var options = Self()
        options.kioskPage = nil
        options.at = nil
        options.kioskConfig = nil
        return options
    }

    static func quickOptions() -> QuickOptions<Self> {
        QuickOptions([
            "--kiosk-page": .value(Int.self) { $0.kioskPage = $1 },
            "--at": .value(Double.self) { $0.at = $1 },
            "--kiosk-config": .value(String.self) { $0.kioskConfig = $1 },
        ], validate: { try $0.validate() })
    }
}

extension DashboardCommand {
    static func defaults() -> Self {
        var command = Self()
        command.dataOptions = DataOptions.defaults()
        command.viewOptions = ViewOptions.defaults()
        command.kioskOptions = KioskOptions.defaults()
        return command
    }

    static func quickOptions() -> QuickOptions<Self> {
        let data = DataOptions.quickOptions(), view = ViewOptions.quickOptions(), kiosk = KioskOptions.quickOptions()
        var byName = QuickOptions<Self>.group(data, get: { $0.dataOptions }, set: { $0.dataOptions = $1 })
        byName.merge(QuickOptions<Self>.group(view, get: { $0.viewOptions }, set: { $0.viewOptions = $1 })) { first, _ in first }
        byName.merge(QuickOptions<Self>.group(kiosk, get: { $0.kioskOptions }, set: { $0.kioskOptions = $1 })) { first, _ in first }
        return QuickOptions(byName, validate: {
            try data.validate($0.dataOptions)
            try view.validate($0.viewOptions)
            try kiosk.validate($0.kioskOptions)
        })
    }
}

extension RenderCommand {
    static func defaults() -> Self {
        var command = Self()
        command.dataOptions = DataOptions.defaults()
        command.viewOptions = ViewOptions.defaults()
        command.kioskPreview = KioskPreviewOptions.defaults()
        command.width = 80
        command.height = 24
        command.select = nil
        command.detail = false
        command.frames = 1
        command.keys = ""
        return command
    }

    static func quickOptions() -> QuickOptions<Self> {
        let data = DataOptions.quickOptions(), view = ViewOptions.quickOptions()
        let preview = KioskPreviewOptions.quickOptions()
        var byName: [String: QuickOption<Self>] = [
            "--width": .value(Int.self) { $0.width = $1 },
            "--height": .value(Int.self) { $0.height = $1 },
            "--select": .value(Int.self) { $0.select = $1 },
            "--detail": .flag { $0.detail = true },
            "--frames": .value(Int.self) { $0.frames = $1 },
            "--keys": .value(String.self) { $0.keys = $1 },
        ]
        byName.merge(QuickOptions<Self>.group(data, get: { $0.dataOptions }, set: { $0.dataOptions = $1 })) { first, _ in first }
        byName.merge(QuickOptions<Self>.group(view, get: { $0.viewOptions }, set: { $0.viewOptions = $1 })) { first, _ in first }
        byName.merge(QuickOptions<Self>.group(preview, get: { $0.kioskPreview }, set: { $0.kioskPreview = $1 })) { first, _ in first }
        return QuickOptions(byName, validate: {
            try data.validate($0.dataOptions)
            try view.validate($0.viewOptions)
            try preview.validate($0.kioskPreview)
        })
    }
}

extension ValidateCommand {
    static func defaults() -> Self {
        var command = Self()
        command.dataOptions = DataOptions.defaults()
        command.articles = nil
        return command
    }

    static func quickOptions() -> QuickOptions<Self> {
        let data = DataOptions.quickOptions()
        var byName: [String: QuickOption<Self>] = ["--articles": .value(String.self) { $0.articles = $1 }]
        byName.merge(QuickOptions<Self>.group(data, get: { $0.dataOptions }, set: { $0.dataOptions = $1 })) { first, _ in first }
        return QuickOptions(byName, validate: { try data.validate($0.dataOptions) })
    }
}

extension ExportCommand {
    static func defaults() -> Self {
        var command = Self()
        command.dataOptions = DataOptions.defaults()
        command.format = .json
        command.kind = nil
        command.district = nil
        command.queryOptions = QueryOptions.defaults()
        command.excel = false
        return command
    }

    static func quickOptions() -> QuickOptions<Self> {
        let data = DataOptions.quickOptions(), query = QueryOptions.quickOptions()
        var byName: [String: QuickOption<Self>] = [
            "--format": .value(ExportFormat.self) { $0.format = $1 },
            "--kind": .value(ExportKind.self) { $0.kind = $1 },
            "--district": .value(String.self) { $0.district = $1 },
            "--excel": .flag { $0.excel = true },
        ]
        byName.merge(QuickOptions<Self>.group(data, get: { $0.dataOptions }, set: { $0.dataOptions = $1 })) { first, _ in first }
        byName.merge(QuickOptions<Self>.group(query, get: { $0.queryOptions }, set: { $0.queryOptions = $1 })) { first, _ in first }
        return QuickOptions(byName, validate: {
            try data.validate($0.dataOptions)
            try query.validate($0.queryOptions)
        })
    }
}
