/// One moment as the session's two clocks read it. Everything that is scheduled (page
/// rotation, idle return, count-up, ticker, reload settling) uses `monotonic`, which never
/// jumps; `wall` only labels the on-screen time, so an NTP step of an hour moves the clock
/// display and nothing else.
public struct Instant: Equatable, Sendable {
    /// Seconds on a clock that only moves forward at a steady rate (CLOCK_MONOTONIC).
    public var monotonic: Double
    /// Seconds since 1970 (CLOCK_REALTIME); may step backwards or forwards at any time.
    public var wall: Double

    public init(monotonic: Double, wall: Double) {
        self.monotonic = monotonic
        self.wall = wall
    }
}
