/// A story page of the kiosk (`{panel: story, figures: [city-gdp-2021], headline: note}`):
/// one to three figures drawn as large as the screen allows, under the article's own words.
/// It adds no text of its own: the headline is a figure's quote or note, and each figure
/// comes with its name, its quote and its source from the data.
public struct KioskStory: Hashable, Sendable {
    /// Where the headline comes from: the first figure's quote (the article's words, verbatim
    /// and in Chinese in both languages) or its note (in the display language).
    public enum Headline: String, CaseIterable, Hashable, Sendable {
        case quote
        case note
    }

    /// The most figures a story page features.
    public static let maxFigures = 3

    /// Metric ids, in the order shown.
    public var figures: [String]
    public var headline: Headline

    public init(figures: [String], headline: Headline = .quote) {
        self.figures = figures
        self.headline = headline
    }

    /// The figures that are in `dataset`, in order (a reload may have removed some).
    public func metrics(in dataset: Dataset) -> [Metric] {
        figures.compactMap { dataset.metric($0) }
    }
}

extension KioskStory {
    /// Reads `figures` and `headline` of a `panel: story` playlist entry, reporting an unknown
    /// metric id at its own line, a list of no or more than three figures, and a `headline:
    /// note` whose first figure has no note. Nil when no figure could be read.
    init?(reading page: RecordReader, dataset: Dataset) {
        let nodes = page.list("figures", required: true)
        var figures: [String] = []
        for (index, node) in nodes.enumerated() {
            guard let id = node.scalar?.string, dataset.metric(id) != nil else {
                page.report(at: node, "\(page.path).figures[\(index)]: expected a metric id from metrics.yaml, found "
                    + RecordReader.describe(node))
                continue
            }
            figures.append(id)
        }
        if !page.failedFields.contains("figures"), nodes.isEmpty || nodes.count > Self.maxFigures {
            page.fail("figures", "a story page features 1 to \(Self.maxFigures) figures; found \(nodes.count)")
        }
        let headline = page.enumeration("headline", Headline.self, required: false) ?? .quote
        if headline == .note, let first = figures.first, dataset.metric(first)?.note == nil {
            page.fail("headline", "\"note\" needs a note on the first figure, and \(first) has none; use quote")
        }
        guard !figures.isEmpty else { return nil }
        self.init(figures: Array(figures.prefix(Self.maxFigures)), headline: headline)
    }
}
