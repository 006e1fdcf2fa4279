import CityDashCore

/// A headline figure in a small framed card: the figure large and bright, its year (or
/// target year) and category, and a gauge when the figure is a share.
public struct FigureCard: Sendable {
    public var metric: Metric
    public var language: Language
    public var borders: BorderSet

    public init(metric: Metric, language: Language, borders: BorderSet) {
        self.metric = metric
        self.language = language
        self.borders = borders
    }

    public func render(in rect: Rect, buffer: inout Buffer) {
        let inner = Frame(title: metric.name[language], borders: borders, titleRole: .label).render(in: rect, buffer: &buffer)
        guard inner.height > 0 else { return }
        let role: Role = metric.kind == .target ? .target : .value
        let figure = FigureFormatter.format(metric, language)
        var row = 0
        // Tall cards draw the figure in block digits when it fits; otherwise one bold line.
        if inner.height >= 5, BigFigure.render(figure, in: inner.inset(left: 1), role: role, buffer: &buffer) {
            row = 3
        } else {
            buffer.write(" " + figure, x: inner.x, y: inner.y, role: role, clip: inner)
            row = 1
        }
        let when = FigureFormatter.when(metric, language) + " · " + metric.category.label[language]
        buffer.write(" " + when.truncated(toWidth: inner.width - 1), x: inner.x, y: inner.y + row, role: .muted,
                     clip: inner)
        if metric.unit == .percent && inner.height > row + 1 {
            Gauge(percent: metric.value.doubleValue, borders: borders)
                .render(in: inner.row(row + 1).inset(right: 1, left: 1), buffer: &buffer)
        }
    }
}
