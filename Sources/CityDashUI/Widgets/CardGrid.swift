/// Cards in rows, `columns` to a row, each row as tall as its tallest card needs (content
/// rows plus the frame), shrunk evenly when the rows would not fit; the widths share the
/// columns of the area. Panels draw into the rectangles it gives.
public struct CardGrid: Sendable, Equatable {
    public var columns: Int
    /// Rows each card's content needs inside its frame.
    public var contentHeights: [Int]
    /// The most rows one card may take, frame included.
    public var maximumHeight: Int

    public init(columns: Int, contentHeights: [Int], maximumHeight: Int = .max) {
        self.columns = max(1, columns)
        self.contentHeights = contentHeights
        self.maximumHeight = maximumHeight
    }

    /// How many rows of cards there are.
    public var rowCount: Int { (contentHeights.count + columns - 1) / columns }

    /// Each row's height (frame included) when laid out in `height` rows at most.
    public func rowHeights(within height: Int) -> [Int] {
        var heights = (0..<rowCount).map { row in
            min(maximumHeight, (contentHeights.dropFirst(row * columns).prefix(columns).max() ?? 0) + 2)
        }
        // Too tall together: the tallest row gives up a row until they fit (or reach 3).
        while heights.reduce(0, +) > height, let tallest = heights.indices.max(by: { heights[$0] < heights[$1] }),
              heights[tallest] > 3 {
            heights[tallest] -= 1
        }
        return heights
    }

    /// The rectangle of each card, in order, from the top of `rect`.
    public func rects(in rect: Rect) -> [Rect] {
        var out: [Rect] = []
        var y = rect.y
        for (row, height) in rowHeights(within: rect.height).enumerated() {
            let count = min(columns, contentHeights.count - row * columns)
            let widths = (0..<columns).map { rect.width / columns + ($0 < rect.width % columns ? 1 : 0) }
            var x = rect.x
            for index in 0..<count {
                out.append(Rect(x: x, y: y, width: widths[index], height: min(height, max(0, rect.maxY - y))))
                x += widths[index]
            }
            y += height
        }
        return out
    }

    /// Rows all the cards take from the top, frames included.
    public func height(within height: Int) -> Int { min(height, rowHeights(within: height).reduce(0, +)) }
}
