import CityDashCore
@testable import CityDashUI
import Testing

/// The byte-based wrapper (`WrappableText` behind `TextWrap.lines` and `DetailLine`) against
/// the character-based one it replaced (`ReferenceTextWrap`), which must give the same lines
/// byte for byte: every text of the bundled data (both languages) at widths 1...120, and
/// seeded random strings of CJK, punctuation, emoji sequences, combining marks, controls and
/// the edges of the scalar ranges the fast path trusts.
@Suite struct WrapEquivalenceTests {
    /// Every string anywhere in the bundled dataset, Chinese and English, found by reflection so
    /// that a new field is covered without a change here.
    static let dataTexts: [String] = {
        var seen = Set<String>()
        var texts: [String] = []
        func walk(_ value: Any) {
            if let text = value as? String {
                if seen.insert(text).inserted { texts.append(text) }
                return
            }
            for child in Mirror(reflecting: value).children { walk(child.value) }
        }
        walk(Fixture.dataset)
        return texts
    }()

    /// Same bytes, not just equal `String`s (which compare by canonical equivalence).
    static func sameBytes(_ a: [String], _ b: [String]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { Array($0.utf8) == Array($1.utf8) }
    }

    @Test func bundledTextsWrapAsBeforeAtEveryWidth() {
        #expect(Self.dataTexts.count > 200, "found only \(Self.dataTexts.count) texts")
        #expect(Self.dataTexts.contains { $0.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } })
        #expect(Self.dataTexts.contains { $0.contains("Shanghai") })
        var failures = 0
        for text in Self.dataTexts {
            for width in 1...120 {
                let new = TextWrap.lines(text, width: width), old = ReferenceTextWrap.lines(text, width: width)
                if !Self.sameBytes(new, old) {
                    failures += 1
                    if failures < 5 { Issue.record("\(text) at \(width): \(new) != \(old)") }
                }
            }
        }
        #expect(failures == 0)
    }

    @Test func bundledDetailLinesWrapAsBefore() {
        var failures = 0
        for text in Self.dataTexts {
            let variants = [DetailLine(text), DetailLine("• \(text)", indent: 2, hanging: 2),
                            DetailLine("「\(text)」", indent: 1, hanging: 3), DetailLine("  \(text)", hanging: 1)]
            for line in variants {
                for width in Array(1...40) + Array(stride(from: 43, through: 120, by: 7)) {
                    let new = DetailLine.wrappedText(line, width: width), old = ReferenceDetailWrap.wrappedText(line, width: width)
                    if !Self.sameBytes(new, old) {
                        failures += 1
                        if failures < 5 { Issue.record("\(line) at \(width): \(new) != \(old)") }
                    }
                }
            }
        }
        #expect(failures == 0)
    }

    /// Scalars to build random text from: what the data holds and every kind of scalar that
    /// joins clusters or gets sanitized, plus both sides of each edge of `isLoneCluster`.
    static let pool: [Unicode.Scalar] = {
        let values: [UInt32] = [
            0x20, 0x20, 0x20, 0x61, 0x62, 0x7A, 0x41, 0x30, 0x39, 0x2E, 0x2C, 0x25, 0x28, 0x29, 0x5B, 0x7B, 0x3A, 0x21,
            0x4E0A, 0x6D77, 0x6570, 0x5B57, 0x57CE, 0x5E02, 0x9FFF, 0x4E00,
            0xFF0C, 0x3002, 0x3001, 0x300C, 0x300D, 0xFF08, 0xFF09, 0xFF1A, 0x300A, 0x300B, 0x201C, 0x201D, 0x2018,
            0x2019, 0x2026, 0x2025, 0x30FB, 0xFF05, 0x3010, 0x3011, 0xFF62, 0xFF63, 0xFF5F, 0xFF60, 0x00B7, 0x2022,
            0x2014, 0x00A0, 0x00E9, 0x00AD, 0x00A9,
            0x0301, 0x0308, 0x20DD, 0x302A, 0x3099, 0xFF9E, 0xFE0F, 0xFE0E, 0x200D, 0x1F44D, 0x1F3FD, 0x2764, 0x1F468,
            0x1F469, 0x1F1E8, 0x1F1F3, 0x1F600, 0x20000, 0xE0001, 0xE0067,
            0x09, 0x0A, 0x0D, 0x1B, 0x00, 0x7F, 0x85, 0x9B, 0x200B, 0x200E, 0x202E, 0x2066, 0x2028, 0x2029, 0xFEFF,
            0x0378, 0xFFFF, 0xFFFD, 0x2400, 0x241B,
            0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01, 0x0915, 0x094D, 0x0937, 0x093F, 0x0600, 0x0E19, 0x0E49, 0x0E33,
            0x2FF, 0x300, 0x2010, 0x2027, 0x202F, 0x2030, 0x205E, 0x205F, 0x2060, 0x2070, 0x20C0, 0x20D0, 0x2100,
            0x218B, 0x2190, 0x2426, 0x2460, 0x27BF, 0x3000, 0x3029, 0x3030, 0x303F, 0x3041, 0x3096, 0x309B, 0x30FF,
            0x3200, 0x33FF, 0x3400, 0x4DBF, 0xF900, 0xFAFF, 0xFF01, 0xFF9D, 0xFFE0, 0xFFEE, 0x0600, 0x0605,
        ]
        return values.compactMap(Unicode.Scalar.init)
    }()

    /// SplitMix64: the same strings on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Up to 40 scalars from the pool; `plain`: only lone-cluster scalars and line feeds (the
    /// fast paths), else anything.
    static func randomText(_ random: inout Generator, plain: Bool) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...40, using: &random) {
            let scalar = pool[Int.random(in: 0..<pool.count, using: &random)]
            if plain && !WrappableText.isLoneCluster(scalar.value) && scalar.value != 0x0A { continue }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    @Test func randomStringsWrapAsBefore() {
        var random = Generator(state: 20261202)
        var failures = 0
        for round in 0..<3000 {
            let text = Self.randomText(&random, plain: round % 2 == 0)
            for width in 1...24 {
                let new = TextWrap.lines(text, width: width), old = ReferenceTextWrap.lines(text, width: width)
                let line = DetailLine(text, indent: width % 3, hanging: width % 4)
                let newRows = DetailLine.wrappedText(line, width: width), oldRows = ReferenceDetailWrap.wrappedText(line, width: width)
                if !Self.sameBytes(new, old) || !Self.sameBytes(newRows, oldRows) {
                    failures += 1
                    if failures < 5 {
                        Issue.record("\(text.unicodeScalars.map { String($0.value, radix: 16) }) at \(width): \(new) != \(old) or \(newRows) != \(oldRows)")
                    }
                }
            }
        }
        #expect(failures == 0)
    }

    /// `truncated(toWidth:)` skips measuring texts of at most `width` bytes: same results.
    @Test func truncationIsAsBefore() {
        let controls = ["\u{1B}[2J", "\t\n\r", "\u{85}\u{9B}", "a\u{301}b", "👍🏽👍🏽", "中文，。", "\u{200B}\u{202E}x"]
        for text in Self.dataTexts + controls {
            for width in 0...40 {
                let new = text.truncated(toWidth: width), old = ReferenceTextWrap.truncated(text, toWidth: width)
                #expect(Array(new.utf8) == Array(old.utf8), "\(text) at \(width)")
            }
        }
        // Random texts, plain (cut on their bytes) and mixed (cut character by character).
        var random = Generator(state: 20261203)
        var failures = 0
        for round in 0..<2000 {
            let text = Self.randomText(&random, plain: round % 2 == 0)
            for width in 0...30 where failures < 5 {
                let new = text.truncated(toWidth: width), old = ReferenceTextWrap.truncated(text, toWidth: width)
                if Array(new.utf8) != Array(old.utf8) {
                    failures += 1
                    Issue.record("\(text.unicodeScalars.map { String($0.value, radix: 16) }) at \(width): \(new) / \(old)")
                }
            }
        }
    }

    /// Every scalar the fast path treats as a cluster of its own is one, beside any other such
    /// scalar, by Swift's grapheme breaking.
    @Test func loneClusterScalarsAreClustersOfTheirOwn() {
        let neighbours: [Unicode.Scalar] = ["a", " ", "中", "，", "\u{FFFD}", "\u{2190}", "\u{3041}", "\u{FF9D}", "\u{AE}"]
        var wrong: [UInt32] = []
        for value in UInt32(0)...0xFFFF where WrappableText.isLoneCluster(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for other in neighbours {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: [other, scalar, scalar, other])
                if String(view).count != 4 { wrong.append(value) }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map { String($0, radix: 16) })")
    }

    /// The mark tables give every scalar the flags of `TextWrap`'s sets.
    @Test func markTablesMatchThePunctuationSets() {
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = (TextWrap.breakableScalars.contains(scalar) ? WrappableText.breakable : 0)
                | (TextWrap.closingScalars.contains(scalar) ? WrappableText.closing : 0)
                | (TextWrap.openingScalars.contains(scalar) ? WrappableText.opening : 0)
            if WrappableText.markFlags(value) != expected { wrong.append(value) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map { String($0, radix: 16) })")
        #expect(WrappableText.markFlags(0xFF0C) == WrappableText.breakable | WrappableText.closing)
        #expect(WrappableText.markFlags(0x300C) == WrappableText.opening)
    }
}
