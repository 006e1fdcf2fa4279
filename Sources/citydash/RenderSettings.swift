import ArgumentParser
import CityDashCore
import CityDashUI
#if canImport(Glibc)
import Glibc
#endif

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
    var stepKeys = ""

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
        // One frame: nothing drawn is drawn again, so nothing is kept (`--frames` keeps them).
        if frames == 1 { state.drawOnce() }
        var buffer = DashboardView.render(state)
        let steps = Array(stepKeys)
        for frame in 1..<frames {
            if !steps.isEmpty { AppReducer.reduce(&state, .key(.character(steps[(frame - 1) % steps.count]))) }
            buffer = DashboardView.render(state)
        }
        if view.color == .always {
            Console.output(AnsiRenderer.lines(buffer, theme: .named(state.theme)).joined(separator: "\n") + "\n")
        } else {
            Console.output(bytes: buffer.utf8Text)
        }
        // The frame is written and nothing else is left to do: end here rather than release
        // the state, its remembered regions and the data set one object at a time (a third of
        // a million instructions at 200x60 that nobody waits for).
        exit(0)
    }
}
