import CityDashCore

/// Progress towards a target on one track: the actual figure filled (█), the rest of the way
/// shaded (░), the target marked with `┃`; below, both figures as stated with their years,
/// the actual on the left and the target on the right. Three rows; the marker and the words
/// 实际/目标 (actual/target) tell the two apart without colour.
public struct TargetProgress: Sendable {
    public var label: String
    public var actual: Double
    public var target: Double
    /// `实际 40个 · 2022年`: the stated actual figure and its year.
    public var actualText: String
    /// `目标 100个 · 目标·未来三年`: the stated target and its year or horizon.
    public var targetText: String

    public init(label: String, actual: Double, target: Double, actualText: String, targetText: String) {
        self.label = label
        self.actual = actual
        self.target = target
        self.actualText = actualText
        self.targetText = targetText
    }

    public init(pair: ProgressPair, language: Language) {
        let zh = language == .zh
        self.init(label: pair.target.shortName[language],
                  actual: pair.actual.normalized.doubleValue, target: pair.target.normalized.doubleValue,
                  actualText: (zh ? "实际 " : "actual ") + FigureFormatter.format(pair.actual, language)
                      + " · " + FigureFormatter.when(pair.actual, language),
                  targetText: (zh ? "目标 " : "target ") + FigureFormatter.format(pair.target, language)
                      + " · " + FigureFormatter.when(pair.target, language).replacingTargetWord(language))
    }

    /// Rows the widget draws.
    public static let height = 3

    @discardableResult
    public func render(in rect: Rect, buffer: inout Buffer) -> Int {
        guard rect.height >= Self.height, rect.width >= 4 else { return 0 }
        buffer.write(label.truncated(toWidth: rect.width), x: rect.x, y: rect.y, role: .label, clip: rect)
        let safeActual = actual.isFinite ? max(0, actual) : 0
        let safeTarget = target.isFinite ? max(0, target) : 0
        let scale = max(safeActual, safeTarget)
        let track = rect.width
        let filled = scale > 0 ? safeActual / scale * Double(track) : 0
        let marker = scale > 0 ? max(0, min(track - 1, Int((safeTarget / scale * Double(track)).rounded()) - 1)) : track - 1
        let bar = BarChart.bar(filled)
        buffer.write(String(repeatingBytesOf: "░", count: track), x: rect.x, y: rect.y + 1, role: .gaugeEmpty, clip: rect)
        buffer.write(bar, x: rect.x, y: rect.y + 1, role: .gaugeFilled, clip: rect)
        buffer.write("┃", x: rect.x + marker, y: rect.y + 1, role: .target, clip: rect)
        let row = rect.y + 2
        let targetWidth = DisplayWidth.of(targetText)
        if DisplayWidth.of(actualText) + 2 + targetWidth <= rect.width {
            buffer.write(actualText, x: rect.x, y: row, role: .value, clip: rect)
            buffer.write(targetText, x: rect.maxX - targetWidth, y: row, role: .target, clip: rect)
        } else {
            let half = (rect.width - 1) / 2
            buffer.write(actualText.truncated(toWidth: half), x: rect.x, y: row, role: .value, clip: rect)
            let shortTarget = targetText.truncated(toWidth: rect.width - half - 1)
            buffer.write(shortTarget, x: rect.maxX - DisplayWidth.of(shortTarget), y: row, role: .target, clip: rect)
        }
        return Self.height
    }
}

extension String {
    /// `目标·未来三年` → `未来三年` after a 目标 prefix already said it.
    func replacingTargetWord(_ language: Language) -> String {
        let prefixes = language == .zh ? ["目标·"] : ["target, ", "target "]
        for prefix in prefixes where hasPrefix(prefix) { return String(dropFirst(prefix.count)) }
        if language == .zh, hasSuffix("目标") { return String(dropLast(2)) }
        return self
    }
}
