import Foundation
import Testing

/// tools/citydash.order, the function list the release link hands to lld
/// (--symbol-ordering-file in Package.swift): it must exist, or the release link fails, and must
/// name functions as the linker sees them (mangled, one per line), or it silently orders nothing
/// and the dashboard keeps ~2 MB more of its text resident (issue 11).
@Suite("Symbol order file")
struct SymbolOrderTests {
    static let path = E2E.repositoryRoot.appendingPathComponent("tools/citydash.order").path

    @Test("tools/citydash.order lists mangled names of the dashboard's start and draw path, one per line")
    func namesTheDrawPath() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let names = text.split(separator: "\n").map(String.init)
        #expect(names.count > 500, "only \(names.count) names; regenerate with tools/symbol-order.sh")
        #expect(names.allSatisfy { !$0.isEmpty && !$0.contains(" ") }, "a line is not a single linker symbol name")
        #expect(names.contains("citydash_main"))
        #expect(names.contains { $0.hasPrefix("$s10CityDashUI13DashboardViewO6render") },
                "no DashboardView.render: the list does not come from a dashboard session")
        #expect(names.contains { $0.hasPrefix("$s16CityDashTerminal") }, "no terminal code in the list")
        #expect(Set(names).count == names.count, "a name is listed twice")
    }
}
