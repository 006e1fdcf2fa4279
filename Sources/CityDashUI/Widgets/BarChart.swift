import CityDashCore

/// Horizontal bars on one scale, each labelled with its name and its figure as stated
/// (qualifier included), one row a bar.
///
/// Bars of a signed chart grow right of an axis `│` for growth and left of it for
/// reductions, and their figures carry ▲ or ▼, so direction is never told by colour alone.
/// Lengths are exact to an eighth of a column; a figure too small for that still gets `▏`.
public struct BarChart: Sendable {
    /// One bar: its name, its value on the chart's scale, and the stated figure.
    public struct Bar: Sendable, Equatable {
        public var label: String
        /// The plain value (value × scale); negative for reductions.
        public var value: Double
        /// The figure as stated, e.g. `120多万家`, with its ▲/▼ marker when signed.
        public var figure: String
        public var role: Role

        public init(label: String, value: Double, figure: String, role: Role = .gaugeFilled) {
            self.label = label
            self.value = value
            self.figure = figure
            self.role = role
        }
    }

    public var bars: [Bar]

    public init(bars: [Bar]) {
        self.bars = bars
    }

    /// Bars for figures that share a unit, labelled by short name in `language`.
    public init(metrics: [Metric], language: Language) {
        bars = metrics.map { metric in
            let value = metric.normalized.doubleValue
            let sign: String = switch metric.measure {
            case .growth: "▲ "
            case .reduction: "▼ "
            default: ""
            }
            // A target says so in words, not only in the target colour.
            let target = metric.kind == .target ? (language == .zh ? "目标 " : "target ") : ""
            return Bar(label: metric.shortName[language], value: metric.measure == .reduction ? -value : value,
                       figure: target + sign + FigureFormatter.format(metric, language),
                       role: metric.kind == .target ? .target : .gaugeFilled)
        }
    }

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// Draws one bar a row from the top of `rect`; returns the rows used.
    @discardableResult
    public func render(in rect: Rect, buffer: inout Buffer) -> Int {
        let shown = bars.prefix(max(0, rect.height))
        guard !shown.isEmpty, rect.width > 0 else { return 0 }
        let figureWidth = shown.map { DisplayWidth.of($0.figure) }.max() ?? 0
        let labelWidth = min(shown.map { DisplayWidth.of($0.label) }.max() ?? 0, max(4, rect.width * 2 / 5))
        let track = rect.width - labelWidth - figureWidth - 2
        let finite = shown.map { $0.value.isFinite ? $0.value : 0 }
        let most = finite.map { Swift.max(0, $0) }.max() ?? 0
        let least = finite.map { Swift.min(0, $0) }.min() ?? 0
        let span = most - least
        let signed = least < 0
        // A signed chart keeps a column for the axis; the rest is shared in proportion.
        let room = track - (signed ? 1 : 0)
        // A negative bar is at least one cell, so its side is too.
        let negativeRoom = span > 0 ? Swift.max(signed ? 1 : 0, Int((Double(room) * -least / span).rounded())) : 0
        let axis = rect.x + labelWidth + 1 + negativeRoom
        for (row, bar) in shown.enumerated() {
            let y = rect.y + row
            buffer.write(bar.label.truncated(toWidth: labelWidth), x: rect.x, y: y, role: .label, clip: rect)
            if track > 0 && span > 0 {
                let value = finite[row]
                let cells = abs(value) / span * Double(room)
                // The axis column is rounded, so a side's bar may come out up to half a cell
                // longer than its side: it is cut there, to keep the gap to the label and figure.
                if value >= 0 {
                    let start = signed ? axis + 1 : axis
                    buffer.write(Self.bar(Swift.min(cells, Double(room - negativeRoom))), x: start, y: y,
                                 role: bar.role, clip: rect)
                } else {
                    let whole = Swift.max(1, Swift.min(negativeRoom, Int(cells.rounded())))
                    buffer.write(String(repeatingBytesOf: "█", count: whole), x: axis - whole, y: y, role: bar.role, clip: rect)
                }
                if signed { buffer.write("│", x: axis, y: y, role: .muted, clip: rect) }
            }
            buffer.write(bar.figure, x: rect.maxX - DisplayWidth.of(bar.figure), y: y, role: bar.role == .target ? .target : .value, clip: rect)
        }
        return shown.count
    }

    /// `cells` columns of bar, to the eighth; a positive value too small to see gets `▏`.
    static func bar(_ cells: Double) -> String {
        guard cells > 0 else { return "" }
        let eighthsTotal = Int((cells * 8).rounded(.down))
        let text = String(repeatingBytesOf: "█", count: eighthsTotal / 8) + eighths[eighthsTotal % 8]
        return text.isEmpty ? "▏" : text
    }
}
