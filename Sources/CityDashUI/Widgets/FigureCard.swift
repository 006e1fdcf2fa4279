import CityDashCore

/// A headline figure in a framed card titled by its short label: the figure in block digits of
/// the size its row shares (or one bold line when `digitSize` is nil), its year (or target
/// year) and category, and a 0-100 % gauge only when the figure is a share of a whole.
public struct FigureCard: Sendable {
    public var metric: Metric
    public var language: Language
    public var borders: BorderSet
    /// The block-digit size of the card's row; nil draws the figure as one bold line (small
    /// cards, ASCII terminals, or a row where some figure fits at no size).
    public var digitSize: DigitSize?
    /// Digits in ASCII (`BigFigure`'s console font): the card has ASCII borders, so the
    /// terminal shows nothing else.
    public var ascii: Bool { borders == .ascii }

    /// Always the stated figure: no animation may show a value the article does not state
    /// (the kiosk's arrival changes colours only, `KioskArrival`).
    public init(metric: Metric, language: Language, borders: BorderSet, digitSize: DigitSize? = nil) {
        self.metric = metric
        self.language = language
        self.borders = borders
        self.digitSize = digitSize
    }

    /// Rows a card needs for `size`: frame, digits, year line and gauge line.
    public static func height(for size: DigitSize?) -> Int { (size?.rows ?? 1) + 4 }

    /// Columns inside the frame and its left margin, where the figure is drawn.
    public static func figureWidth(cardWidth: Int) -> Int { cardWidth - 3 }

    public func render(in rect: Rect, buffer: inout Buffer) {
        let inner = TitledBox(title: metric.shortName[language], borders: borders, titleRole: .label)
            .render(in: rect, buffer: &buffer)
        guard inner.height > 0 else { return }
        let role: Role = metric.kind == .target ? .target : .value
        let shown = metric
        var row = 0
        if let digitSize, inner.height >= digitSize.rows + 1 {
            // A row dropped to smaller digits than its cards' height centres them.
            row = max(0, (inner.height - digitSize.rows - 2) / 2)
            let area = Rect(x: inner.x + 1, y: inner.y + row, width: inner.width - 1, height: digitSize.rows)
            if BigFigure.render(FigureFormatter.pieces(shown, language), size: digitSize, in: area, role: role,
                                ascii: ascii, buffer: &buffer) {
                row += digitSize.rows
            } else {
                row = 0
            }
        }
        if row == 0 {
            // A one-line figure in a tall card sits in the middle, not over empty rows.
            row = inner.height > 3 ? (inner.height - 2) / 2 : 0
            buffer.write(" " + FigureFormatter.format(shown, language), x: inner.x, y: inner.y + row, role: role,
                         clip: inner)
            row += 1
        }
        let when = FigureFormatter.when(metric, language) + " · " + metric.category.label[language]
        buffer.write(" " + when.truncated(toWidth: inner.width - 1), x: inner.x, y: inner.y + row, role: .muted,
                     clip: inner)
        if metric.measure == .share && inner.height > row + 1 {
            Gauge(percent: metric.value.doubleValue, borders: borders)
                .render(in: inner.row(row + 1).inset(right: 1, left: 1), buffer: &buffer)
        }
    }
}
