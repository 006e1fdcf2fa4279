import ArgumentParser

/// An enum with String raw values, given on the command line by its raw value (`--panel towns`).
///
/// It spells out what ArgumentParser would otherwise derive for every such enum through a key
/// path and `String(describing:)` each time a command's options are described (help, errors,
/// completion scripts): key-path instantiation and runtime conformance look-ups, 4.8 M
/// instructions for a command line of citydash's shape. The values, descriptions and
/// completions are the same as ArgumentParser's own.
protocol ArgumentEnum: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension ArgumentEnum {
    public var defaultValueDescription: String { rawValue }
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    /// ArgumentParser lists a value's description only when it differs from the value, which
    /// for these it never does.
    public static var allValueDescriptions: [String: String] { [:] }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
