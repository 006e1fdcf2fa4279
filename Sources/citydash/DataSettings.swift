import ArgumentParser
import CityDashCore
#if canImport(Glibc)
import Glibc
#endif

/// `--data DIR` as a plain value (see `CommandSettings`), and the loading every command starts with.
struct DataSettings {
    var data: String?

    var directory: FilePath { Self.locator().locate(explicit: data) }

    /// `DataLocator` given the one variable it reads, `CITYDASH_DATA`, by `getenv`: its default,
    /// a dictionary of the whole environment, cost about a third of a million instructions at
    /// every start. (A variable it comes to read must be added here.)
    static func locator() -> DataLocator {
        DataLocator(environment: getenv("CITYDASH_DATA").map { ["CITYDASH_DATA": String(cString: $0)] } ?? [:])
    }

    func validate() throws {
        // An empty --data would otherwise fall back to the default directory without a word.
        if data?.isEmpty == true { throw ValidationError("--data needs a directory; it was given an empty one") }
    }

    /// Loads the data or exits: 66 when the directory is unusable or cannot be found (naming
    /// every place looked at), 65 with every located problem on stderr when the files have errors.
    /// `cached`: a snapshot of unchanged files may stand in for parsing them (`CachedDatasetLoader`).
    func loadOrExit(articles: FilePath? = nil, cached: Bool = true) throws -> Dataset {
        let search = Self.locator().search(explicit: data)
        guard let directory = search.directory else {
            Console.error("citydash: no data directory found; looked in:")
            for place in search.looked { Console.error("  \(TerminalSanitizer.sanitize(place.path))") }
            Console.error("Give one with --data DIR or CITYDASH_DATA=DIR.")
            throw ExitStatus.noInput
        }
        let result: LoadResult
        do {
            result = try CachedDatasetLoader(articlesDirectory: articles, cache: cached ? .fromEnvironment() : nil)
                .load(directory: directory)
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
