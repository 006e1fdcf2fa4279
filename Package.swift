// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "citydash",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "citydash", targets: ["citydash"]),
        // For the benchmark package in Benchmarks/ (its own Package.swift, so that `swift build` and
        // `swift test` here never compile the benchmark stack). Not a public API.
        .library(name: "CityDashKit", targets: ["CityDashCore", "CityDashUI", "CityDashTerminal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system libyaml (Debian libyaml-dev): every YAML file is read from its parse events.
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // Model, YAML loading, validation, number formatting, queries, export. Never imports ncurses
        // or Foundation.
        .target(name: "CityDashCore", dependencies: ["CLibYAML"]),
        // Cell buffer, layout, widgets, panels, key table and the reducer. Pure: no terminal I/O.
        .target(name: "CityDashUI", dependencies: ["CityDashCore"]),
        // The system ncursesw library, with a header shim for what Swift cannot import.
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncursesw5-dev"])]),
        // The only code that talks to curses: copies a Buffer to the screen and turns keys into events.
        .target(name: "CityDashTerminal", dependencies: ["CityDashUI", "CNCursesW"]),
        .executableTarget(
            name: "citydash",
            dependencies: [
                "CityDashCore", "CityDashUI", "CityDashTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test-only overloads that take Foundation's URL where the library takes a FilePath
        // (the executable links no Foundation; the tests build paths with URL). Never in citydash.
        .target(name: "CityDashTestBridge", dependencies: ["CityDashCore", "CityDashTerminal"], path: "Tests/Bridge"),
        .testTarget(name: "CityDashCoreTests", dependencies: ["CityDashCore", "CityDashTestBridge"]),
        .testTarget(
            name: "CityDashUITests", dependencies: ["CityDashUI", "CityDashCore", "CityDashTestBridge"],
            exclude: ["Golden"]),
        // The terminal backend on a pseudo-terminal: what ncurses sends for each frame.
        .testTarget(name: "CityDashTerminalTests", dependencies: ["CityDashTerminal", "CityDashUI", "CityDashCore", "CityDashTestBridge"]),
        // Runs the built `citydash` in a real terminal (tmux); depends on the executable so it is built first.
        .testTarget(name: "EndToEndTests", dependencies: ["citydash", "CityDashCore", "CityDashTestBridge"]),
    ]
)
