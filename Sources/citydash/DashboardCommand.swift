import ArgumentParser
import CityDashCore
import CityDashTerminal
import CityDashUI
import Foundation

/// `citydash` with no subcommand: the full-screen interactive dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the full-screen dashboard (the default command).",
        discussion: """
        Keys: 1-5 panels, Tab/arrows move, Enter details, d district, / search, l language, t theme, ? help, q quit.
        """)

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var viewOptions: ViewOptions

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            Console.error("citydash: standard output is not a terminal; the dashboard needs one.")
            Console.error("To print a frame as text, use: citydash render --width 120 --height 40")
            throw ExitStatus.notATerminal
        }
        let dataset = try dataOptions.loadOrExit()
        let environment = TerminalEnvironment.prepare()
        var state = try viewOptions.initialState(dataset: dataset, width: 80, height: 24)
        state.asciiOnly = viewOptions.ascii || !environment.canShowCJK
        let wantColor: Bool = switch viewOptions.color {
        case .always: true
        case .never: false
        case .auto: !environment.noColorRequested
        }
        let outcome = DashboardSession(state: state, wantColor: wantColor).run()
        switch outcome {
        case .quit:
            return
        case .signal(let signal):
            throw ExitCode(128 + signal)
        case .terminalLost:
            throw ExitCode(ExitStatus.software.rawValue)
        case .terminalUnavailable:
            Console.error("citydash: cannot start the terminal (TERM=\(ProcessInfo.processInfo.environment["TERM"] ?? ""))")
            throw ExitStatus.software
        }
    }
}
