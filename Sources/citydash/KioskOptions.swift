import ArgumentParser
import CityDashCore
import CityDashUI
#if canImport(Glibc)
import Glibc
#endif

/// `--kiosk` and its settings, for ArgumentParser: the unattended booth display.
struct KioskOptions: ParsableArguments {
    @Flag(help: "Kiosk mode: attract loop, locked keyboard (exit only by the unlock sequence, SIGTERM or SIGUSR1).")
    var kiosk = false

    @Option(help: ArgumentHelp("Seconds per page of the attract loop (default 20, or kiosk.yaml).", valueName: "seconds"))
    var rotate: Int?

    @Option(help: ArgumentHelp("Seconds without a key before a visitor's session returns to the loop (default 60).",
                               valueName: "seconds"))
    var idle: Int?

    @Option(help: ArgumentHelp("Blank cells around the screen for TV overscan: TOP,RIGHT,BOTTOM,LEFT or one number; they must leave 80x24.",
                               valueName: "t,r,b,l"))
    var margin: String?

    @Option(help: ArgumentHelp("Kiosk settings file (default: kiosk.yaml in the data directory).", valueName: "file"))
    var kioskConfig: String?

    var settings: KioskSettings {
        KioskSettings(kiosk: kiosk, rotate: rotate, idle: idle, margin: margin, kioskConfig: kioskConfig)
    }

    func validate() throws { try settings.validate() }
}
