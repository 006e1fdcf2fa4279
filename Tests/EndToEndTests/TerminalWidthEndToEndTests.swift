import CityDashCore
import Foundation
import CityDashTestBridge
import Testing

/// Names with emoji + U+FE0F, a flag, a skin tone, Thai, Devanagari and conjoining jamo, on a
/// real terminal: the live screen (tmux, which counts columns with wcwidth as ncurses does)
/// must equal `citydash render` of the same state after every step, so no cell is left stale
/// from the previous screen and no scalar is lost.
@Suite("Terminal widths in tmux", .serialized)
struct TerminalWidthEndToEndTests {
    static let zh = "杨浦❤️大创智⚠️✈️☀️🇨🇳👍🏽น้ำहिन्दी\u{1100}\u{1161}\u{11A8}实践区"
    static let en = "Yangpu ❤️ Dachuangzhi ⚠️ ✈️ ☀️ 🇨🇳 👍🏽 น้ำ हिन्दी \u{1100}\u{1161}\u{11A8} Zone"

    /// A copy of the bundled data whose first demonstration zone has the test names.
    static func dataWithWideNames() throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("citydash-width-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: E2E.dataDirectory, to: directory)
        let file = directory.appendingPathComponent("demo_zones.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        let line = #"name: {zh: "杨浦大创智数字创新实践区", en: "Yangpu Dachuangzhi Digital Innovation Zone"}"#
        try #require(original.contains(line), "demo_zones.yaml no longer has the line this test edits")
        let edited = original.replacingOccurrences(of: line, with: "name: {zh: \"\(zh)\", en: \"\(en)\"}")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        return directory
    }

    static func render(_ data: URL, width: Int, height: Int, _ extra: [String]) throws -> [String] {
        let binary = try E2E.requireBinary()
        let arguments = ["render", "--data", data.path, "--width", "\(width)", "--height", "\(height)",
                         "--color", "never"] + extra
        let result = try E2E.run(binary, arguments)
        try #require(result.status == 0, "citydash \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        var lines = result.stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test("Overview, the zones list, the details and English all match render, cell for cell")
    func liveScreenMatchesRender() throws {
        let data = try Self.dataWithWideNames()
        defer { try? FileManager.default.removeItem(at: data) }
        let (width, height) = (120, 40)
        let steps: [(keys: [String], arguments: [String], what: String)] = [
            ([], [], "the overview"),
            (["3"], ["--panel", "zones"], "the zones list"),
            (["Enter"], ["--panel", "zones", "--detail"], "the first zone's details"),
            (["Escape", "j"], ["--panel", "zones", "--select", "2"], "the zones list, second row selected"),
            (["k", "l"], ["--panel", "zones", "--lang", "en"], "the zones list in English"),
            (["Enter"], ["--panel", "zones", "--lang", "en", "--detail"], "the details in English"),
            (["Escape", "2"], ["--panel", "towns", "--lang", "en"], "the towns list, drawn over the zones"),
        ]
        var frames: [[String]] = []
        for step in steps {
            let frame = try Self.render(data, width: width, height: height, step.arguments)
            #expect(frame.count == height)
            for (row, line) in frame.enumerated() {
                #expect(DisplayWidth.wcswidth(line) == width, "render row \(row + 1) is not \(width) columns: |\(line)|")
            }
            frames.append(frame)
        }
        // The names are on screen in full, each scalar of them.
        #expect(frames[1].contains { $0.contains(Self.zh) }, "the Chinese name is not in the zones list")
        #expect(frames[2].contains { $0.contains(Self.zh) }, "the Chinese name is not in the details")
        #expect(frames[5].contains { $0.contains(Self.en) }, "the English name is not in the details")

        let session = try TmuxSession(width: width, height: height, label: "width", dataDirectory: data)
        defer { session.kill() }
        for (step, frame) in zip(steps, frames) {
            for key in step.keys { try session.sendKeys(key) }
            guard try session.expectScreen(frame, "\(step.what) (render \(step.arguments.joined(separator: " ")))")
            else { return }
        }
    }
}
