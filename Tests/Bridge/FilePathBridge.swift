import Foundation
import CityDashCore
import CityDashTerminal

// One bridge for the four test targets. The library takes `FilePath`s (the executable links no
// Foundation); the tests build their paths with Foundation's `URL`. These overloads pass a URL's
// path on.

extension DatasetLoader {
    public init(articlesDirectory: URL) {
        self.init(articlesDirectory: FilePath(articlesDirectory.path))
    }

    public func load(directory: URL) throws(DataDirectoryError) -> LoadResult {
        try load(directory: FilePath(directory.path))
    }
}

extension KioskConfigLoader {
    public func load(_ url: URL, dataset: Dataset) -> (config: KioskConfig, diagnostics: [Diagnostic]) {
        load(FilePath(url.path), dataset: dataset)
    }
}

extension DatasetGenerator {
    public init(base dataset: Dataset, directory: URL) throws(Failure) {
        try self.init(base: dataset, directory: FilePath(directory.path))
    }

    public func write(metrics count: Int, seed: UInt64, to directory: URL) throws(Failure) {
        try write(metrics: count, seed: seed, to: FilePath(directory.path))
    }
}

extension Exporter {
    /// Reads the export's JSON back (snake_case keys).
    public static func jsonDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}

extension DataDirectoryWatcher {
    public convenience init(directory: URL, settle: Double, load: @escaping @Sendable (FilePath) -> LoadOutcome) {
        self.init(directory: FilePath(directory.path), settle: settle, load: load)
    }
}
