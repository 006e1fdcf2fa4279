import Foundation

/// Finds the data directory: `--data DIR`, then `CITYDASH_DATA`, then the bundled `data/`
/// found from the executable's location (an installed `share/citydash/data`, or a source
/// checkout above `.build/`), then the checkout this binary was compiled from, then `./data`.
public struct DataLocator: Sendable {
    public var environment: [String: String]
    public var executablePath: String
    public var currentDirectory: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                executablePath: String = CommandLine.arguments.first ?? "",
                currentDirectory: String = FileManager.default.currentDirectoryPath) {
        self.environment = environment
        self.executablePath = executablePath
        self.currentDirectory = currentDirectory
    }

    /// The directory to load; an explicit choice is returned even if it does not exist, so the
    /// loader can say so.
    public func locate(explicit: String?) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let fromEnvironment = environment["CITYDASH_DATA"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment)
        }
        for candidate in candidates() where Self.looksLikeData(candidate) {
            return candidate
        }
        return URL(fileURLWithPath: currentDirectory).appendingPathComponent("data")
    }

    func candidates() -> [URL] {
        var result: [URL] = []
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        result.append(directory.appendingPathComponent("../share/citydash/data").standardizedFileURL)
        for _ in 0..<6 {
            result.append(directory.appendingPathComponent("data"))
            directory = directory.deletingLastPathComponent()
        }
        // This file is Sources/CityDashCore/Loading/DataLocator.swift in the checkout it was built from.
        let checkout = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        result.append(checkout.appendingPathComponent("data"))
        result.append(URL(fileURLWithPath: currentDirectory).appendingPathComponent("data"))
        return result
    }

    static func looksLikeData(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("sources.yaml").path)
    }
}
