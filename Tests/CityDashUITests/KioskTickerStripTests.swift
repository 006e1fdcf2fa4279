import CityDashCore
@testable import CityDashUI
import Testing

/// The ticker is drawn from its text laid out once (`KioskState.TickerCache.strip`), and a
/// ticker step patches the last frame (`DashboardView.refreshClockRows`) instead of drawing it
/// again. Both must show exactly what laying the text out and a full redraw show.
@Suite struct KioskTickerStripTests {
    /// The ticker as it was drawn before the strip: the text written again at every step, from
    /// `offset` columns left of the row, repeated until the row is full, clipped to it.
    static func writtenTicker(_ text: String, offset: Int, in rect: Rect, width: Int) -> Buffer {
        var buffer = Buffer(width: width, height: rect.maxY)
        buffer.fill(rect, role: .accent)
        let length = DisplayWidth.of(text)
        var x = rect.x - offset % length
        while x < rect.maxX {
            buffer.write(text, x: x, y: rect.y, role: .accent, clip: rect)
            x += length
        }
        return buffer
    }

    /// The shipped playlist's kiosk (its ticker of ten figures, Chinese and wide punctuation).
    static func shippedKiosk(width: Int, height: Int, language: Language = .zh) -> AppState {
        var state = Fixture.state(width: width, height: height)
        var config = KioskPlaylistGoldenTests.config
        config.language = language.rawValue
        state.kiosk = KioskState(config: config, dataset: Fixture.dataset, rotate: nil, idle: nil, unlock: nil,
                                 utcOffset: 8 * 3600)
        AppReducer.reduce(&state, .tick(now: KioskTests.start))
        return state
    }

    /// At every offset, in both languages, on rows whose edges cut wide characters (odd widths,
    /// a row that does not start at the left edge): the same cells as writing the text.
    @Test(arguments: [Language.zh, .en])
    func theStripShowsWhatWritingTheTextShows(language: Language) throws {
        let state = Self.shippedKiosk(width: 120, height: 36, language: language)
        let text = KioskChrome.tickerText(state)
        let length = DisplayWidth.of(text)
        try #require(length > 0)
        #expect(KioskChrome.tickerStrip(state).count == length)
        if language == .zh { #expect(text.unicodeScalars.contains { DisplayWidth.wcwidth($0) == 2 }) }
        for rect in [Rect(x: 0, y: 0, width: 120, height: 1), Rect(x: 3, y: 1, width: 77, height: 1),
                     Rect(x: 0, y: 0, width: length + 5, height: 1)] {
            for offset in 0..<length {
                var shown = state
                // The ticker's position is its time since the loop started, 4 columns a second.
                shown.now = state.kiosk!.startedAt + Double(offset) / KioskState.tickerColumnsPerSecond
                var buffer = Buffer(width: rect.maxX, height: rect.maxY)
                KioskChrome.renderTicker(shown, in: rect, buffer: &buffer)
                let expected = Self.writtenTicker(text, offset: offset, in: rect, width: rect.maxX)
                let same = buffer == expected
                #expect(same, "offset \(offset) in \(rect): \(buffer.line(rect.y)) vs \(expected.line(rect.y))")
                if !same { return }
            }
        }
    }

    /// A visitor who switched language sees the ticker in their language, from a strip laid
    /// out on the spot (the cached one is the loop's language).
    @Test func aVisitorsLanguageGetsItsOwnStrip() {
        var state = Self.shippedKiosk(width: 120, height: 36)
        AppReducer.reduce(&state, .key(.character(" ")))
        AppReducer.reduce(&state, .key(.character("l")))
        #expect(state.displayLanguage == .en)
        #expect(KioskChrome.tickerStrip(state) == KioskChrome.strip(of: KioskChrome.composeTickerText(state)))
        #expect(KioskChrome.tickerStrip(state) != state.kiosk?.tickerCache?.strip)
    }

    /// Two minutes of the shipped loop, one tick per wake-up the schedule asks for, the frame
    /// patched whenever the tick allows it (as the session does): after every tick the frame
    /// equals a full redraw. This crosses story pages, page turns, arrivals, list steps and a
    /// clock minute, and at 4 steps a second passes every ticker offset.
    ///
    /// The session's patch (`KioskChrome.patchClockRows`, which redraws the header and status
    /// only when their clock face changed) is held to the same standard, through a visitor's
    /// pause (its countdown) at the end.
    @Test(arguments: [(120, 36), (200, 60), (81, 24)])
    func patchedStepsEqualFullRedraws(width: Int, height: Int) {
        var state = Self.shippedKiosk(width: width, height: height)
        var frame = DashboardView.render(state)
        var sessionFrame = frame
        var face: KioskChrome.ClockFace?
        var patched = 0
        var stale = 0
        var visited = false
        while state.now < KioskTests.start + 150, let due = KioskSchedule.nextWake(state) {
            var effects = AppReducer.reduce(&state, .tick(now: max(due, state.now)))
            if !visited && state.now >= KioskTests.start + 115 {
                effects = effects.merged(with: AppReducer.reduce(&state, .key(.character(" "))))
                visited = true
            }
            if effects.redraw == .clockRows && DashboardView.canPatchClockRows(state) {
                DashboardView.refreshClockRows(state, in: &frame)
                face = KioskChrome.patchClockRows(state, shown: face, in: &sessionFrame)
                patched += 1
            } else {
                frame = DashboardView.render(state)
                sessionFrame = frame
                face = nil
            }
            let full = DashboardView.render(state)
            if frame != full || sessionFrame != full {
                stale += 1
                Issue.record("stale frame at \(state.now - KioskTests.start) s, page \(state.kiosk?.index ?? -1)")
                if stale > 3 { return }
            }
        }
        #expect(visited && state.kiosk?.isPaused == true)
        #expect(patched > 300, "most ticks are ticker steps: \(patched)")
    }
}
