import ArgumentParser
import CityDashCore

/// `export`'s options as plain values (see `CommandSettings`), and the file they write.
struct ExportSettings: CommandSettings {
    var data = DataSettings()
    var format = ExportFormat.json
    var kind: ExportKind?
    var district: String?
    var query = QuerySettings()
    var excel = false

    func validate() throws {
        if excel && format != .csv { throw ValidationError("--excel needs --format csv") }
    }

    func run() throws {
        let dataset = try data.loadOrExit()
        var filter = DistrictFilter.all
        if let district {
            let resolver = DistrictResolver(dataset: dataset)
            guard let chosen = resolver.filter(for: district) else {
                Console.error("citydash: " + resolver.unknownMessage(district))
                throw ExitStatus.usage
            }
            filter = chosen
        }
        let query = try query.query(dataset: dataset, district: filter)
        do {
            let text = try Exporter(dataset: dataset, query: query).export(kind ?? Exporter.defaultKind(for: format), as: format)
            Console.output(excel ? SpreadsheetCSV.excel(text) : text)
        } catch {
            Console.error("citydash: \(error)")
            throw ExitStatus.usage
        }
    }
}
