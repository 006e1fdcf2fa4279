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

    /// For profiling a frame that follows a key (what a user waits for), not a redraw of an
    /// unchanged state: before each frame after the first, the next of these characters is
    /// pressed, in turn (`--frames 51 --step-keys jk` moves the selection down and up).
    @Option(help: .hidden)
    var stepKeys: String = ""

    var settings: RenderSettings {
        RenderSettings(data: dataOptions.settings, view: viewOptions.settings, preview: kioskPreview.settings,
                       width: width, height: height, select: select, detail: detail, frames: frames, keys: keys,
                       stepKeys: stepKeys)
    }

    func validate() throws { try settings.validate() }

    func run() throws { try settings.run() }
}
