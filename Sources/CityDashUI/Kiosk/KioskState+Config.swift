import CityDashCore

extension KioskState {
    /// The loop described by a kiosk config, with command-line overrides applied.
    /// Pages naming an unknown district fall back to the whole city. A story page runs on the
    /// overview, which a visitor sees when they press a key.
    public init(config: KioskConfig, dataset: Dataset, rotate: Double?, idle: Double?, unlock: String?,
                utcOffset: Int) {
        let pages = config.playlist.compactMap { page -> Page? in
            if let story = page.story {
                return Page(panel: .overview, district: .all, duration: rotate ?? page.duration ?? config.rotate,
                            story: story)
            }
            guard let panel = PanelID(rawValue: page.panel) else { return nil }
            let district: DistrictFilter = page.district.flatMap { dataset.district($0) }.map { .district($0.id) } ?? .all
            return Page(panel: panel, district: district, duration: rotate ?? page.duration ?? config.rotate,
                        advance: page.advance ?? config.advance)
        }
        let ticker = config.ticker.isEmpty ? Headlines.cityIDs.filter { dataset.metric($0) != nil } : config.ticker
        self.init(playlist: pages, idleTimeout: idle ?? config.idle, unlock: unlock ?? config.unlock,
                  homeLanguage: Language(rawValue: config.language) ?? .zh, ticker: ticker, utcOffset: utcOffset)
        homeTheme = config.theme.flatMap(ThemeName.init(rawValue:)) ?? .dark
        shiftMinutes = config.shiftMinutes.map(Double.init)
    }
}
