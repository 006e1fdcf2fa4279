import ArgumentParser
import CityDashCore
#if canImport(Glibc)
import Glibc
#endif

/// `citydash validate`: check every data file and report every problem at once.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the data files (and kiosk.yaml) and report every problem as FILE:LINE:COLUMN: message.",
        discussion: """
        Besides the shape of every file it checks that each metric's value, scale, unit and \
        qualifier write its stated figure, that years and dates agree with the quotes, that dates \
        exist, and that kiosk.yaml's unlock sequence can be typed (docs/data-format.md). A playlist \
        page that would show nothing for the data is a warning (FILE:LINE:COLUMN: warning: ... on \
        stderr), which does not change the exit status.

        Exit status: 0 when the data is valid (warnings or not), 65 when it has errors, 66 when the data directory \
        or the --articles folder is missing.

        Examples:
          citydash validate
          citydash validate --data ./my-data --articles ../shared/seeds
        """)

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .long, help: ArgumentHelp(
        "Also check that every quote appears verbatim in the article files in this directory.", valueName: "dir"))
    var articles: String?

    var settings: ValidateSettings { ValidateSettings(data: dataOptions.settings, articles: articles) }

    func run() throws { try settings.run() }
}
