import ArgumentParser
import CityDashCore
#if canImport(Glibc)
import Glibc
#endif

/// The process entry point: ArgumentParser's `main()` with three changes a newcomer needs.
/// Every message goes through `Console` (checked writes, exit 74 when output fails), the
/// top-level help also lists the dashboard's own options, and two common slips are helped:
/// a mistyped subcommand gets the nearest name, and options written before the subcommand
/// (`citydash --data X render`) are moved after it. The everyday lines are read by
/// `QuickCommandLine`, which starts far faster; the rest by ArgumentParser.
@main
enum CommandLineEntry {
    static func main() {
        let arguments = CommandLineRepair.reordered(Array(CommandLine.arguments.dropFirst()))
        if CommandLineRepair.isTopLevelHelp(arguments) {
            Console.output(CommandLineRepair.topLevelHelp(columns: terminalColumns()))
            exit(0)
        }
        if let typo = CommandLineRepair.misspelledSubcommand(arguments) {
            Console.error("citydash: '\(typo.word)' is not a command; did you mean '\(typo.suggestion)'?")
            Console.error("See 'citydash --help'.")
            exit(ExitStatus.usage.rawValue)
        }
        do {
            // The everyday lines skip ArgumentParser's reflection (QuickCommandLine says why);
            // everything else, help and errors included, is ArgumentParser's.
            if let settings = QuickCommandLine.parse(arguments) {
                try settings.run()
            } else {
                var command = try CityDash.parseAsRoot(arguments)
                try command.run()
            }
        } catch let code as ExitCode {
            // The commands' own exits (ExitStatus: the message is already on stderr). ArgumentParser
            // would map this to itself with no message, after 3.3 M instructions of reflection.
            exit(code.rawValue)
        } catch {
            let code = CityDash.exitCode(for: error)
            let message = CityDash.fullMessage(for: error, columns: terminalColumns())
            if !message.isEmpty {
                // ArgumentParser quotes what was typed ("Unknown option '--x…'"): sanitize each
                // line like data, so a pasted escape sequence cannot reach the terminal.
                let shown = message.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { TerminalSanitizer.sanitize(String($0)) }.joined(separator: "\n")
                if code == .success { Console.output(shown + "\n") } else { Console.error(shown) }
            }
            exit(code.rawValue)
        }
    }

    /// The width help is wrapped to: the terminal's, else 80.
    static func terminalColumns() -> Int? {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 { return Int(size.ws_col) }
        return 80
    }
}
