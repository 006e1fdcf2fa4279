@testable import CityDashCore
import Foundation
import CityDashTestBridge
import Testing

/// `C`'s text: the figure as stated with its year, the article's title and its own quote; and
/// the OSC 52 sequence that carries it, which nothing in the data can break out of.
@Suite("Citation and OSC 52")
struct CitationTests {
    @Test("a figure's citation in Chinese and English")
    func figureCitation() throws {
        let data = try TestSupport.bundledDataset()
        let gdp = try #require(data.metric("city-gdp-2021"))
        #expect(Citation.text(for: gdp, in: data, .zh)
            == "上海全市生产总值 4.32万亿元（2021年）——《全面推进城市数字化转型 跑赢数字经济新赛道加速度》：“全市GDP达到4.32万亿元,首次突破4万亿元”")
        #expect(Citation.text(for: gdp, in: data, .en)
            == "Shanghai City GDP: CNY 4.32 trillion (2021) — “Advancing City Digital Transformation, Winning the Race "
            + "on the Digital Economy's New Tracks” (《全面推进城市数字化转型 跑赢数字经济新赛道加速度》): “全市GDP达到4.32万亿元,首次突破4万亿元”")
    }

    @Test("planted control characters never reach the terminal")
    func sanitized() throws {
        var data = try TestSupport.bundledDataset()
        var metric = try #require(data.metric("city-gdp-2021"))
        metric.quote = "4.32\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J\u{9B}31m"
        metric.name = Localized(zh: "生产\u{202E}总值", en: "GDP")
        data.metrics = [metric]
        let text = Citation.text(for: metric, in: data, .zh)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" })
        let sequence = try #require(OSC52.sequence(for: text))
        #expect(sequence.hasPrefix("\u{1B}]52;c;") && sequence.hasSuffix("\u{07}"))
        let payload = sequence.dropFirst(7).dropLast()
        #expect(payload.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+/=".contains($0)) })
        let decoded = try #require(Data(base64Encoded: String(payload)))
        #expect(String(decoding: decoded, as: UTF8.self) == text)
        // Raw text with controls is sanitized by the sequence builder too.
        let raw = try #require(OSC52.sequence(for: "a\u{1B}b\u{07}c"))
        let rawPayload = try #require(Data(base64Encoded: String(raw.dropFirst(7).dropLast())))
        #expect(!String(decoding: rawPayload, as: UTF8.self).unicodeScalars.contains { $0.value < 0x20 })
        #expect(OSC52.sequence(for: String(repeating: "数", count: 30_000)) == nil)
    }
}
