/// The body rows the district page or a board drew for the last state, given back while the
/// state stays equal: a frame redrawn with nothing changed (a resize to the same size, a key
/// that changes nothing, `render --frames`) copies rows instead of querying, wrapping and
/// laying out the page again.
///
/// The key is the whole `AppState` (and the body's rectangle), not a list of the fields a
/// page reads: drawing is a pure function of the state, so an equal state draws equal rows,
/// and any change (data, district, filter, search, language, selection, size, theme, a new
/// field) is a miss. Comparing states is cheap because equal states share their arrays'
/// storage. Only a body as wide as the frame is kept: its rows then hold nothing else.
public final class PanelBodyCache: @unchecked Sendable {
    struct Entry {
        var state: AppState
        var body: Rect
        var rows: [[Cell]]
    }

    public static let shared = PanelBodyCache()

    public init() {}

    private let lock = RenderLock()
    private var entry: Entry?

    /// Draws the body with `draw`, or copies the rows `draw` made for an equal state.
    func render(_ state: AppState, in body: Rect, buffer: inout Buffer, _ draw: (inout Buffer) -> Void) {
        let width = buffer.area.width
        guard !body.isEmpty, body.x == 0, body.width == width, body.y >= 0, body.maxY <= buffer.area.height else {
            draw(&buffer)
            return
        }
        let kept = lock.withLock { () -> [[Cell]]? in
            guard let entry, entry.body == body, entry.state == state else { return nil }
            return entry.rows
        }
        if let kept {
            for (offset, row) in kept.enumerated() { buffer.replaceRow(body.y + offset, with: row) }
            return
        }
        draw(&buffer)
        let rows = (body.y..<body.maxY).map { y in Array(buffer.cells[(y * width)..<((y + 1) * width)]) }
        lock.withLock { entry = Entry(state: state, body: body, rows: rows) }
    }
}
