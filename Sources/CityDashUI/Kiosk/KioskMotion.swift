/// Motion inside a kiosk page: the list's selection steps every `advance` seconds, and a long
/// list scrolls so that every item has been on screen before the page ends. The position is a
/// function of the time since the page appeared, never accumulated, so it cannot drift.
///
/// With `n` items, `r` visible rows and `s` steps in the page: a short list (n ≤ s) selects each
/// item in turn; a longer one jumps `stride = ⌈n/s⌉` items a step and scrolls the selection to
/// the top row, so consecutive screens overlap and together show all `n`. When even a screenful
/// a step is not enough (⌈n/r⌉ > s), the steps come faster: ⌈n/r⌉ of them in the page's time.
/// The page's duration never changes, so the playlist keeps the timing staff gave it. Every
/// step moves the selection (a long list goes round again after its last position).
public struct KioskMotion: Equatable, Sendable {
    public let count: Int
    public let rows: Int
    /// Seconds per step: the page's `advance`, or less when the list needs more steps.
    public let advance: Double
    /// Steps in the page, and items the selection jumps per step.
    public let steps: Int
    public let stride: Int
    public let duration: Double

    /// The motion of the current page, or nil outside the loop and on a story page (which
    /// shows no list). The state is borrowed (an initializer's parameter would be a copy of the
    /// whole state, made at each wake-up by `KioskSchedule`); only a list page copies it, for
    /// its layout.
    public init?(_ state: borrowing AppState) {
        guard let page = state.kiosk?.page, page.story == nil else { return nil }
        self.init(count: state.items.count, rows: DashboardLayout(for: copy state).listRows, advance: page.advance,
                  duration: page.duration)
    }

    public init(count: Int, rows: Int, advance: Double, duration: Double) {
        self.count = max(0, count)
        self.rows = max(1, rows)
        self.duration = max(0.001, duration)
        let configuredSteps = max(1, Int((self.duration / max(0.001, advance)).rounded(.down)))
        if self.count <= configuredSteps {
            steps = configuredSteps
            stride = 1
            self.advance = max(0.001, advance)
        } else {
            let screens = (self.count + self.rows - 1) / self.rows
            let wanted = max(configuredSteps, screens)
            stride = (self.count + wanted - 1) / wanted
            // Only as many steps as there are distinct positions, so every step moves.
            steps = (self.count + stride - 1) / stride
            self.advance = min(max(0.001, advance), self.duration / Double(wanted))
        }
    }

    /// Whether anything moves: a list of at least two items.
    public var moves: Bool { count > 1 }

    /// The step shown `age` seconds into the page.
    public func step(at age: Double) -> Int { max(0, Int(((age + KioskState.tolerance) / advance).rounded(.down))) }

    /// The selected row and, for lists stepped more than one item at a time, the first visible
    /// row (nil: leave scrolling to the usual keep-the-selection-in-view rule).
    public func position(at age: Double) -> (selection: Int, scroll: Int?) {
        guard count > 0 else { return (0, nil) }
        let step = step(at: age)
        if stride == 1 { return (step % count, nil) }
        let selection = min(count - 1, (step % steps) * stride)
        return (selection, min(selection, max(0, count - rows)))
    }

    /// When (seconds into the page) the step after the one at `age` begins.
    public func nextStep(after age: Double) -> Double { Double(step(at: age) + 1) * advance }
}
