import Benchmark
import CityDashCore
import Foundation

/// How long the loader takes to refuse YAML built to exhaust a parser: the timing the unit tests
/// (`YAMLAttackTests`, `DataFuzzTests`) used to assert beside other tests running in parallel.
/// Each case replaces one bundled file; every one must be refused, the `load hostile` figures
/// are the time to say so.
func hostileDataBenchmarks() {
    var laughs = ["a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
        laughs.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        previous = name
    }
    laughs.append("metrics: *i")
    var block = "events:\n"
    for level in 0..<2_000 { block += String(repeating: " ", count: level * 2 + 2) + "k\(level):\n" }
    let cases: [(name: String, file: String, text: String)] = [
        ("billion laughs", "metrics.yaml", laughs.joined(separator: "\n")),
        ("10,000 nested lists", "events.yaml",
         "events: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)),
        ("10,000 nested maps", "events.yaml",
         "events: " + String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000)),
        ("2,000 levels of indentation", "events.yaml", block),
        ("a list of 21,000 scalars", "metrics.yaml",
         "metrics:\n" + Array(repeating: "  - x", count: 21_000).joined(separator: "\n")),
    ]
    for hostile in cases {
        Benchmark("load hostile \(hostile.name)", configuration: configuration(maxSeconds: 3, maxIterations: 100)) {
            benchmark, texts in
            for _ in benchmark.scaledIterations {
                let result = DatasetLoader().load(texts: texts)
                precondition(!result.isValid, "\(hostile.name) was accepted")
                blackHole(result)
            }
        } setup: {
            var texts: [String: String] = [:]
            for name in DatasetLoader.fileNames {
                texts[name] = try String(contentsOf: Fixtures.bundledDirectory.appendingPathComponent(name),
                                         encoding: .utf8)
            }
            texts[hostile.file] = hostile.text
            return texts
        }
    }
}
