/// Cells left blank around the whole screen, for TVs that cut off their edges (overscan).
public struct Margin: Hashable, Sendable {
    public var top, right, bottom, left: Int

    public init(top: Int = 0, right: Int = 0, bottom: Int = 0, left: Int = 0) {
        self.top = max(0, top)
        self.right = max(0, right)
        self.bottom = max(0, bottom)
        self.left = max(0, left)
    }

    public static let zero = Margin()

    /// Parses `TOP,RIGHT,BOTTOM,LEFT` (CSS order), or one number for all four sides.
    public init?(parsing text: String) {
        let parts = text.split(separator: ",").map { Int($0.trimmingSpaces()) }
        guard parts.allSatisfy({ $0 != nil && $0! >= 0 && $0! <= 100 }) else { return nil }
        let values = parts.compactMap { $0 }
        switch values.count {
        case 1: self.init(top: values[0], right: values[0], bottom: values[0], left: values[0])
        case 4: self.init(top: values[0], right: values[1], bottom: values[2], left: values[3])
        default: return nil
        }
    }
}
