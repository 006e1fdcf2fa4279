import ArgumentParser
import CityDashCore
import CityDashUI
#if canImport(Glibc)
import Glibc
#endif

/// `render --kiosk-page N [--at SECONDS]` as plain values (see `CommandSettings`): a page of the
/// kiosk's playlist as the booth shows it S seconds into the page, so staff can check a playlist
/// without a terminal. The clock in the header reads 10:00 (local time of the preview) so that
/// previews are reproducible.
struct KioskPreviewSettings {
    var kioskPage: Int?
    var at: Double?
    var kioskConfig: String?

    /// A wall-clock reading whose local time is 10:00, for the header clock of previews.
    static let previewWall = 10 * 3600.0
    /// Any monotonic start; only differences from it matter.
    static let previewStart = 1_000.0

    func validate() throws {
        if at != nil && kioskPage == nil { throw ValidationError("--at needs --kiosk-page") }
        if kioskConfig != nil && kioskPage == nil { throw ValidationError("--kiosk-config needs --kiosk-page") }
        if let kioskPage, kioskPage < 1 { throw ValidationError("--kiosk-page counts from 1") }
        if let at, !(at >= 0 && at <= 86_400) { throw ValidationError("--at must be 0...86400 seconds") }
    }

    /// Turns `state` into the kiosk page's frame at the requested moment; does nothing without
    /// `--kiosk-page`. Exits 64 for a page or moment the playlist does not have, 65 for a bad
    /// kiosk file.
    func apply(to state: inout AppState, dataDirectory: FilePath, language: Language?, theme: ThemeName?) throws {
        guard let kioskPage else { return }
        let config = try KioskSettings.loadConfig(kioskConfig, dataDirectory: dataDirectory, dataset: state.dataset)
        var kiosk = KioskState(config: config, dataset: state.dataset, rotate: nil, idle: nil, unlock: nil, utcOffset: 0)
        if let language { kiosk.homeLanguage = language }
        if let theme { kiosk.homeTheme = theme }
        guard kioskPage <= kiosk.playlist.count else {
            Console.error("citydash: --kiosk-page \(kioskPage): the playlist has \(kiosk.playlist.count) pages")
            throw ExitStatus.usage
        }
        kiosk.index = kioskPage - 1
        state.kiosk = kiosk
        state.language = kiosk.homeLanguage
        let start = Self.previewStart
        AppReducer.reduce(&state, .tick(Instant(monotonic: start, wall: Self.previewWall)))
        let seconds = at ?? 0
        let duration = state.kiosk?.page.duration ?? 0
        guard seconds < duration else {
            Console.error("citydash: --at \(seconds): page \(kioskPage) lasts \(Int(duration)) s")
            throw ExitStatus.usage
        }
        // Every moment the booth would wake for on the way, so the frame is the booth's own.
        var now = start
        while let wake = KioskSchedule.nextWake(state), wake > now, wake < start + seconds {
            now = wake
            AppReducer.reduce(&state, .tick(Instant(monotonic: now, wall: Self.previewWall + now - start)))
        }
        AppReducer.reduce(&state, .tick(Instant(monotonic: start + seconds, wall: Self.previewWall + seconds)))
    }
}
