/// A command's options as plain values, and what the command does with them.
///
/// The ArgumentParser structs (`RenderCommand`, `DataOptions`, ...) describe the command line
/// for help, errors and completion, and convert to these (`settings`); `QuickCommandLine` makes
/// these directly for the everyday lines, so such a start never touches ArgumentParser's
/// property wrappers and their generic metadata. Defaults are written in both places;
/// QuickCommandLineTests checks that they agree.
protocol CommandSettings {
    /// The command's own checks (ArgumentParser's `validate()`), besides its option groups'.
    func validate() throws
    func run() throws
}

extension CommandSettings {
    func validate() throws {}
}
