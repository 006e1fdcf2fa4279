import CityDashUI
import Foundation
import CityDashTestBridge
import Testing

/// One golden frame on disk: the frame's text rows, a roles header naming the theme, then one
/// role letter per column (`RoleGrid`). Every golden suite records and compares through here.
enum GoldenFile {
    /// The file's content for a rendered frame.
    static func content(_ buffer: Buffer, theme: ThemeName) -> String {
        (buffer.lines + [GoldenFrameTests.rolesHeader(theme: theme)] + RoleGrid.rows(buffer))
            .joined(separator: "\n") + "\n"
    }

    /// Records `actual` with `CITYDASH_RECORD=1`, else compares it with the file and reports
    /// what differs in words (rows, columns, roles).
    static func check(_ actual: String, name: String, in directory: URL, height: Int,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["CITYDASH_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOf: file, encoding: .utf8),
                                    "missing golden file \(file.path); record with CITYDASH_RECORD=1",
                                    sourceLocation: sourceLocation)
        guard actual != expected else { return }
        let shown = file.path.components(separatedBy: "/Tests/CityDashUITests/").last ?? file.path
        Issue.record("""
            \(name) differs from \(shown) (roles: \(RoleGrid.legend)):
            \(GoldenFrameTests.differences(expected: expected, actual: actual, height: height).joined(separator: "\n"))
            """, sourceLocation: sourceLocation)
    }
}
