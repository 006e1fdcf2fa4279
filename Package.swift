// swift-tools-version:6.1
import PackageDescription

// Release builds on Linux lay out the code a running dashboard executes together, so that the
// booth process keeps few pages of its 11 MB of text resident (issue 11: ≤ 12 MB at 200x60).
// Each Swift function gets its own section (-function-sections), so that lld can place the
// functions tools/citydash.order lists (a callgrind profile of a dashboard session, regenerated
// by tools/symbol-order.sh) first; a stale list is harmless, names it lacks are laid out as before.
// The same link packs the relative relocations (-z pack-relative-relocs: 1 MB of .rela.dyn that the
// loader read at every start becomes 8 KB of .relr.dyn; glibc ≥ 2.36) and keeps the executable's
// symbols out of the dynamic symbol table (--no-export-dynamic: the Swift static-stdlib link
// exports them all, 370 KB that nothing looks up), and takes libstdc++, libyaml and ncursesw (with
// tinfo) from their static archives (tools/static-libs: the Swift runtime calls ~25 libstdc++
// functions, and mapping and relocating libstdc++.so.6 kept ~1 MB resident; each shared library
// cost every start its mapping, page faults and symbol lookups). The Swift frontend is told to reach
// concrete generic types through their metadata accessors, not by mangled name: a mangled name is
// demangled at run time and its generic requirements (`Key: Hashable`) checked by scanning every
// protocol conformance of the binary, ~0.25 M instructions for each new pair (String: Hashable,
// Int: Hashable, PanelID: Hashable...), 1.5 M of a warm `render`'s 8 M. The binary stays
// position-independent.
let releaseOnLinux = BuildSettingCondition.when(platforms: [.linux], configuration: .release)
let functionSections = SwiftSetting.unsafeFlags([
    "-Xfrontend", "-function-sections",
    "-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors",
], releaseOnLinux)
let compactLink = LinkerSetting.unsafeFlags([
    "-use-ld=lld",
    "-L\(Context.packageDirectory)/tools/static-libs",
    "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
    "-Xlinker", "--no-export-dynamic",
    "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/tools/citydash.order",
    "-Xlinker", "--no-warn-symbol-ordering",
], releaseOnLinux)

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
        // No pkgConfig: its `-L/usr/lib/x86_64-linux-gnu` would come before tools/static-libs on
        // the release link's library path and take libyaml.so (and ncursesw's .so) again; the
        // header and library are on the compiler's and linker's default paths.
        .systemLibrary(name: "CLibYAML", providers: [.apt(["libyaml-dev"])]),
        // Model, YAML loading, validation, number formatting, queries, export. Never imports ncurses
        // or Foundation.
        .target(name: "CityDashCore", dependencies: ["CLibYAML"], swiftSettings: [functionSections]),
        // Cell buffer, layout, widgets, panels, key table and the reducer. Pure: no terminal I/O.
        .target(name: "CityDashUI", dependencies: ["CityDashCore"], swiftSettings: [functionSections]),
        // The system ncursesw library, with a header shim for what Swift cannot import.
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncursesw5-dev"])]),
        // The only code that talks to curses: copies a Buffer to the screen and turns keys into events.
        .target(name: "CityDashTerminal", dependencies: ["CityDashUI", "CNCursesW"], swiftSettings: [functionSections]),
        .executableTarget(
            name: "citydash",
            dependencies: [
                "CityDashCore", "CityDashUI", "CityDashTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [functionSections],
            linkerSettings: [compactLink]
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
