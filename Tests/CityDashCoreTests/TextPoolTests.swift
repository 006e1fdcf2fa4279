@testable import CityDashCore
import Testing

/// `TextPool` keeps one string per byte sequence: a repeat gives back the kept string, a text
/// that differs in any byte (canonically equivalent ones included) gets its own, and nothing is
/// lost when the table grows.
@Suite struct TextPoolTests {
    static func intern(_ text: String, in pool: inout TextPool) -> String {
        var text = text
        return text.withUTF8 { pool.intern($0) }
    }

    @Test func repeatsShareOneStringAndDifferentBytesDoNot() {
        var pool = TextPool()
        let first = Self.intern("全市GDP达到4.32万亿元,首次突破4万亿元", in: &pool)
        let again = Self.intern("全市GDP达到4.32万亿元,首次突破4万亿元", in: &pool)
        #expect(first.hasSameBytes(as: again))
        #expect(pool.count == 1)
        // The very same storage, not a copy.
        var (a, b) = (first, again)
        let (x, y) = (a.withUTF8 { $0.baseAddress }, b.withUTF8 { $0.baseAddress })
        #expect(x == y)
        // é written as one scalar and as e + U+0301: equal as Strings, different bytes.
        let composed = Self.intern("caf\u{E9} au lait, twice over", in: &pool)
        let decomposed = Self.intern("cafe\u{301} au lait, twice over", in: &pool)
        #expect(composed == decomposed)
        #expect(!composed.hasSameBytes(as: decomposed))
        #expect(Array(decomposed.utf8) == Array("cafe\u{301} au lait, twice over".utf8))
        #expect(pool.count == 3)
    }

    @Test func everyTextSurvivesTheTableGrowing() {
        var pool = TextPool()
        let texts = (0..<1_000).map { "quote number \($0) of the generated data set" }
        for text in texts { #expect(Self.intern(text, in: &pool) == text) }
        #expect(pool.count == texts.count)
        for text in texts.shuffled() { #expect(Array(Self.intern(text, in: &pool).utf8) == Array(text.utf8)) }
        #expect(pool.count == texts.count)
    }

    @Test func theLoadContextSharesLongTextsOnly() {
        let context = LoadContext()
        let long = "a text longer than fifteen bytes"
        var bytes = long
        let fromBytes = bytes.withUTF8 { context.intern($0) }
        #expect(fromBytes == long)
        #expect(context.intern(long) == long)
        var short = "short"
        #expect(short.withUTF8 { context.intern($0) } == "short")
    }
}
