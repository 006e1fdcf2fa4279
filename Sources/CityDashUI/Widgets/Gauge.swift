/// A horizontal bar showing a share from 0 to 100 %.
public struct Gauge: Sendable {
    public var percent: Double
    public var borders: BorderSet

    public init(percent: Double, borders: BorderSet) {
        self.percent = percent
        self.borders = borders
    }

    public func render(in rect: Rect, buffer: inout Buffer) {
        guard rect.width > 0 && rect.height > 0 else { return }
        let clamped = min(100, max(0, percent.isFinite ? percent : 0))
        let filled = Int((clamped / 100 * Double(rect.width)).rounded())
        buffer.write(String(repeatingBytesOf: borders.gaugeFull, count: filled), x: rect.x, y: rect.y,
                     role: .gaugeFilled, clip: rect)
        buffer.write(String(repeatingBytesOf: borders.gaugeEmpty, count: rect.width - filled), x: rect.x + filled,
                     y: rect.y, role: .gaugeEmpty, clip: rect)
    }
}
