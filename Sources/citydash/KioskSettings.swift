import ArgumentParser
import CityDashCore
import CityDashUI
#if canImport(Glibc)
import Glibc
#endif

/// The kiosk options as plain values (see `CommandSettings`), checked and applied to the state.
struct KioskSettings {
    var kiosk = false
    var rotate: Int?
    var idle: Int?
    var margin: String?
    var kioskConfig: String?

    func validate() throws {
        if let rotate, !(1...86_400).contains(rotate) { throw ValidationError("--rotate must be 1...86400 seconds") }
        if let idle, !(1...86_400).contains(idle) { throw ValidationError("--idle must be 1...86400 seconds") }
        if let margin, Margin(parsing: margin) == nil {
            throw ValidationError("--margin takes TOP,RIGHT,BOTTOM,LEFT (0...100 each) or one number, e.g. 1,2,1,2")
        }
        if let problem = Self.marginProblem(parsedMargin, terminal: Self.terminalSize()) {
            throw ValidationError(problem)
        }
    }

    /// Why `margin` cannot be used on a terminal of `terminal` size, or nil: it must leave the
    /// dashboard its minimum size (80x24) inside the terminal it starts on, or the screen would
    /// be blank. Nil when the size is unknown (not a terminal: the dashboard refuses that itself).
    static func marginProblem(_ margin: Margin, terminal: (width: Int, height: Int)?) -> String? {
        guard margin != .zero, let terminal else { return nil }
        let width = terminal.width - margin.left - margin.right
        let height = terminal.height - margin.top - margin.bottom
        guard width < AppState.minimumWidth || height < AppState.minimumHeight else { return nil }
        return "--margin \(margin.top),\(margin.right),\(margin.bottom),\(margin.left) leaves \(max(0, width))x\(max(0, height)) "
            + "of this \(terminal.width)x\(terminal.height) terminal; the dashboard needs "
            + "\(AppState.minimumWidth)x\(AppState.minimumHeight) inside the margins"
    }

    /// Seconds the local time zone is ahead of UTC now (from the C library's `localtime_r`).
    static func localUTCOffset() -> Int {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return 0 }
        return parts.tm_gmtoff
    }

    /// The size of the terminal on standard output, nil when it is not one.
    static func terminalSize() -> (width: Int, height: Int)? {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0,
              size.ws_col > 0, size.ws_row > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    /// The kiosk file (`file`, or kiosk.yaml in the data directory), or exit 65 after printing
    /// its problems. Shared with `render --kiosk-page`.
    static func loadConfig(_ file: String?, dataDirectory: FilePath, dataset: Dataset) throws -> KioskConfig {
        let url = file.map { FilePath($0) } ?? dataDirectory.appendingPathComponent(KioskConfigLoader.fileName)
        let (config, diagnostics) = KioskConfigLoader().load(url, dataset: dataset)
        guard diagnostics.isEmpty else {
            for diagnostic in diagnostics { Console.error(diagnostic.description) }
            throw ExitStatus.dataError
        }
        return config
    }

    var parsedMargin: Margin { margin.flatMap(Margin.init(parsing:)) ?? .zero }

    /// Adds the kiosk state to `state`, or exits 65 when the kiosk file has errors. `language`
    /// and `theme` (`--lang`, `--theme` when given) override kiosk.yaml, as `--rotate` does.
    func apply(to state: inout AppState, dataDirectory: FilePath, environment: [String: String],
               language: Language? = nil, theme: ThemeName? = nil) throws {
        state.margin = parsedMargin
        guard kiosk else { return }
        let config = try Self.loadConfig(kioskConfig, dataDirectory: dataDirectory, dataset: state.dataset)
        let unlock = environment["CITYDASH_UNLOCK"].flatMap { $0.isEmpty ? nil : $0 }
        state.kiosk = KioskState(config: config, dataset: state.dataset, rotate: rotate.map(Double.init),
                                 idle: idle.map(Double.init), unlock: unlock,
                                 utcOffset: Self.localUTCOffset())
        if let language { state.kiosk?.homeLanguage = language }
        if let theme { state.kiosk?.homeTheme = theme }
        state.language = state.kiosk?.homeLanguage ?? state.language
        state.theme = state.kiosk?.homeTheme ?? state.theme
    }
}
