import Foundation
import CityDashTestBridge
import Testing
@testable import CityDashCore

/// What replaced Foundation in the library gives what Foundation gave: JSON that Foundation
/// reads back to the same values, base64 byte for byte, paths as `URL` spelled them, trimming as
/// `.whitespaces` trimmed, and the environment as `ProcessInfo` sees it.
@Suite("Foundation replacements")
struct FoundationReplacementTests {
    struct Sample: Codable, Equatable {
        var plainText: String
        var count: Int
        var ratio: Double
        var flag: Bool
        var missing: String?
        var items: [String]
        var nested: [Localized]
    }

    static let awkward = "quote \" backslash \\ slash / tab \t newline \n CR \r ESC \u{1B} BEL \u{07} DEL \u{7F} "
        + "CSI \u{9B} LS \u{2028} PS \u{2029} NUL \u{0} 汉字 🇨🇳"

    @Test("JSONWriter's output reads back with Foundation to the same value, keys snake_case and sorted")
    func jsonRoundTrip() throws {
        let sample = Sample(plainText: Self.awkward, count: -42, ratio: 4.32e12, flag: true, missing: nil,
                            items: [], nested: [Localized(zh: "上海", en: "Shanghai")])
        let text = try JSONWriter.encode(sample)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        #expect(try decoder.decode(Sample.self, from: Data(text.utf8)) == sample)
        #expect(!text.utf8.contains { $0 < 0x20 && $0 != 0x0A })
        #expect(!text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" })
        #expect(text.contains("\\u001b") && text.contains("\\u2028") && text.contains("/"))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[0...1].joined() }
        #expect(keys == keys.sorted(), "\(keys)")
        #expect(text.hasPrefix("{\n  \"count\" : -42,\n  \"flag\" : true,\n  \"items\" : [],\n"), "\(text.prefix(80))")
        #expect(!text.contains("missing"), "a nil optional is left out, as JSONEncoder leaves it out")
        #expect(text.contains("\"ratio\" : 4320000000000\n}"))
        #expect(text.contains("\"plain_text\" : "))
    }

    @Test("JSONWriter refuses numbers JSON cannot hold")
    func jsonRefusesNaN() {
        #expect(throws: EncodingError.self) { try JSONWriter.encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try JSONWriter.encode([Double.infinity]) }
    }

    @Test("base64 matches Foundation for every length and byte")
    func base64() {
        var random = SplitMix64(seed: 3)
        for length in 0..<70 {
            let bytes = (0..<length).map { _ in UInt8(random.below(256)) }
            #expect(OSC52.base64(bytes) == Data(bytes).base64EncodedString(), "length \(length)")
        }
    }

    @Test("FilePath spells paths as URL(fileURLWithPath:).path did")
    func filePaths() {
        let cwd = FileManager.default.currentDirectoryPath
        for path in ["/a/b/c", "/a//b/", "/", "data", "./x/../y", "/a/b/../c", "rel/dir/"] {
            let url = URL(fileURLWithPath: path)
            #expect(FilePath(path).standardized().path == url.standardizedFileURL.path, "\(path)")
            #expect(FilePath(path).lastPathComponent == url.lastPathComponent || path == "./x/../y", "\(path)")
        }
        #expect(FilePath("data").path == cwd + "/data")
        #expect(FilePath("/a/b").appendingPathComponent("share/c").path == "/a/b/share/c")
        #expect(FilePath("/a/b").deletingLastPathComponent().path == "/a")
        #expect(FilePath("/a").deletingLastPathComponent().path == "/")
        #expect(FilePath("/").deletingLastPathComponent().path == "/")
        #expect(FilePath("/").appendingPathComponent("x").path == "/x")
        #expect(FilePath("//a///b//").path == "/a/b")
        #expect(FilePath("/a/中文//b/").path == "/a/中文/b")
        #expect(FilePath("///").path == "/")
        #expect(FilePath("/a/b/../..").standardized().path == "/")
    }

    @Test("trimmingSpaces trims what .whitespaces trims and keeps line breaks")
    func trimming() {
        for text in ["  a b  ", "\t\u{3000}中文\u{00A0}", "\n x \n", "", "   ", "a"] {
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
        #expect("：名称： ".trimmed { ":： ".contains($0) } == "名称")
    }

    @Test("the environment is ProcessInfo's")
    func environment() {
        #expect(FileSystem.environment() == ProcessInfo.processInfo.environment)
    }
}

/// The in-place UTF-8 check agrees with the standard library's validation.
@Suite("UTF-8 check")
struct UTF8CheckTests {
    @Test("agrees with String(validating:) on edge cases and 20,000 random byte strings")
    func agreesWithStandardLibrary() {
        let edges: [[UInt8]] = [
            [], [0x41], [0xC2, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE4, 0xB8], [0x80], [0xFF], Array("汉字🇨🇳".utf8),
        ]
        for bytes in edges {
            #expect(UTF8Check.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
        var random = SplitMix64(seed: 8)
        let pool: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE4,
                             0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<random.below(7)).map { _ in pool[random.below(pool.count)] }
            #expect(UTF8Check.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}
