#if canImport(Glibc)
import Glibc
#endif

/// Finds the data directory, in this order and nowhere else:
/// 1. `--data DIR`, 2. `CITYDASH_DATA`, 3. beside the installed executable
/// (`PREFIX/bin/citydash` → `PREFIX/share/citydash/data`, the executable found through
/// `/proc/self/exe`, so it works however the program was started), 4. the `data/` of the source
/// checkout the binary was built from (what `swift run` uses).
/// It never walks up from the current directory: an unrelated `data/` above it is not ours.
public struct DataLocator: Sendable {
    /// Where the search ended: the directory to load (nil when nothing was found) and every
    /// place looked at, for the error message.
    public struct Search: Sendable, Equatable {
        public var directory: FilePath?
        public var looked: [FilePath]
    }

    public var environment: [String: String]
    public var executablePath: String
    public var checkoutDirectory: FilePath

    public init(environment: [String: String] = FileSystem.environment(),
                executablePath: String = DataLocator.runningExecutable(),
                checkoutDirectory: FilePath = DataLocator.builtFromCheckout) {
        self.environment = environment
        self.executablePath = executablePath
        self.checkoutDirectory = checkoutDirectory
    }

    /// The checkout this file was compiled in: Sources/CityDashCore/Loading/DataLocator.swift.
    public static let builtFromCheckout = FilePath(#filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The real path of the running program (`/proc/self/exe`), not `argv[0]`, which is only
    /// the name it was started by (`citydash` from PATH, a symlink, a relative path).
    public static func runningExecutable() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return CommandLine.arguments.first ?? "" }
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The directory to load. An explicit choice (`--data`, `CITYDASH_DATA`) is returned even if
    /// it does not exist, so the loader can say so.
    public func search(explicit: String?) -> Search {
        if let explicit, !explicit.isEmpty { return Search(directory: FilePath(explicit), looked: []) }
        if let fromEnvironment = environment["CITYDASH_DATA"], !fromEnvironment.isEmpty {
            return Search(directory: FilePath(fromEnvironment), looked: [])
        }
        let places = candidates()
        return Search(directory: places.first(where: Self.looksLikeData), looked: places)
    }

    /// `search(explicit:)`'s directory, or the first place it looked when it found none.
    public func locate(explicit: String?) -> FilePath {
        let found = search(explicit: explicit)
        return found.directory ?? found.looked.first ?? FilePath("data")
    }

    func candidates() -> [FilePath] {
        let executable = FilePath(executablePath).resolvingSymlinksInPath()
        let bin = executable.deletingLastPathComponent()
        return [
            bin.deletingLastPathComponent().appendingPathComponent("share/citydash/data"),
            checkoutDirectory.appendingPathComponent("data"),
        ]
    }

    static func looksLikeData(_ url: FilePath) -> Bool {
        FileSystem.exists(url.appendingPathComponent("sources.yaml").path)
    }
}
