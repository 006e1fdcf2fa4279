import CityDashCore

/// What the kiosk says about its data, so a live clock does not suggest live figures:
/// "数据来源：5篇报道，2020–2022" / "Source: five reports, 2020-2022". The count and the years
/// come from sources.yaml (the publication dates the articles give), never from this code.
public enum KioskVintage {
    public static func text(_ dataset: Dataset, _ lang: Language) -> String {
        let count = dataset.sources.count
        let years = dataset.sources.compactMap { $0.date.flatMap { Int($0.prefix(4)) } }
        var span = ""
        if let first = years.min(), let last = years.max() {
            span = first == last ? "\(first)" : "\(first)\(lang == .zh ? "–" : "-")\(last)"
        }
        switch lang {
        case .zh:
            return "数据来源：\(count)篇报道" + (span.isEmpty ? "" : "，" + span)
        case .en:
            let noun = count == 1 ? "report" : "reports"
            return "Source: \(englishNumber(count)) \(noun)" + (span.isEmpty ? "" : ", " + span)
        }
    }

    /// One to ten in words, as English style has it in running text; larger numbers in digits.
    static func englishNumber(_ n: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return words.indices.contains(n) ? words[n] : "\(n)"
    }

    /// How the ticker names an article: its outlet, or where it names none, its short title
    /// in title marks (《…》 in Chinese, quotation marks in English, which ASCII can show).
    static func sourceName(_ source: Source, _ lang: Language) -> String {
        if let outlet = source.outlet?[lang] { return outlet }
        let title = shortTitle(source.title[lang])
        return lang == .zh ? "《" + title + "》" : "\u{201C}" + title + "\u{201D}"
    }

    /// A title up to its first break (the space between a Chinese title's two halves, or a
    /// comma, colon or question mark), with "…" where something was left off. The words are
    /// the article's own, only fewer of them.
    static func shortTitle(_ title: String) -> String {
        let breaks: Set<Character> = [" ", "，", ",", "：", ":", "？", "?", "！", "!", "—"]
        let isChinese = title.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }
        var cut = title.firstIndex { breaks.contains($0) && (isChinese || $0 != " ") }
        if let index = cut, title.distance(from: title.startIndex, to: index) < 4 { cut = nil }
        guard let cut else { return title }
        return String(title[..<cut]) + "…"
    }
}
