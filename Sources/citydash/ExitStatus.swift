import ArgumentParser

/// The exit codes citydash documents (README "Exit codes"); the numbers follow BSD sysexits.
enum ExitStatus {
    /// Stdout is not a terminal, so the interactive dashboard cannot start.
    static let notATerminal = ExitCode(2)
    /// Bad command-line usage (unknown option, unknown district, ...).
    static let usage = ExitCode(64)
    /// The data has errors; each is printed as FILE:LINE:COLUMN: message.
    static let dataError = ExitCode(65)
    /// The data directory is missing or unreadable.
    static let noInput = ExitCode(66)
    /// The terminal could not be set up.
    static let software = ExitCode(70)
    /// `generate` could not write its output directory.
    static let cannotCreate = ExitCode(73)
    /// Output could not be written (a full disk, a closed descriptor, a closed pipe).
    static let ioError = ExitCode(74)
}
