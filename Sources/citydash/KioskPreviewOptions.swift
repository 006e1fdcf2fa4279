import ArgumentParser
import CityDashCore
import CityDashUI
#if canImport(Glibc)
import Glibc
#endif

/// `render --kiosk-page N [--at SECONDS]`, for ArgumentParser; `KioskPreviewSettings` does the work.
struct KioskPreviewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Render page N (1-based) of the kiosk playlist, as the booth shows it.",
                               valueName: "n"))
    var kioskPage: Int?

    @Option(help: ArgumentHelp("With --kiosk-page: seconds into the page (default 0).", valueName: "seconds"))
    var at: Double?

    @Option(help: ArgumentHelp("With --kiosk-page: kiosk settings file (default: kiosk.yaml in the data directory).",
                               valueName: "file"))
    var kioskConfig: String?

    var settings: KioskPreviewSettings { KioskPreviewSettings(kioskPage: kioskPage, at: at, kioskConfig: kioskConfig) }

    func validate() throws { try settings.validate() }
}
