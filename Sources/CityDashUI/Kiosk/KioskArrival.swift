/// How a kiosk page's headline figures arrive: the stated figures appear whole, at once, in a
/// highlight colour that fades through a second one into their own. Every frame shows exactly
/// the characters of the finished cards (they are drawn with their final values; this only
/// changes the roles of the figure cells afterwards), so no frame can show a value the
/// articles do not state, and no block digit is ever shown cut in half. Each frame changes
/// every figure cell's colour, so each wake-up of the schedule changes the screen.
public enum KioskArrival {
    /// The highlight of each frame, brightest first; after the last, the figures' own roles.
    static let highlights: [Role] = [.title, .accent]

    /// How far the arrival has got (0...1); 1 outside the loop, while a visitor browses and
    /// once the arrival is over.
    public static func progress(_ state: AppState) -> Double {
        guard let kiosk = state.kiosk, !kiosk.isPaused, kiosk.startedAt > 0 else { return 1 }
        return min(1, max(0, (state.now - kiosk.pageStartedAt + KioskState.tolerance) / KioskState.arrivalDuration))
    }

    /// The frame of the arrival shown at the current time, or nil when it is over or the page
    /// has no headline figures to animate.
    static func frame(_ state: AppState) -> Int? {
        let progress = progress(state)
        guard progress < 1, showsFigures(state) else { return nil }
        return min(highlights.count - 1, Int((progress * Double(highlights.count)).rounded(.down)))
    }

    /// Whether the current screen has headline cards or is a story page.
    static func showsFigures(_ state: AppState) -> Bool {
        if KioskStoryPage.story(state) != nil { return !state.isTooSmall }
        return state.panel == .overview && !state.isTooSmall && DashboardLayout(for: state).cards.height > 0
            && !Headlines.metrics(for: state, limit: 1).isEmpty
    }

    /// When the next frame of the arrival is due (monotonic seconds), or nil when none is.
    static func nextFrame(_ state: AppState) -> Double? {
        guard let kiosk = state.kiosk, let frame = frame(state) else { return nil }
        return kiosk.pageStartedAt + Double(frame + 1) * KioskState.arrivalDuration / Double(highlights.count)
    }

    /// Recolours the figure cells (roles `value` and `target`) of the headline area for the
    /// current frame. Only roles change; every character stays as drawn.
    public static func apply(_ state: AppState, in area: Rect, buffer: inout Buffer) {
        guard let frame = frame(state) else { return }
        let highlight = highlights[frame]
        let clipped = area.intersection(buffer.area)
        guard !clipped.isEmpty else { return }
        // The runs of figure cells, found first and recoloured after, a run at a time: reading
        // a cell at a time through the buffer and recolouring it alone cost more than drawing
        // the page. `cells` is let go before the buffer is written, so nothing is copied.
        var runs: [Rect] = []
        do {
            let cells = buffer.cells, width = buffer.area.width
            for y in clipped.y..<clipped.maxY {
                var start: Int?
                for x in clipped.x...clipped.maxX {
                    let role = x < clipped.maxX ? cells[y * width + x].role : .normal
                    let figure = role == .value || role == .target
                    if figure, start == nil { start = x }
                    if !figure, let first = start {
                        runs.append(Rect(x: first, y: y, width: x - first, height: 1))
                        start = nil
                    }
                }
            }
        }
        for run in runs { buffer.setRole(highlight, in: run) }
    }
}
