import ArgumentParser
import CityDashCore
#if canImport(Glibc)
import Glibc
#endif

/// `citydash generate`: write a synthetic data directory of any size, for benchmarks and for
/// trying the dashboard on far more data than the five articles hold.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic data directory with N metrics, modelled on the bundled data.",
        discussion: """
        Every generated record copies the figure, source and quote of a bundled record, so the result \
        passes `citydash validate` (and `--articles`); ids, names, districts and subjects vary. The same \
        --metrics and --seed always write the same files. sources.yaml and districts.yaml are copied from \
        the data directory (--data, default the bundled data).

        Examples:
          citydash generate --metrics 100000 --seed 1 --output /tmp/city-100k
          citydash validate --data /tmp/city-100k
        """)

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("Number of metrics to generate (1...1000000).", valueName: "n"))
    var metrics: Int

    @Option(help: "Seed of the pseudo-random generator.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Directory to write (created when missing).", valueName: "dir"))
    var output: String

    @Flag(help: "Replace the data files of an output directory that already has some.")
    var force = false

    func validate() throws {
        guard (1...1_000_000).contains(metrics) else { throw ValidationError("--metrics must be 1...1000000") }
        guard !output.isEmpty else { throw ValidationError("--output must name a directory") }
    }

    func run() throws {
        let baseDirectory = dataOptions.settings.directory
        let target = FilePath(output)
        if target.resolvingSymlinksInPath() == baseDirectory.resolvingSymlinksInPath() {
            Console.error("citydash: --output is the data directory the records are modelled on; choose another")
            throw ExitStatus.usage
        }
        let existing = DatasetLoader.fileNames.filter {
            FileSystem.exists(target.appendingPathComponent($0).path)
        }
        if !existing.isEmpty && !force {
            Console.error("citydash: \(TerminalSanitizer.sanitize(target.path)) already holds \(existing.joined(separator: ", ")); "
                + "add --force to replace them")
            throw ExitStatus.usage
        }
        let base = try dataOptions.settings.loadOrExit()
        do {
            let generator = try DatasetGenerator(base: base, directory: baseDirectory)
            try generator.write(metrics: metrics, seed: seed, to: target)
        } catch {
            Console.error("citydash: \(TerminalSanitizer.sanitize("\(error)"))")
            throw ExitStatus.cannotCreate
        }
        let counts = DatasetGenerator.Counts(metrics: metrics)
        Console.output("\(TerminalSanitizer.sanitize(target.path)): \(counts.metrics) metrics, \(counts.towns) new towns, \(counts.zones) zones, "
            + "\(counts.actions) actions, \(counts.projects) projects, \(counts.events) events (seed \(seed))\n")
    }
}
