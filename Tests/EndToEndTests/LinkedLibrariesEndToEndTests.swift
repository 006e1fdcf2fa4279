import Foundation
import CityDashTestBridge
import Testing

/// The built `citydash` links no Foundation (README "What the binary links"): neither the
/// libraries `ldd` lists nor those the dynamic loader actually opens while it draws a frame
/// (which also catches a `dlopen`) may include libFoundation or libFoundationInternationalization.
/// FoundationEssentials (needed by swift-argument-parser) is allowed.
@Suite("Linked libraries")
struct LinkedLibrariesEndToEndTests {
    static let forbidden = ["libFoundation.so", "libFoundationInternationalization.so", "libFoundationNetworking.so",
                            "libFoundationXML.so"]

    /// The library names (`libc.so.6`) in `text`, one per word that looks like one.
    static func libraries(in text: String) -> Set<String> {
        var names: Set<String> = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "=" }) {
            let name = word.split(separator: "/").last.map(String.init) ?? ""
            if name.hasPrefix("lib"), name.contains(".so") { names.insert(name) }
        }
        return names
    }

    static func forbiddenIn(_ names: Set<String>) -> [String] {
        names.filter { name in forbidden.contains { name == $0 || name.hasPrefix($0 + ".") } }.sorted()
    }

    @Test("ldd lists no Foundation library, only FoundationEssentials at most")
    func lddShowsNoFoundation() throws {
        let binary = try E2E.requireBinary()
        let ldd = try E2E.run("/usr/bin/ldd", [binary])
        try #require(ldd.status == 0, "ldd failed: \(ldd.stderr)")
        let names = Self.libraries(in: ldd.stdout)
        #expect(names.contains { $0.hasPrefix("libyaml") }, "libyaml missing from: \(names.sorted())")
        #expect(Self.forbiddenIn(names).isEmpty, "the binary links \(Self.forbiddenIn(names)); ldd:\n\(ldd.stdout)")
    }

    @Test("the loader opens no Foundation library while render draws a frame")
    func loaderOpensNoFoundation() throws {
        let binary = try E2E.requireBinary()
        var environment = E2E.childEnvironment()
        environment["CITYDASH_DATA"] = E2E.dataDirectory.path
        environment["LD_DEBUG"] = "files"
        let run = try E2E.run(binary, ["render", "--width", "80", "--height", "24"], environment: environment)
        #expect(run.status == 0, "render failed: \(run.stderr.suffix(400))")
        let opened = Set(run.stderr.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: "file=") else { return nil }
            return line[range.upperBound...].split(separator: " ").first.map(String.init)
        })
        #expect(opened.contains { $0.hasPrefix("libncursesw") }, "LD_DEBUG reported no libraries: \(run.stderr.prefix(300))")
        #expect(Self.forbiddenIn(opened).isEmpty, "render opened \(Self.forbiddenIn(opened))")
    }
}
