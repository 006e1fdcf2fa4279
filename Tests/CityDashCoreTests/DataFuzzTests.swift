@testable import CityDashCore
import Foundation
import CityDashTestBridge
import Testing

/// Hostile and broken data files: every mutant of the bundled data is either accepted or
/// rejected with diagnostics that name a data file and a line — never a crash, a hang or a
/// diagnostic nobody could act on. How long hostile files take to refuse is measured by the
/// `load hostile` benchmarks, not here: tests run in parallel, so a clock says little.
@Suite struct DataFuzzTests {
    static let bundled: [String: String] = {
        var texts: [String: String] = [:]
        for name in DatasetLoader.fileNames {
            let url = TestSupport.dataDirectory.appendingPathComponent(name)
            texts[name] = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        }
        return texts
    }()

    static let hostileValues = [
        "1e309", "-0", "NaN", ".nan", ".inf", "-.inf", "-5", "0x1F", "1,000", "", "\"\"", "null", "~", "[]", "{}",
        "[1, 2]", "{zh: a}", "!!binary aGk=", "true", "\"\\u001B]0;pwned\\u0007\"", "\"\\u001B[2J\"",
        "\"\\u202Eevil\"", "\"zero\\u200Bwidth\"", "斤", "atlantis", "s999", "&a x", "*a", "|\n  block",
        "\"" + String(repeating: "长", count: 100_000) + "\"", "'unterminated", "\"unterminated", "- - -", ": :",
    ]

    /// One mutant of the bundled data: (file name, mutated text).
    static func mutate(_ random: inout SplitMix64) -> (String, String) {
        let file = random.pick(DatasetLoader.fileNames)
        let original = bundled[file] ?? ""
        var lines = original.components(separatedBy: "\n")
        switch random.below(12) {
        case 0:  // truncate anywhere
            let cut = random.below(original.count + 1)
            return (file, String(original.prefix(cut)))
        case 1:  // delete lines
            for _ in 0...random.below(5) where !lines.isEmpty { lines.remove(at: random.below(lines.count)) }
        case 2:  // duplicate a line (duplicate keys, duplicate ids)
            if !lines.isEmpty {
                let index = random.below(lines.count)
                lines.insert(lines[index], at: random.below(lines.count))
            }
        case 3, 4, 5:  // replace a value with something hostile or of the wrong type
            let candidates = lines.indices.filter { lines[$0].contains(": ") }
            if !candidates.isEmpty {
                let index = random.pick(candidates)
                let line = lines[index]
                if let colon = line.range(of: ": ") {
                    lines[index] = String(line[..<colon.upperBound]) + random.pick(hostileValues)
                }
            }
        case 6:  // tabs for indentation
            lines = lines.map { $0.hasPrefix("    ") ? "\t" + $0.dropFirst(4) : $0 }
        case 7:  // CRLF line ends, with or without a byte-order mark
            return (file, (random.below(2) == 0 ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n"))
        case 8:  // swap two ids (broken references) or rename one
            let ids = lines.indices.filter { lines[$0].contains("id: ") }
            if ids.count > 1 {
                let a = random.pick(ids), b = random.pick(ids)
                (lines[a], lines[b]) = (lines[b], lines[a])
            }
        case 9:  // deep nesting
            let depth = 1 + random.below(3000)
            lines.insert("deep: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
                         at: random.below(lines.count + 1))
        case 10:  // a very long list
            let items = Array(repeating: "  - x", count: 1000 + random.below(20_000))
            lines += ["extra:"] + items
        default:  // shuffle indentation of one line
            if !lines.isEmpty {
                let index = random.below(lines.count)
                lines[index] = String(repeating: " ", count: random.below(9)) + lines[index].drop { $0 == " " }
            }
        }
        return (file, lines.joined(separator: "\n"))
    }

    static func check(_ result: LoadResult, mutant: String) {
        for diagnostic in result.diagnostics {
            let known = DatasetLoader.fileNames.contains(diagnostic.file)
            #expect(known, "\(mutant): diagnostic names no data file: \(diagnostic)")
            #expect(diagnostic.line >= 1 || diagnostic.message.contains("limit"),
                    "\(mutant): diagnostic has no line: \(diagnostic)")
            #expect(!diagnostic.message.isEmpty)
            #expect(!diagnostic.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 },
                    "\(mutant): control characters reach the message")
        }
    }

    static let chunks = 10
    static let perChunk = TestSupport.scaled("DataFuzzTests mutants per chunk (10 chunks)", full: 1_000, quick: 50)

    /// 10,000 mutants in 10 seeded chunks (run in parallel); 500 by default (`TestSupport.scaled`).
    @Test(arguments: 0..<chunks)
    func mutantsAreAcceptedOrRejectedWithALocation(chunk: Int) {
        var random = SplitMix64(seed: 0xC17D_A5B0 &+ UInt64(chunk))
        var rejected = 0
        for index in 0..<Self.perChunk {
            let (file, text) = Self.mutate(&random)
            var texts = Self.bundled
            texts[file] = text
            let result = DatasetLoader().load(texts: texts)
            Self.check(result, mutant: "chunk \(chunk) mutant \(index) of \(file)")
            if !result.isValid { rejected += 1 }
        }
        // The mutations are meant to break things: most mutants must be rejected.
        #expect(rejected > Self.perChunk / 2)
    }

    @Test func invalidUTF8AndBinaryFilesAreRejectedWithTheirLine() throws {
        var random = SplitMix64(seed: 7)
        for round in 0..<TestSupport.scaled("DataFuzzTests invalid UTF-8 files", full: 200, quick: 40) {
            let file = random.pick(DatasetLoader.fileNames)
            var bytes = Array((Self.bundled[file] ?? "").utf8)
            let position = random.below(bytes.count)
            bytes.insert(contentsOf: random.pick([[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0x00], [0xF8, 0x88]]),
                         at: position)
            var files = Self.bundled.mapValues { Data($0.utf8) }
            files[file] = Data(bytes)
            let directory = try TestSupport.writeDataDirectory(files)
            defer { TestSupport.removeQuietly(directory) }
            let result = try DatasetLoader().load(directory: directory)
            #expect(!result.isValid, "round \(round): corrupt \(file) accepted")
            Self.check(result, mutant: "round \(round) \(file)")
        }
    }
}
