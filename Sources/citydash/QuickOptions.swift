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
