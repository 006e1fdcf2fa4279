// Benchmarks of citydash: loading, district filter, search keystroke, frame rendering and the
// bytes a panel switch sends to a terminal, on the bundled data and on generated sets of
// 1,000 / 10,000 / 100,000 metrics. README "Performance" lists the figures.
//
//   cd Benchmarks && swift package benchmark
//   swift package benchmark --filter 'load.*'
//
// The benchmark tool runs every benchmark in its own process. Generated sets are written once
// into $TMPDIR/citydash-bench-data (kept for later runs; same seed, same files) and loaded in each
// process's setup, which is not timed. CITYDASH_BENCH_SIZES=1000,10000 limits the generated sizes.

import Benchmark
import CityDashCore
import CityDashTerminal
import CityDashUI
import Foundation

/// Data shared by the benchmarks: generated directories and loaded datasets, made on first use.
final class Fixtures: @unchecked Sendable {
    static let shared = Fixtures()

    private let lock = NSLock()
    private var directories: [Int: URL] = [:]
    private var datasets: [Int: Dataset] = [:]
    private let root = FileManager.default.temporaryDirectory.appendingPathComponent("citydash-bench-data")

    /// Benchmarks/Benchmarks/CityDashBenchmarks/CityDashBenchmarks.swift → the repository's data/.
    static let bundledDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data")

    static let sizes: [Int] = {
        let text = ProcessInfo.processInfo.environment["CITYDASH_BENCH_SIZES"] ?? "1000,10000,100000"
        return text.split(separator: ",").compactMap { Int($0) }
    }()

    static func label(_ size: Int) -> String {
        size == 0 ? "bundled" : size >= 1000 && size % 1000 == 0 ? "\(size / 1000)k" : "\(size)"
    }

    /// The data directory of a set: 0 is the bundled data, else a generated one (seed 1).
    func directory(_ size: Int) throws -> URL {
        if size == 0 { return Self.bundledDirectory }
        lock.lock()
        defer { lock.unlock() }
        if let url = directories[size] { return url }
        let url = root.appendingPathComponent("metrics-\(size)-seed-1")
        let complete = url.appendingPathComponent(".complete")
        let base = try Self.loadValid(Self.bundledDirectory)
        let stamp = "\(base.metrics.count) \(base.newTowns.count) \(base.zones.count) \(base.actions.count)"
        if (try? String(contentsOf: complete, encoding: .utf8)) != stamp {
            // Another benchmark process may be writing it too: write elsewhere, then move into place.
            let scratch = root.appendingPathComponent("tmp-\(ProcessInfo.processInfo.processIdentifier)-\(size)")
            try DatasetGenerator(base: base, directory: FilePath(Self.bundledDirectory.path))
                .write(metrics: size, seed: 1, to: FilePath(scratch.path))
            try Data(stamp.utf8).write(to: scratch.appendingPathComponent(".complete"))
            try? FileManager.default.removeItem(at: url)
            try FileManager.default.moveItem(at: scratch, to: url)
        }
        directories[size] = url
        return url
    }

    func dataset(_ size: Int) throws -> Dataset {
        let url = try directory(size)
        lock.lock()
        defer { lock.unlock() }
        if let dataset = datasets[size] { return dataset }
        let dataset = try Self.loadValid(url)
        datasets[size] = dataset
        return dataset
    }

    static func loadValid(_ url: URL) throws -> Dataset {
        let result = try DatasetLoader().load(directory: FilePath(url.path))
        guard result.isValid else {
            throw BenchmarkFailure("\(url.path): \(result.diagnostics.count) diagnostics, first: \(result.diagnostics[0])")
        }
        return result.dataset
    }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Time and allocations for everything; few iterations for the slow cases.
func configuration(maxSeconds: Int = 2, maxIterations: Int = 1000) -> Benchmark.Configuration {
    .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
          timeUnits: .microseconds, warmupIterations: 1,
          maxDuration: .seconds(maxSeconds), maxIterations: maxIterations)
}

/// The state after one event that changes nothing, as the dashboard has it between keys: the
/// reducer has filled its per-panel item lists.
func warmed(_ state: AppState) -> AppState {
    AppReducer.reduced(state, .resize(width: state.width, height: state.height))
}

/// A benchmark of one key through the reducer, from a state made (and warmed) before measuring.
func keyBenchmark(_ name: String, size: Int, key: Character, from start: @escaping @Sendable (Dataset) -> AppState) {
    Benchmark(name, configuration: configuration(maxSeconds: 3, maxIterations: 500)) { benchmark, dataset in
        let start = warmed(start(dataset))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var state = start
            AppReducer.reduce(&state, .key(.character(key)))
            blackHole(state)
        }
        // Stop before the prepared state is freed, which is not part of the work measured.
        benchmark.stopMeasurement()
    } setup: {
        try Fixtures.shared.dataset(size)
    }
}

/// A district that has metrics in every set (generated sets spread metrics over all districts).
let benchDistrict = "yangpu"

let benchmarks: @Sendable () -> Void = {
    let sets = [0] + Fixtures.sizes

    // MARK: Load and validate

    for size in sets {
        let slow = size >= 100_000
        Benchmark("load+validate \(Fixtures.label(size))",
                  configuration: configuration(maxSeconds: slow ? 10 : 3, maxIterations: slow ? 5 : 200)) { benchmark, url in
            for _ in benchmark.scaledIterations {
                let result = try? DatasetLoader().load(directory: FilePath(url.path))
                precondition(result?.isValid == true, "load failed")
                blackHole(result)
            }
        } setup: {
            try Fixtures.shared.directory(size)
        }
    }

    hostileDataBenchmarks()

    // MARK: District filter and search keystroke
    //
    // The states are prepared before `startMeasurement()` and freed after `stopMeasurement()`:
    // building the search index of a data set happens when the data is loaded, not on a key.

    for size in sets {
        Benchmark("filter PanelItems.items(overview, district) \(Fixtures.label(size))",
                  configuration: configuration(maxSeconds: 3, maxIterations: 500)) { benchmark, dataset in
            let index = SearchIndex(dataset)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(PanelItems.items(.overview, dataset: dataset, district: .district(benchDistrict), search: "",
                                           index: index))
            }
            // Stop before the prepared state is freed, which is not part of the work measured.
            benchmark.stopMeasurement()
        } setup: {
            try Fixtures.shared.dataset(size)
        }

        Benchmark("filter PanelItems.items(overview, all) \(Fixtures.label(size))",
                  configuration: configuration(maxSeconds: 3, maxIterations: 500)) { benchmark, dataset in
            // The whole city with no search: what 全市 and clearing a search ask for.
            let index = SearchIndex(dataset)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(PanelItems.items(.overview, dataset: dataset, district: .all, search: "", index: index))
            }
            // Stop before the prepared state is freed, which is not part of the work measured.
            benchmark.stopMeasurement()
        } setup: {
            try Fixtures.shared.dataset(size)
        }

        // `]` steps from 全市 to the first district: the reducer refilters all five panels and
        // clamps the selection, everything a key does before the frame is drawn.
        keyBenchmark("filter reducer ] key \(Fixtures.label(size))", size: size, key: "]") { dataset in
            AppState(dataset: dataset, width: 200, height: 60)
        }
        // `[` from the first district back to 全市: the longest lists, every record listed again.
        keyBenchmark("filter reducer [ key back to all \(Fixtures.label(size))", size: size, key: "[") { dataset in
            AppReducer.reduced(AppState(dataset: dataset, width: 200, height: 60), .key(.character("]")))
        }

        for (typed, key) in [("gd", Character("p")), ("数", Character("字"))] {
            let label = "\(typed)+\(key)"
            Benchmark("search PanelItems.items(overview) \(label) \(Fixtures.label(size))",
                      configuration: configuration(maxSeconds: 3, maxIterations: 500)) { benchmark, dataset in
                let index = SearchIndex(dataset)
                let needle = typed + String(key)
                benchmark.startMeasurement()
                for _ in benchmark.scaledIterations {
                    blackHole(PanelItems.items(.overview, dataset: dataset, district: .all, search: needle, index: index))
                }
                // Stop before the prepared state is freed, which is not part of the work measured.
                benchmark.stopMeasurement()
            } setup: {
                try Fixtures.shared.dataset(size)
            }

            // Typing the second character of a search: all five panels are searched again.
            keyBenchmark("search reducer keystroke \(label) \(Fixtures.label(size))", size: size, key: key) { dataset in
                var state = AppState(dataset: dataset, width: 200, height: 60)
                state.isEditingSearch = true
                state.search = typed
                return state
            }
        }
    }

    // MARK: One frame of each panel

    let renderSets = [0] + Fixtures.sizes.filter { $0 >= 100_000 }
    for size in renderSets {
        for (width, height) in [(80, 24), (200, 60), (400, 120)] {
            for panel in PanelID.allCases {
                Benchmark("render \(panel.rawValue) \(width)x\(height) \(Fixtures.label(size))",
                          configuration: configuration(maxSeconds: size == 0 ? 2 : 8, maxIterations: size == 0 ? 500 : 40)) {
                    benchmark, dataset in
                    var state = AppState(dataset: dataset, width: width, height: height)
                    state.panel = panel
                    state = warmed(state)
                    benchmark.startMeasurement()
                    for _ in benchmark.scaledIterations {
                        blackHole(DashboardView.render(state))
                    }
                    // Stop before the prepared state is freed, which is not part of the work measured.
                    benchmark.stopMeasurement()
                } setup: {
                    try Fixtures.shared.dataset(size)
                }
            }
        }
    }

    // MARK: Bytes written on a panel switch

    // Each iteration draws the current panel on a pseudo-terminal through the real curses
    // backend, presses Tab, draws again and records what reached the terminal against the cells
    // that changed. The target is 150 bytes per 100 changed cells; README "Performance" gives
    // the measured values and what limits them (colour changes, Chinese text).
    let written = BenchmarkMetric.custom("bytes written", useScalingFactor: false)
    let changed = BenchmarkMetric.custom("cells changed", useScalingFactor: false)
    let ratio = BenchmarkMetric.custom("bytes per 100 changed cells", useScalingFactor: false)
    let variants: [(Language, color: Bool)] = [(.zh, true), (.en, true), (.en, false)]
    for (width, height) in [(80, 24), (200, 60), (400, 120)] {
        for (language, color) in variants {
            for panel in PanelID.allCases {
                let name = "panel switch \(panel.rawValue)→next \(width)x\(height) \(language.rawValue)"
                    + (color ? "" : " no colour")
                Benchmark(name, configuration: .init(metrics: [written, changed, ratio], warmupIterations: 0,
                                                     maxDuration: .seconds(5), maxIterations: 3)) { benchmark, dataset in
                    var state = AppState(dataset: dataset, width: width, height: height)
                    state.panel = panel
                    state.language = language
                    state = warmed(state)
                    let before = DashboardView.render(state)
                    AppReducer.reduce(&state, .key(.tab))
                    let after = DashboardView.render(state)
                    let cells = zip(before.cells, after.cells).filter { $0 != $1 }.count
                    let meter: PseudoTerminalMeter
                    do {
                        meter = try PseudoTerminalMeter(width: width, height: height, color: color)
                    } catch {
                        benchmark.error("\(error)")
                        return
                    }
                    _ = meter.draw(before, theme: .named(state.theme))
                    let bytes = meter.draw(after, theme: .named(state.theme)).count
                    meter.stop()
                    benchmark.measurement(written, bytes)
                    benchmark.measurement(changed, cells)
                    benchmark.measurement(ratio, cells == 0 ? 0 : bytes * 100 / cells)
                } setup: {
                    try Fixtures.shared.dataset(0)
                }
            }
        }
    }
}
