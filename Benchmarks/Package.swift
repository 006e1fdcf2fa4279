// swift-tools-version:6.1
// citydash's benchmarks, in a package of their own so that building or testing citydash never
// compiles the benchmark stack. Run from this folder: `swift package benchmark`.
import PackageDescription

let package = Package(
    name: "CityDashBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // `citydash` is a link to the repository root, so the dependency has the same identity
        // whatever the clone is called.
        .package(path: "citydash"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Load, filter, search, render and panel-switch benchmarks.
        .executableTarget(
            name: "CityDashBenchmarks",
            dependencies: [
                .product(name: "CityDashKit", package: "citydash"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/CityDashBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
