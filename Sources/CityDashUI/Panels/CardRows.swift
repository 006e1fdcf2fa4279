import CityDashCore

/// Figures as rows of framed cards across a rectangle, each row at the largest digit size all
/// of its figures fit with their titles uncut (`Headlines.flowRow`), as the overview's headline
/// cards are drawn. Only whole rows are drawn; a figure never falls back to plain text beside
/// block digits in its row.
enum CardRows {
    /// Draws rows of up to `perRow` cards from `metrics` while whole rows fit in `rect`;
    /// returns the screen rows used (0 when not even one row fits).
    @discardableResult
    static func render(_ metrics: [Metric], _ state: AppState, in rect: Rect, perRow: Int, upTo digitSize: DigitSize?,
                       buffer: inout Buffer) -> Int {
        let lang = state.displayLanguage
        let height = FigureCard.height(for: digitSize)
        var next = 0
        var y = rect.y
        while next < metrics.count && y + height <= rect.maxY {
            let remaining = Array(metrics.dropFirst(next))
            // A short last row keeps the cards' width instead of stretching one across the screen.
            let width = remaining.count < perRow ? rect.width * remaining.count / max(1, perRow) : rect.width
            let row = Rect(x: rect.x, y: y, width: width, height: height)
            let (count, plan) = Headlines.flowRow(remaining, width: row.width, slots: perRow, language: lang, upTo: digitSize)
            for (metric, cell) in zip(remaining.prefix(count), Layout.columns(row, plan.widths.map { .length($0) })) {
                FigureCard(metric: metric, language: lang, borders: state.borders, digitSize: plan.size)
                    .render(in: cell, buffer: &buffer)
            }
            next += count
            y += height
        }
        return y - rect.y
    }
}
