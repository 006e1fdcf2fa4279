import CityDashCore

/// The attract loop's state. Everything here is fixed-size: the playlist is set at start,
/// the unlock buffer never grows past the unlock sequence, and animation and ticker
/// positions are computed from the clock rather than accumulated, so a week of running
/// leaves the state exactly as large as it started.
public struct KioskState: Equatable, Sendable {
    public struct Page: Equatable, Sendable {
        public var panel: PanelID
        public var district: DistrictFilter
        public var duration: Double
        /// Seconds between selection steps on the page's list (see `KioskMotion`).
        public var advance: Double = KioskState.defaultAdvance
        /// The figures of a story page (drawn by `KioskStoryPage` while the loop runs; a
        /// visitor's first key shows the overview with the first of them selected); nil for a
        /// panel page.
        public var story: KioskStory?

        public init(panel: PanelID, district: DistrictFilter, duration: Double,
                    advance: Double = KioskState.defaultAdvance, story: KioskStory? = nil) {
            self.panel = panel
            self.district = district
            self.duration = duration
            self.advance = advance
            self.story = story
        }
    }

    public var playlist: [Page]
    public var index: Int = 0
    /// When the current page appeared (monotonic seconds, the clock of `AppState.now`).
    public var pageStartedAt: Double = 0
    /// A visitor is using the keyboard: the loop is paused.
    public var isPaused: Bool = false
    public var lastInputAt: Double = 0
    public var idleTimeout: Double
    /// Typed sequence that exits; empty means there is no keyboard exit.
    public var unlock: [Character]
    /// The last keys typed, at most `unlock.count` of them.
    public var recentKeys: [Character] = []
    public var homeLanguage: Language
    /// The theme the loop runs in; the idle reset returns to it.
    public var homeTheme: ThemeName = .dark
    /// Minutes between one-cell moves of the frame against burn-in (nil: never); see `KioskShift`.
    public var shiftMinutes: Double?
    /// The margin the booth was started with; the shift moves the frame inside it plus one cell.
    public var baseMargin: Margin = .zero
    /// Metric ids shown in the ticker.
    public var ticker: [String]
    /// The ticker's text as composed at the last page turn or data reload, for the language
    /// and ASCII mode it was composed in (see `KioskChrome.tickerText`).
    public var tickerCache: TickerCache?

    /// Composing the ticker's text (figures, years, sources, short titles) on each of its four
    /// steps a second cost more than drawing it, so the loop keeps the text, and the text laid
    /// out as cells once (`strip`): a step copies a slice of it instead of laying it out again.
    public struct TickerCache: Equatable, Sendable {
        public var language: Language
        public var ascii: Bool
        public var text: String
        /// `text` as `Buffer.write` places it on a row exactly `DisplayWidth.of(text)` columns
        /// wide, in the ticker's role: one period of the scrolling line.
        public var strip: [Cell]
    }
    /// Where everything goes on the story page on screen (see `KioskStoryPage.Placement`); nil
    /// on other pages, and until the reducer has worked it out.
    public var storyPlacement: KioskStoryPage.Placement?
    /// When the loop started (monotonic); the ticker position counts from here. 0 until the
    /// first tick.
    public var startedAt: Double = 0
    /// The wall clock (seconds since 1970) at the last tick: only the on-screen HH:MM reads it.
    public var wallClock: Double = 0
    /// Seconds east of UTC for the clock.
    public var utcOffset: Int

    public init(playlist: [Page], idleTimeout: Double, unlock: String?, homeLanguage: Language,
                ticker: [String], utcOffset: Int) {
        self.playlist = playlist.isEmpty ? [Page(panel: .overview, district: .all, duration: 20)] : playlist
        self.idleTimeout = idleTimeout
        self.unlock = Array(unlock ?? "")
        self.homeLanguage = homeLanguage
        self.ticker = ticker
        self.utcOffset = utcOffset
    }

    public var page: Page { playlist[min(max(0, index), playlist.count - 1)] }

    /// Seconds the arrival of a new page's figures lasts (see `KioskArrival`).
    public static let arrivalDuration = 0.8
    /// Slack added to an age before it is cut into steps: a wake-up computed as start + k·step
    /// can come out a hair below k·step in floating point, and must still show step k.
    public static let tolerance = 1e-6
    /// Default seconds between selection steps on a list page.
    public static let defaultAdvance = 4.0
    /// Ticker speed, in columns per second, and how often it steps.
    public static let tickerColumnsPerSecond = 4.0
    public static let tickerStep = 0.25
}
