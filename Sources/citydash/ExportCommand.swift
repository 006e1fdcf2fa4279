import ArgumentParser
import CityDashCore

extension ExportKind: ArgumentEnum {}
extension ExportFormat: ArgumentEnum {}

/// `citydash export`: the figures as JSON or CSV for analysts.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the data as JSON or CSV, with every record's source and quote.",
        discussion: """
        Examples:
          citydash export --format json > figures.json
          citydash export --format csv --district 杨浦 > yangpu-metrics.csv
          citydash export --format csv --kind events > events.csv
          citydash export --format csv --kind metrics --status target --sort value > targets.csv
        """)

    @OptionGroup var dataOptions: DataOptions

    @Option(help: "Output format: json or csv.")
    var format: ExportFormat = .json

    @Option(help: ArgumentHelp("Records to write: \(ExportKind.allCases.map { $0.rawValue }.joined(separator: ", ")) "
        + "(default: all for JSON, metrics for CSV)."))
    var kind: ExportKind?

    @Option(help: ArgumentHelp("Only records of this district (id, 杨浦, 杨浦区, Yangpu; all or 全市 for every record).", valueName: "district"))
    var district: String?

    @OptionGroup var queryOptions: QueryOptions

    @Flag(help: "CSV for spreadsheets: a UTF-8 byte-order mark first (Excel on Chinese Windows), CRLF line ends.")
    var excel = false

    var settings: ExportSettings {
        ExportSettings(data: dataOptions.settings, format: format, kind: kind, district: district,
                       query: queryOptions.settings, excel: excel)
    }

    func validate() throws { try settings.validate() }

    func run() throws { try settings.run() }
}
