/// A figure (or any record) with its citation, as `C` copies it, e.g.
/// `上海全市生产总值 4.32万亿元（2021年）——《全面推进城市数字化转型 跑赢数字经济新赛道加速度》：“全市GDP达到4.32万亿元,首次突破4万亿元”`.
///
/// The figure is written by `FigureFormatter` (never rounded), the quote is the article's own
/// fragment, and the whole text is sanitized: it goes to a terminal and a clipboard.
public enum Citation {
    public static func text(for metric: Metric, in dataset: Dataset, _ language: Language) -> String {
        let when = FigureFormatter.when(metric, language)
        let figure = FigureFormatter.format(metric, language)
        let head: String
        switch language {
        case .zh:
            let name = metric.name.zh.hasPrefix("上海") ? metric.name.zh : "上海" + metric.name.zh
            head = "\(name) \(figure)" + (when.isEmpty ? "" : "（\(when)）")
        case .en:
            let name = metric.name.en.hasPrefix("Shanghai") ? metric.name.en : "Shanghai " + metric.name.en
            head = "\(name): \(figure)" + (when.isEmpty ? "" : " (\(when))")
        }
        return TerminalSanitizer.sanitize(head + tail(metric, in: dataset, language))
    }

    /// A record other than a figure: its name with the same citation.
    public static func text(name: Localized, record: some Cited, in dataset: Dataset, _ language: Language) -> String {
        TerminalSanitizer.sanitize(name[language] + tail(record, in: dataset, language))
    }

    /// `——《title》：“quote”` (the quote stays in Chinese: it is the article's own words).
    static func tail(_ record: some Cited, in dataset: Dataset, _ language: Language) -> String {
        let source = dataset.source(record.source)
        switch language {
        case .zh:
            return "——《\(source?.title.zh ?? record.source)》：“\(record.quote)”"
        case .en:
            let title = source.map { "“\($0.title.en)” (《\($0.title.zh)》)" } ?? record.source
            return " — \(title): “\(record.quote)”"
        }
    }
}
