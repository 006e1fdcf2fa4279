import Foundation
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
        let seconds = Int(floor(kiosk.wallClock)) + kiosk.utcOffset
        let minutes = ((seconds / 60) % (24 * 60) + 24 * 60) % (24 * 60)
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    /// One ticker entry: figure, name and outlet, e.g. "4.32万亿元 全市生产总值（科创板日报）".
    static func tickerText(_ state: AppState) -> String {
        guard let kiosk = state.kiosk else { return "" }
        let lang = state.displayLanguage
        let items = kiosk.ticker.compactMap { state.dataset.metric($0) }.map { metric -> String in
            let outlet = state.dataset.source(metric.source)?.outlet?[lang]
            let when = FigureFormatter.when(metric, lang)
            let suffix = outlet.map { lang == .zh ? "（\($0)）" : " (\($0))" } ?? ""
            return "\(FigureFormatter.format(metric, lang)) \(metric.name[lang]) \(when)\(suffix)"
        }
        let separator = state.asciiOnly ? "   *   " : "   ◆   "
        return items.isEmpty ? "" : items.joined(separator: separator) + separator
    }

    public static func renderTicker(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        guard let kiosk = state.kiosk, rect.width > 0, rect.height > 0 else { return }
        buffer.fill(rect, role: .accent)
        let text = tickerText(state)
        let length = DisplayWidth.of(text)
        guard length > 0 else { return }
        // The position is derived from the clock, so the ticker needs no state of its own;
        // it holds still while a visitor browses.
        let reference = kiosk.isPaused ? kiosk.lastInputAt : state.now
        let columns = Int(max(0, reference - kiosk.startedAt) * KioskState.tickerColumnsPerSecond)
        let offset = columns % length
        var x = rect.x - offset
        while x < rect.maxX {
            buffer.write(text, x: x, y: rect.y, role: .accent, clip: rect)
            x += length
        }
    }

    /// The status line in kiosk mode: page progress and the hint for visitors.
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
        var left = " "
        if kiosk.isPaused {
            // Static on purpose: a live countdown would wake the process every second.
            let idle = Int(kiosk.idleTimeout)
            left += lang == .zh ? "浏览中 · 无操作\(idle)秒后自动播放" : "Browsing · autoplay after \(idle)s without input"
        } else {
            let page = kiosk.page
            let left_ = max(0, page.duration - (state.now - kiosk.pageStartedAt))
            let filled = Int(((1 - left_ / max(page.duration, 0.001)) * 10).rounded(.down))
            let bar = String(repeating: state.borders.gaugeFull, count: min(10, max(0, filled)))
                + String(repeating: state.borders.gaugeEmpty, count: 10 - min(10, max(0, filled)))
            left += "\(kiosk.index + 1)/\(kiosk.playlist.count) \(bar) \(Int(left_.rounded(.up)))s"
        }
        let x = rect.x + buffer.write(left + " ", x: rect.x, y: rect.y, role: .statusBar, clip: rect)
        let hint = (state.terminalNote ?? (kiosk.isPaused ? visitorHint : attractHint))[lang] + " "
        let width = DisplayWidth.of(hint)
        if rect.maxX - width > x {
            buffer.write(hint, x: rect.maxX - width, y: rect.y, role: state.terminalNote == nil ? .statusBar : .warning,
                         clip: rect)
        }
    }

    /// How far the count-up of the current page's figures has got (0...1); 1 outside kiosk.
    public static func countUpProgress(_ state: AppState) -> Double {
        guard let kiosk = state.kiosk, !kiosk.isPaused, kiosk.startedAt > 0 else { return 1 }
        return min(1, max(0, (state.now - kiosk.pageStartedAt) / KioskState.countUpDuration))
    }
}
