/// Splits a rectangle into columns by constraints, like a flexbox with one axis.
public enum Layout {
    public enum Constraint: Sendable, Equatable {
        /// Exactly n cells.
        case length(Int)
        /// A share of the whole (0–100).
        case percent(Int)
        /// Whatever is left, shared equally between all `.fill`s.
        case fill
    }

    public static func columns(_ rect: Rect, _ constraints: [Constraint], gap: Int = 0) -> [Rect] {
        let gaps = max(0, constraints.count - 1) * gap
        let sizes = sizes(rect.width - gaps, constraints)
        return sizes.reduce(into: (rects: [Rect](), offset: rect.x)) { acc, size in
            acc.rects.append(Rect(x: acc.offset, y: rect.y, width: size, height: rect.height))
            acc.offset += size + gap
        }.rects
    }

    /// Fixed and percentage sizes first (shrunk in order if they overflow), then fills share the rest.
    static func sizes(_ total: Int, _ constraints: [Constraint]) -> [Int] {
        var remaining = max(0, total)
        var sizes = constraints.map { constraint -> Int in
            let wanted: Int = switch constraint {
            case .length(let n): n
            case .percent(let p): total * p / 100
            case .fill: 0
            }
            let size = min(max(0, wanted), remaining)
            remaining -= size
            return size
        }
        let fills = constraints.indices.filter { constraints[$0] == .fill }
        for (order, index) in fills.enumerated() {
            let share = remaining / fills.count + (order < remaining % fills.count ? 1 : 0)
            sizes[index] = share
        }
        return sizes
    }
}
