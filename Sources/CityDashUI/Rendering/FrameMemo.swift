import CityDashCore

/// What the frames of one data set can reuse from the frames before them: values derived from
/// the data (the overview's charts) and the cells of screen regions, each remembered under the
/// key of everything it was made from. A frame whose key for a region matches the last one
/// copies that region's cells instead of drawing it again, so a frame that changes nothing
/// (a kiosk tick, a redraw) costs little, and one that moves the selection redraws only what
/// shows the selection.
///
/// `AppState` holds one and replaces it whenever its data set changes, so keys never need to
/// name the data. Copies of a state share it (a class): a copy that draws with other keys only
/// replaces the remembered entries, it never reads a wrong one. A lock keeps copies on other
/// threads (tests run in parallel) from tearing an entry.
///
/// A memo never makes two states differ: `==` is always true.
public final class FrameMemo: Equatable, CustomReflectable, @unchecked Sendable {
    /// The regions and values remembered: one entry each, the last one made.
    public enum Slot: Int, CaseIterable, Sendable {
        case headlineCards, overviewMap, list, preview, chartBoard, charts, board, listColumns, restOfCharts, listRows, districtMap, districtRanking
        case actionsParts, actionsList, actionsChartBox, sourcesParts, sourcesCards, sourcesComparison
        case cardBoard, cardBoardGeometry, boardCards, boardMap, boardCityRows, boardDetail, boardLitTile
        case projectsModel, projectsAxis, projectsSections, projectsList, projectsPreview
        case districtBanner, districtContents, districtCounts, districtText0, districtText1, districtText2, districtLayout, districtCards, districtRest, districtRanked, districtMapModel, districtAreas, districtCityMap, districtCityRanking
        case storyPage
    }

    /// A remembered region: the cells of `rect` in a frame of `frame`'s size, and what its
    /// drawing returned.
    struct Region {
        var key: any Hashable & Sendable
        var frame: Rect
        var rect: Rect
        var cells: [Cell]
        var result: any Sendable
    }

    /// By `Slot.rawValue` (a plain array: a dictionary's generic metadata cost more than the
    /// first frame's lookups).
    private var regions = [Region?](repeating: nil, count: Slot.allCases.count)
    private var values = [(key: any Hashable & Sendable, value: any Sendable)?](repeating: nil,
                                                                               count: Slot.allCases.count)
    /// A blank buffer of the frame's size that regions are drawn into, blanked again after each.
    private var scratch: Buffer?
    private let lock = PosixLock()
    /// Region draws answered from the memo, and drawn anew (for tests).
    public private(set) var hits = 0, misses = 0

    /// False for a frame drawn once and never again (a one-shot `render`): regions are drawn
    /// straight into the frame and values made each time, with nothing copied or kept.
    let remembers: Bool

    public init(remembers: Bool = true) {
        self.remembers = remembers
    }

    public static func == (lhs: FrameMemo, rhs: FrameMemo) -> Bool { true }

    /// Cells remembered, in all regions (bounded: one region per slot, each no larger than a frame).
    public var cellCount: Int { locked { regions.reduce(0) { $0 + ($1?.cells.count ?? 0) } } }

    private func locked<T>(_ body: () -> T) -> T {
        lock.withLock(body)
    }

    /// Nothing to reflect: what a memo holds is bounded by construction (`cellCount`), so a
    /// state's footprint (the kiosk soak test) measures the state itself, not which frame was last.
    public var customMirror: Mirror { Mirror(self, children: [(label: String?, value: Any)]()) }

    /// Forgets everything (for tests that compare a remembered frame with a fresh one).
    public func removeAll() {
        locked {
            regions = regions.map { _ in nil }
            values = values.map { _ in nil }
        }
    }

    /// The value remembered for `slot` under `key`, else `make()`'s, remembered.
    func value<Key: Hashable & Sendable, Value: Sendable>(_ slot: Slot, key: Key, _ make: () -> Value) -> Value {
        guard remembers else { return make() }
        let remembered: Value? = locked {
            guard let entry = values[slot.rawValue], let old = entry.key as? Key, old == key else { return nil }
            return entry.value as? Value
        }
        if let remembered { return remembered }
        let value = make()
        locked { values[slot.rawValue] = (key, value) }
        return value
    }

    /// Puts the region `rect` of `buffer` as `draw` draws it: the cells remembered for `slot`
    /// when `key` and the rectangle match the last drawing, else drawn now by `draw` into a
    /// blank buffer of the same size and remembered. Either way only `rect` is copied into
    /// `buffer`, so a frame is the same whether it was remembered or not.
    ///
    /// For regions that nothing before them drew into and whose drawing writes inside `rect`
    /// only and depends on nothing outside `key` (and the data set).
    @discardableResult
    func draw<Key: Hashable & Sendable, Result: Sendable>(
        _ slot: Slot, key: Key, in rect: Rect, buffer: inout Buffer, _ draw: (inout Buffer) -> Result
    ) -> Result {
        guard remembers else { return draw(&buffer) }
        let rect = rect.intersection(buffer.area)
        let frame = buffer.area
        let remembered: Region? = locked {
            guard let region = regions[slot.rawValue], region.rect == rect, region.frame == frame,
                  let old = region.key as? Key, old == key else { return nil }
            hits += 1
            return region
        }
        if let remembered, let result = remembered.result as? Result {
            buffer.paste(remembered.cells, in: rect)
            return result
        }
        var canvas = locked {
            defer { scratch = nil }
            return scratch?.area == frame ? scratch : nil
        } ?? Buffer(width: frame.width, height: frame.height)
        let result = draw(&canvas)
        // Tests run debug builds: a region that draws outside its rectangle would be cut here.
        assert(canvas.isBlank(outside: rect), "a remembered region drew outside its rectangle")
        let cells = canvas.cells(in: rect)
        buffer.paste(cells, in: rect)
        // Blank again only where this region may have drawn (its rectangle, by contract).
        canvas.clear(rect)
        locked {
            misses += 1
            regions[slot.rawValue] = Region(key: key, frame: frame, rect: rect, cells: cells, result: result)
            scratch = canvas
        }
        return result
    }
}
