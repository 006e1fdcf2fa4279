/// `DatasetLoader` with a snapshot cache: a load whose files have not changed since a valid
/// load decodes that load's snapshot instead of parsing the YAML (some 40 M instructions for
/// the bundled data); any other load parses as `DatasetLoader` does and, when valid, rewrites
/// the snapshot. Loads with an articles directory are never cached: their quote checks read
/// files the key does not cover.
public struct CachedDatasetLoader: Sendable {
    public var loader: DatasetLoader
    /// nil: no cache (`CITYDASH_CACHE_DIR=off`, no home directory).
    public var cache: SnapshotCache?

    public init(articlesDirectory: FilePath? = nil, cache: SnapshotCache? = .fromEnvironment()) {
        loader = DatasetLoader(articlesDirectory: articlesDirectory)
        self.cache = cache
    }

    /// What `DatasetLoader.load(directory:)` gives for `directory`, from the snapshot when it
    /// is current.
    public func load(directory: FilePath) throws(DataDirectoryError) -> LoadResult {
        try loadTracing(directory: directory).result
    }

    /// The load and whether it came from a snapshot (for the tests).
    func loadTracing(directory: FilePath) throws(DataDirectoryError) -> (result: LoadResult, decoded: Bool) {
        guard let cache, loader.articlesDirectory == nil, let key = SnapshotKey(directory: directory) else {
            return (try loader.load(directory: directory), false)
        }
        if let dataset = cache.read(key) { return (LoadResult(dataset: dataset, diagnostics: []), true) }
        let result = try loader.load(directory: directory)
        // Only a valid load, of files that did not change while they were read.
        if result.isValid, SnapshotKey(directory: directory) == key {
            cache.write(result.dataset, key: key)
        }
        return (result, false)
    }
}
