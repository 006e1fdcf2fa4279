import CityDashCore

/// What kiosk mode adds to the screen: the clock, the scrolling ticker of highlights, the
/// time left on the current page, and the hint that tells a visitor what to press.
public enum KioskChrome {
    public static let attractHint = Localized(zh: "按任意键浏览", en: "Press any key to explore")
    public static let visitorHint = Localized(zh: "按 ? 查看帮助 · 方向键浏览 · Enter 详情",
                                              en: "Press ? for help · arrows to browse · Enter for details")

    /// `HH:MM` of the wall clock in the kiosk's time zone.
    public static func clock(_ state: AppState) -> String {
        guard let kiosk = state.kiosk else { return "" }
        let minutes = clockMinute(kiosk)
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    /// The minute of the day the clock shows.
    static func clockMinute(_ kiosk: KioskState) -> Int {
        let seconds = Int((kiosk.wallClock + KioskState.tolerance).rounded(.down)) + kiosk.utcOffset
        return ((seconds / 60) % (24 * 60) + 24 * 60) % (24 * 60)
    }

    /// The ticker's text for the screen's language: the loop's cached text when it was
    /// composed for that language, else composed now (a visitor switched language).
    static func tickerText(_ state: AppState) -> String {
        if let cache = state.kiosk?.tickerCache, cache.language == state.displayLanguage, cache.ascii == state.asciiOnly {
            return cache.text
        }
        return composeTickerText(state)
    }

    /// The ticker's text laid out as one period of cells (see `KioskState.TickerCache.strip`):
    /// the loop's cached strip, or laid out now like `tickerText`.
    static func tickerStrip(_ state: AppState) -> [Cell] {
        if let cache = state.kiosk?.tickerCache, cache.language == state.displayLanguage, cache.ascii == state.asciiOnly {
            return cache.strip
        }
        return strip(of: composeTickerText(state))
    }

    /// `text` written on a row exactly as wide as it, over the ticker's background.
    static func strip(of text: String) -> [Cell] {
        let length = DisplayWidth.of(text)
        guard length > 0 else { return [] }
        var row = Buffer(width: length, height: 1)
        row.fill(row.area, role: .accent)
        row.write(text, x: 0, y: 0, role: .accent)
        return row.cells
    }

    /// Composes the ticker's text again and keeps it in the kiosk state: at each page turn
    /// (which also resets the language) and after a data reload.
    static func refreshTickerCache(_ state: inout AppState) {
        guard state.kiosk != nil else { return }
        let text = composeTickerText(state)
        let cache = KioskState.TickerCache(language: state.displayLanguage, ascii: state.asciiOnly,
                                           text: text, strip: strip(of: text))
        state.kiosk?.tickerCache = cache
    }

    /// The ticker's text: every entry is figure, name, time and where it comes from, e.g.
    /// "4.32万亿元 全市生产总值 2021年（科创板日报）"; an article that names no outlet is named by
    /// its short title (`KioskVintage.shortTitle`).
    static func composeTickerText(_ state: AppState) -> String {
        guard let kiosk = state.kiosk else { return "" }
        let lang = state.displayLanguage
        let items = kiosk.ticker.compactMap { state.dataset.metric($0) }.map { metric -> String in
            let when = FigureFormatter.when(metric, lang)
            let source = state.dataset.source(metric.source).map { KioskVintage.sourceName($0, lang) }
            let suffix = source.map { lang == .zh ? "（\($0)）" : " (\($0))" } ?? ""
            return "\(FigureFormatter.format(metric, lang)) \(metric.name[lang]) \(when)\(suffix)"
        }
        let separator = state.asciiOnly ? "   *   " : "   ◆   "
        return items.isEmpty ? "" : items.joined(separator: separator) + separator
    }

    /// Draws the ticker: its text scrolled `offset` columns to the left, repeated to fill the
    /// row. The cells are copied from the strip into one row and pasted (no text is laid out,
    /// no cell placed one by one); a wide character cut by either edge shows as a space, as
    /// `Buffer.write` clips one.
    public static func renderTicker(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        guard let kiosk = state.kiosk, rect.width > 0, rect.height > 0 else { return }
        buffer.fill(rect, role: .accent)
        let strip = tickerStrip(state)
        let length = strip.count
        guard length > 0, rect.y >= 0, rect.y < buffer.area.height else { return }
        // The position is derived from the clock, so the ticker needs no state of its own;
        // it holds still while a visitor browses.
        let reference = kiosk.isPaused ? kiosk.lastInputAt : state.now
        let columns = Int(max(0, reference - kiosk.startedAt + KioskState.tolerance) * KioskState.tickerColumnsPerSecond)
        let first = max(rect.x, 0), end = min(rect.maxX, buffer.area.width)
        guard first < end else { return }
        var row: [Cell] = []
        row.reserveCapacity(end - first)
        var index = (columns + first - rect.x) % length
        while row.count < end - first {
            let take = min(length - index, end - first - row.count)
            row.append(contentsOf: strip[index..<index + take])
            index = 0
        }
        if row[0].isContinuation { row[0] = .space(role: row[0].role) }
        if row[row.count - 1].width == 2 { row[row.count - 1] = .space(role: row[row.count - 1].role) }
        buffer.paste(row, in: Rect(x: first, y: rect.y, width: end - first, height: 1))
    }

    /// The call to action for passers-by, in both languages whatever the loop's language.
    static func callToAction(_ state: AppState) -> String {
        state.asciiOnly ? attractHint.en : attractHint.zh + " · " + attractHint.en
    }

    /// The status line in kiosk mode. In the loop: page progress on the left, the call to action
    /// in the middle in the active-tab colours (it must catch a passer-by's eye), where the
    /// figures come from on the right. While a visitor browses: the countdown back to the show,
    /// the keys, and again where the figures come from. A narrow screen drops the progress
    /// first, then the source; the call to action always stays.
    public static func renderStatus(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        guard let kiosk = state.kiosk else { return }
        let lang = state.displayLanguage
        buffer.fill(rect, role: .statusBar)
        if let warning = state.dataWarnings.first {
            // The warning takes the whole line, location first, so a narrow screen keeps FILE:LINE.
            let text = " ⚠ \(warning.file):\(warning.line): \(warning.message) · \(UIText.dataWarning[lang]) "
            buffer.write(text, x: rect.x, y: rect.y, role: .warning, clip: rect)
            return
        }
        let vintage = " " + (state.terminalNote?[lang] ?? KioskVintage.text(state.dataset, lang)) + " "
        var vintageRole: Role = state.terminalNote == nil ? .statusBar : .warning
        var right = [vintage]
        if let notice = state.notice, !kiosk.isPaused {
            // The loop's only notice: pages skipped because a reload left them empty.
            right = [" " + notice[lang] + " ", vintage]
            vintageRole = .warning
        }
        if kiosk.isPaused {
            // Most important first: how long until the show returns, the source, the keys.
            layOut(left: ([timeText(state)], .statusBar, 0), middle: ([" " + visitorHint[lang] + " "], .statusBar, 2),
                   right: ([vintage], vintageRole, 1), in: rect, &buffer)
        } else {
            let counter = " \(kiosk.index + 1)/\(kiosk.playlist.count) "
            layOut(left: ([timeText(state), counter], .statusBar, 2), middle: ([" " + callToAction(state) + " "], .tabActive, 0),
                   right: (right, vintageRole, 1), in: rect, &buffer)
        }
    }

    /// The part of the status line that time changes: the countdown back to the show while a
    /// visitor browses, else the page's number, progress bar and seconds left.
    static func timeText(_ state: AppState) -> String {
        guard let kiosk = state.kiosk else { return "" }
        if kiosk.isPaused { return " " + KioskCountdown.text(kiosk, now: state.now, state.displayLanguage) + " " }
        let (filled, seconds) = pageProgress(kiosk, now: state.now)
        let bar = String(repeating: state.borders.gaugeFull, count: filled)
            + String(repeating: state.borders.gaugeEmpty, count: 10 - filled)
        return " \(kiosk.index + 1)/\(kiosk.playlist.count) " + "\(bar) \(seconds)s "
    }

    /// The page's progress bar (tenths filled) and its seconds left, rounded up.
    static func pageProgress(_ kiosk: KioskState, now: Double) -> (filled: Int, seconds: Int) {
        let page = kiosk.page
        let remaining = max(0, page.duration - (now - kiosk.pageStartedAt))
        let filled = min(10, max(0, Int(((1 - remaining / max(page.duration, 0.001)) * 10).rounded(.down))))
        return (filled, Int(remaining.rounded(.up)))
    }

    /// What the passing of time changes on the header and status rows: the clock's minute and
    /// the numbers `timeText` shows (the page, its bar and seconds left; while a visitor
    /// browses, the countdown). Everything else on them changes only with events that redraw
    /// the whole screen, so a tick that leaves the face as it was drawn leaves those rows as
    /// they are. Numbers, not the texts: a ticker step compares them without formatting any.
    public struct ClockFace: Equatable, Sendable {
        var minute: Int
        var paused: Bool
        var page: Int
        var filled: Int
        var seconds: Int
    }

    public static func face(_ state: AppState) -> ClockFace {
        guard let kiosk = state.kiosk else { return ClockFace(minute: 0, paused: false, page: 0, filled: 0, seconds: 0) }
        if kiosk.isPaused {
            return ClockFace(minute: clockMinute(kiosk), paused: true, page: kiosk.index, filled: 0,
                             seconds: KioskCountdown.shown(kiosk, now: state.now))
        }
        let (filled, seconds) = pageProgress(kiosk, now: state.now)
        return ClockFace(minute: clockMinute(kiosk), paused: false, page: kiosk.index, filled: filled, seconds: seconds)
    }

    /// Patches the clock rows of a kiosk frame that shows `shown` (nil: not known, as after a
    /// full redraw): the ticker at every step, the header and status only when their face
    /// changed (a ticker step comes four times a second; the clock's minute and the seconds
    /// left change less often). Returns the face the frame shows now. The frame ends up as
    /// `DashboardView.refreshClockRows` would leave it.
    public static func patchClockRows(_ state: AppState, shown: ClockFace?, in buffer: inout Buffer) -> ClockFace {
        patchClockRows(state, layout: DashboardLayout(for: state), shown: shown, in: &buffer)
    }

    /// `patchClockRows` with the state's layout worked out by the caller (the session works
    /// it out once a tick, for `clockRows` too: a layout takes a copy of the whole state).
    public static func patchClockRows(_ state: AppState, layout: DashboardLayout, shown: ClockFace?,
                                      in buffer: inout Buffer) -> ClockFace {
        let face = face(state)
        if face.minute != shown?.minute { DashboardView.renderHeader(state, layout.header, &buffer) }
        renderTicker(state, in: layout.ticker, buffer: &buffer)
        if face.paused != shown?.paused || face.page != shown?.page || face.filled != shown?.filled
            || face.seconds != shown?.seconds {
            renderStatus(state, in: layout.status, buffer: &buffer)
        }
        return face
    }

    /// The rows `patchClockRows` draws in `layout` (`DashboardView.clockRows` of its state).
    public static func clockRows(_ layout: DashboardLayout) -> [Int] {
        Array(layout.header.y..<layout.header.maxY) + Array(layout.ticker.y..<layout.ticker.maxY)
            + Array(layout.status.y..<layout.status.maxY)
    }

    /// Draws up to three parts of a line. Each part is given longest form first; while the line
    /// is too wide, the least important part (highest rank) that can still shrink takes its next
    /// shorter form, or is dropped when it has none (never the rank-0 part). The middle part is
    /// centred where it clears the others.
    static func layOut(left: ([String], Role, Int), middle: ([String], Role, Int), right: ([String], Role, Int),
                       in rect: Rect, _ buffer: inout Buffer) {
        let parts = [left, middle, right]
        var form = [0, 0, 0]
        func text(_ i: Int) -> String { form[i] < parts[i].0.count ? parts[i].0[form[i]] : "" }
        func total() -> Int { (0..<3).map { DisplayWidth.of(text($0)) }.reduce(0, +) }
        while total() > rect.width {
            let shrinkable = (0..<3).filter { parts[$0].2 > 0 ? form[$0] < parts[$0].0.count : form[$0] < parts[$0].0.count - 1 }
            guard let index = shrinkable.max(by: { parts[$0].2 < parts[$1].2 }) else { break }
            form[index] += 1
        }
        let widths = (0..<3).map { DisplayWidth.of(text($0)) }
        buffer.write(text(0), x: rect.x, y: rect.y, role: left.1, clip: rect)
        buffer.write(text(2), x: rect.maxX - widths[2], y: rect.y, role: right.1, clip: rect)
        var x = rect.x + (rect.width - widths[1]) / 2
        x = min(max(x, rect.x + widths[0]), rect.maxX - widths[2] - widths[1])
        buffer.write(text(1), x: max(rect.x, x), y: rect.y, role: middle.1, clip: rect)
    }
}
