import ArgumentParser

/// The `citydash` command: the dashboard by default, plus the non-interactive commands.
/// `CommandLineEntry` runs it.
struct CityDash: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "citydash",
        abstract: "A terminal dashboard of Shanghai's city digital transformation (城市数字化转型).",
        usage: "citydash [<dashboard options>]\ncitydash <subcommand> [<options>]",
        discussion: """
        Every figure comes from five news articles (2020-2022) and is shown with its \
        source and quote.

        Examples:
          citydash                              open the dashboard on the bundled data
          citydash --lang en --district yangpu  English, filtered to Yangpu
          citydash render --width 120 --height 40 --panel towns
          citydash validate --data ./data
          citydash export --format csv --kind metrics > metrics.csv
          citydash generate --metrics 100000 --output /tmp/city-100k

        Exit codes: 0 ok; 2 the dashboard needs a terminal; 64 usage; 65 data error;
        66 data directory missing; 70 the terminal failed; 73 generate cannot write its
        output; 74 output cannot be written (full disk, closed output; a closed pipe
        exits 74 without a message); 128+N ended by signal N.
        """,
        version: version,
        subcommands: [
            DashboardCommand.self, RenderCommand.self, ValidateCommand.self, ExportCommand.self, GenerateCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self)
}
