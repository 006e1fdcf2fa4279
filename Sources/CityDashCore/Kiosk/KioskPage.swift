/// One page of the kiosk's attract loop: a panel, optionally narrowed to a district, shown
/// for its own duration or the playlist's default; or a story page (`panel: story`) that
/// features one to three figures (`story`).
public struct KioskPage: Hashable, Sendable {
    /// Panel name as `--panel` takes it (overview, towns, zones, actions, projects, district),
    /// or `story`.
    public var panel: String
    public var district: String?
    /// Seconds; nil uses the default rotation.
    public var duration: Double?
    /// Seconds between selection steps on this page; nil uses the playlist's `advance`.
    public var advance: Double?
    /// The figures of a story page; nil for a panel page.
    public var story: KioskStory?

    public init(panel: String, district: String? = nil, duration: Double? = nil, advance: Double? = nil,
                story: KioskStory? = nil) {
        self.panel = panel
        self.district = district
        self.duration = duration
        self.advance = advance
        self.story = story
    }
}
