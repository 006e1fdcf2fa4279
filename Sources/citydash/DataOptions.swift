import ArgumentParser
import CityDashCore

/// `--data DIR`, shared by every command, for ArgumentParser; `DataSettings` does the work.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Data directory (default: $CITYDASH_DATA, else the bundled data/).", valueName: "dir"))
    var data: String?

    var settings: DataSettings { DataSettings(data: data) }

    func validate() throws { try settings.validate() }
}
