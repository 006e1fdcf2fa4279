import ArgumentParser
import CityDashCore
import CityDashTerminal
import CityDashUI
#if canImport(Glibc)
import Glibc
#endif

/// The dashboard's options as plain values (see `CommandSettings`), and the session they start.
struct DashboardSettings: CommandSettings {
    var data = DataSettings()
    var view = ViewSettings()
    var kiosk = KioskSettings()

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            Console.error("citydash: standard output is not a terminal; the dashboard needs one.")
            Console.error("To print a frame as text, use: citydash render --width 120 --height 40")
            throw ExitStatus.notATerminal
        }
        // Before anything else touches the terminal: an unknown, unset or dumb TERM gets one
        // clear line and exit 2 (or a stand-in terminfo entry), never ncurses' own exit 1.
        let terminalType = TerminalType.resolve(term: FileSystem.environment()["TERM"])
        guard let terminalEntry = terminalType.entry else {
            if case .unusable(let message) = terminalType { Console.error(message) }
            throw ExitStatus.notATerminal
        }
        let dataset = try data.loadOrExit()
        let environment = TerminalEnvironment.prepare()
        var state = try view.initialState(dataset: dataset, width: 80, height: 24)
        state.asciiOnly = view.ascii || !environment.canShowCJK
        try kiosk.apply(to: &state, dataDirectory: data.directory,
                               environment: FileSystem.environment(),
                               language: view.lang, theme: view.theme)
        let wantColor: Bool = switch view.color {
        case .always: true
        case .never: false
        case .auto: !environment.noColorRequested
        }
        if case .fallback(let requested, let using) = terminalType {
            let shown = TerminalSanitizer.sanitize(requested)
            state.terminalNote = Localized(zh: "TERM=\(shown) 在此无 terminfo，改用 \(using)",
                                           en: "TERM=\(shown): no terminfo here, using \(using)")
        }
        let outcome = DashboardSession(state: state, wantColor: wantColor, terminalType: terminalEntry,
                                       dataDirectory: data.directory).run()
        switch outcome {
        case .quit:
            return
        case .signal(let signal):
            throw ExitCode(128 + signal)
        case .terminalLost:
            throw ExitCode(ExitStatus.software.rawValue)
        case .terminalUnavailable:
            Console.error("citydash: cannot start the terminal (TERM=\(FileSystem.environment()["TERM"] ?? ""))")
            throw ExitStatus.software
        }
    }
}
