import ArgumentParser

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
