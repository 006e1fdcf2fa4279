import ArgumentParser
import CityDashCore
import CityDashTerminal
import CityDashUI
#if canImport(Glibc)
import Glibc
#endif

/// `citydash` with no subcommand: the full-screen interactive dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the full-screen dashboard (the default command).",
        discussion: """
        Keys: 0-5 panels, Tab/arrows move, Enter details, d district, / search,
        l language, t theme, ? help, q quit.
        Edited data files are shown once they have been quiet for 0.3 s (plus the
        load); invalid data keeps the last good data on screen with a warning.

        Exit status: 0 after q (or the kiosk's unlock sequence); 2 no usable terminal
        (not a terminal, TERM unset, TERM=dumb, no terminfo); 65/66 bad or missing
        data; 70 the terminal went away; 128+N ended by signal N (SIGTERM 143,
        SIGUSR1 138, SIGHUP 129, ...).

        Kiosk mode (a booth display left running for days):
          citydash --kiosk --rotate 20 --idle 60 --margin 1,2,1,2
          CITYDASH_UNLOCK=staff42 citydash --kiosk
        exits when staff42 is typed, or on kill -TERM / kill -USR1.
        """)

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var viewOptions: ViewOptions
    @OptionGroup var kioskOptions: KioskOptions

    var settings: DashboardSettings {
        DashboardSettings(data: dataOptions.settings, view: viewOptions.settings, kiosk: kioskOptions.settings)
    }

    func run() throws { try settings.run() }
}
