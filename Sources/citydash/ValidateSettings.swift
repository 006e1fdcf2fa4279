import ArgumentParser
import CityDashCore
#if canImport(Glibc)
import Glibc
#endif

/// `validate`'s options as plain values (see `CommandSettings`), and the check they run.
struct ValidateSettings: CommandSettings {
    var data = DataSettings()
    var articles: String?

    func run() throws {
        // Always the YAML itself, never a snapshot (and none written): this is the check booth
        // staff run after editing, and it must say what the files say.
        let dataset = try data.loadOrExit(articles: articles.map { FilePath($0) }, cached: false)
        let kioskFile = data.directory.appendingPathComponent(KioskConfigLoader.fileName)
        let (kiosk, kioskProblems) = KioskConfigLoader().load(kioskFile, dataset: dataset)
        guard kioskProblems.isEmpty else {
            for diagnostic in kioskProblems { Console.error(diagnostic.description) }
            throw ExitStatus.dataError
        }
        // A page with nothing to show is only a warning: the booth skips it, and data being
        // edited should not fail validation (or a deploy) over the playlist.
        for warning in kiosk.warnings { Console.error(warning.description) }
        let records = dataset.metrics.count + dataset.newTowns.count + dataset.zones.count + dataset.actions.count
            + dataset.projects.count + dataset.events.count
        Console.output("\(TerminalSanitizer.sanitize(data.directory.path)): valid (\(dataset.sources.count) sources, "
            + "\(dataset.districts.count) districts, \(dataset.metrics.count) metrics, \(records) records)\n")
        // The process exits next: its memory goes back whole, so the records are not freed one by one.
        ExitRetention.keep(dataset)
    }
}
