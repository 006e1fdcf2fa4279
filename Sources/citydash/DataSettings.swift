import ArgumentParser
import CityDashCore

/// `--data DIR` as a plain value (see `CommandSettings`), and the loading every command starts with.
struct DataSettings {
    var data: String?

    var directory: FilePath { DataLocator().locate(explicit: data) }

    func validate() throws {
        // An empty --data would otherwise fall back to the default directory without a word.
        if data?.isEmpty == true { throw ValidationError("--data needs a directory; it was given an empty one") }
    }

    /// Loads the data or exits: 66 when the directory is unusable or cannot be found (naming
    /// every place looked at), 65 with every located problem on stderr when the files have errors.
    func loadOrExit(articles: FilePath? = nil) throws -> Dataset {
        let search = DataLocator().search(explicit: data)
        if search.directory == nil {
            Console.error("citydash: no data directory found; looked in:")
            for place in search.looked { Console.error("  \(TerminalSanitizer.sanitize(place.path))") }
            Console.error("Give one with --data DIR or CITYDASH_DATA=DIR.")
            throw ExitStatus.noInput
        }
        let result: LoadResult
        do {
            result = try DatasetLoader(articlesDirectory: articles).load(directory: directory)
        } catch {
            Console.error("citydash: " + TerminalSanitizer.sanitize("\(error)"))
            throw ExitStatus.noInput
        }
        guard result.isValid else {
            for diagnostic in result.diagnostics { Console.error(diagnostic.description) }
            Console.error("citydash: \(result.diagnostics.count) problem(s) in \(TerminalSanitizer.sanitize(directory.path))")
            throw ExitStatus.dataError
        }
        return result.dataset
    }
}
