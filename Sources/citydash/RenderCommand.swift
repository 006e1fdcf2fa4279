import ArgumentParser
import CityDashCore
import CityDashUI
#if canImport(Glibc)
import Glibc
#endif

/// `citydash render`: print the frame the dashboard would show, as text.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print one dashboard frame as text: exactly H lines of W columns (as glibc wcwidth counts them).",
        discussion: """
        The frame is drawn by the same code as the interactive screen; tests, docs and \
        screenshots use it.

        Examples:
          citydash render --width 80 --height 24
          citydash render --width 160 --height 48 --panel zones --select 2 --detail --lang en
          citydash render --width 120 --height 40 --color always | less -R
          citydash render --width 120 --height 36 --kiosk-page 2 --at 8     the booth's page 2, 8 s in
        """)

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var viewOptions: ViewOptions
    @OptionGroup(title: "Kiosk preview") var kioskPreview: KioskPreviewOptions

    @Option(help: "Frame width in columns.")
    var width: Int = 80

    @Option(help: "Frame height in rows.")
    var height: Int = 24

    @Option(help: ArgumentHelp("Select the Nth item (1-based) of the panel's list; past its end, the last.", valueName: "n"))
    var select: Int?

    @Flag(help: "Open the detail view of the selected item.")
    var detail = false

    /// For profiling (`bench/callgrind.sh`): the per-frame cost is the difference between
    /// `--frames N+1` and `--frames 1`, without loading or start-up.
    @Option(help: .hidden)
    var frames: Int = 1

    /// For profiling and trying keys: each character is pressed, through the reducer, after
    /// `--select` (`--keys /数字` searches; a keystroke's cost is the difference from `--keys /数`).
    @Option(help: .hidden)
    var keys: String = ""

    var settings: RenderSettings {
        RenderSettings(data: dataOptions.settings, view: viewOptions.settings, preview: kioskPreview.settings,
                       width: width, height: height, select: select, detail: detail, frames: frames, keys: keys)
    }

    func validate() throws { try settings.validate() }

    func run() throws { try settings.run() }
}

/// `render`'s options as plain values (see `CommandSettings`), and the frame they print.
struct RenderSettings: CommandSettings {
    var data = DataSettings()
    var view = ViewSettings()
    var preview = KioskPreviewSettings()
    var width = 80
    var height = 24
    var select: Int?
    var detail = false
    var frames = 1
    var keys = ""

    func validate() throws {
        guard (1...2000).contains(width), (1...1000).contains(height) else {
            throw ValidationError("--width must be 1...2000 and --height 1...1000")
        }
        guard (1...100_000).contains(frames) else { throw ValidationError("--frames must be 1...100000") }
        if let select, select < 1 { throw ValidationError("--select counts from 1") }
    }

    func run() throws {
        let dataset = try data.loadOrExit()
        var state = try view.initialState(dataset: dataset, width: width, height: height)
        try preview.apply(to: &state, dataDirectory: data.directory, language: view.lang,
                               theme: view.theme)
        if let select {
            // Past the end of the list selects its last item, without stepping through millions of rows.
            for _ in 1..<max(1, min(select, state.items.count)) { AppReducer.reduce(&state, .key(.down)) }
        }
        for key in keys { AppReducer.reduce(&state, .key(.character(key))) }
        if detail { AppReducer.reduce(&state, .key(.enter)) }
        var buffer = DashboardView.render(state)
        for _ in 1..<frames { buffer = DashboardView.render(state) }
        let colored = view.color == .always
        let lines = colored ? AnsiRenderer.lines(buffer, theme: .named(state.theme)) : buffer.lines
        Console.output(lines.joined(separator: "\n") + "\n")
    }
}
