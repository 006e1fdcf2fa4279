import CityDashCore

/// A headline figure in a small framed card: the figure large and bright, its year (or
/// target year) and category, and a gauge when the figure is a share.
public struct FigureCard: Sendable {
    public var metric: Metric
    public var language: Language
    public var borders: BorderSet
    /// Count-up animation progress, 0...1; at 1 the exact stated figure is shown.
    public var progress: Double
    /// Block digits need block characters; ASCII terminals get the plain figure.
    public var allowsBlockDigits: Bool

    public init(metric: Metric, language: Language, borders: BorderSet, progress: Double = 1,
                allowsBlockDigits: Bool = true) {
        self.metric = metric
        self.language = language
        self.borders = borders
        self.progress = progress
        self.allowsBlockDigits = allowsBlockDigits
    }

    /// The figure part way through its count-up, with as many decimals as the stated value.
    /// At progress 1 it is the stated value itself, never a float round trip.
    static func counting(_ value: ExactDecimal, progress: Double) -> ExactDecimal {
        guard progress < 1 else { return value }
        let decimals = max(0, -value.exponent)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let eased = 1 - (1 - max(0, progress)) * (1 - max(0, progress))
        let units = Int((value.doubleValue * eased * scale).rounded(.down))
        var digits = String(units)
        if decimals > 0 {
            digits = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return ExactDecimal(digits) ?? value
    }

    public func render(in rect: Rect, buffer: inout Buffer) {
        let inner = Frame(title: metric.name[language], borders: borders, titleRole: .label).render(in: rect, buffer: &buffer)
        guard inner.height > 0 else { return }
        let role: Role = metric.kind == .target ? .target : .value
        var shown = metric
        shown.value = Self.counting(metric.value, progress: progress)
        let figure = FigureFormatter.format(shown, language)
        var row = 0
        // Tall cards draw the figure in block digits when it fits; otherwise one bold line.
        if allowsBlockDigits, inner.height >= 5, BigFigure.render(figure, in: inner.inset(left: 1), role: role, buffer: &buffer) {
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
