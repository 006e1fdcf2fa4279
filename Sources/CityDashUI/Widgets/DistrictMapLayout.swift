/// Where each of Shanghai's sixteen districts sits on the schematic tile map (示意图), in grid
/// units: one place that the map widget draws from, the picker moves across and the tests read.
///
/// The grid is 6 columns by 6 rows. It keeps the districts' relative positions, not their
/// shapes or areas: 崇明 an island in the north, 宝山 north of the centre, the seven central
/// districts clustered, 浦东 large and east of the Huangpu, 嘉定 north-west, 青浦 west, 松江
/// and 金山 south-west, 闵行 south-west of the centre, 奉贤 on the south coast.
///
/// ```
///        0      1      2      3      4      5
///   0                       [     崇明 CM      ]
///   1  [ 嘉定 JD    ][ 宝山 BS    ]
///   2  [青浦][普陀 ][静安 ][虹口 ][杨浦 ]
///   3  [ QP ][长宁 ][徐汇 ][黄浦 ][    浦东 PD   ]
///   4  [松江][    闵行 MH        ][             ]
///   5  [金山][    奉贤 FX        ][             ]
/// ```
public enum DistrictMapLayout {
    /// One district's tile: its grid rectangle and a two-letter code for the smallest tiles.
    public struct Tile: Equatable, Sendable {
        public let district: String
        public let column: Int
        public let row: Int
        public let width: Int
        public let height: Int
        /// Pinyin initials (HP, PD, ...), drawn when the short name does not fit.
        public let code: String

        public init(_ district: String, column: Int, row: Int, width: Int = 1, height: Int = 1, code: String) {
            self.district = district
            self.column = column
            self.row = row
            self.width = width
            self.height = height
            self.code = code
        }

        public var maxColumn: Int { column + width }
        public var maxRow: Int { row + height }

        public func contains(column c: Int, row r: Int) -> Bool {
            c >= column && c < maxColumn && r >= row && r < maxRow
        }
    }

    public static let columns = 6
    public static let rows = 6

    /// The sixteen tiles; ids are those of `data/districts.yaml`.
    public static let tiles: [Tile] = [
        Tile("chongming", column: 3, row: 0, width: 3, code: "CM"),
        Tile("jiading", column: 0, row: 1, width: 2, code: "JD"),
        Tile("baoshan", column: 2, row: 1, width: 2, code: "BS"),
        Tile("qingpu", column: 0, row: 2, height: 2, code: "QP"),
        Tile("putuo", column: 1, row: 2, code: "PT"),
        Tile("jingan", column: 2, row: 2, code: "JA"),
        Tile("hongkou", column: 3, row: 2, code: "HK"),
        Tile("yangpu", column: 4, row: 2, code: "YP"),
        Tile("changning", column: 1, row: 3, code: "CN"),
        Tile("xuhui", column: 2, row: 3, code: "XH"),
        Tile("huangpu", column: 3, row: 3, code: "HP"),
        Tile("pudong", column: 4, row: 3, width: 2, height: 3, code: "PD"),
        Tile("songjiang", column: 0, row: 4, code: "SJ"),
        Tile("minhang", column: 1, row: 4, width: 3, code: "MH"),
        Tile("jinshan", column: 0, row: 5, code: "JS"),
        Tile("fengxian", column: 1, row: 5, width: 3, code: "FX"),
    ]

    public static func tile(for district: String) -> Tile? {
        tiles.first { $0.district == district }
    }

    /// The tile covering a grid cell, if any (cells outside Shanghai are sea or neighbours).
    public static func tile(atColumn column: Int, row: Int) -> Tile? {
        tiles.first { $0.contains(column: column, row: row) }
    }

    public enum Direction: Sendable, CaseIterable {
        case up, down, left, right
    }

    /// The tile an arrow key moves to from `district`: the nearest tile beyond that edge whose
    /// span overlaps this one's (so ↓ from 崇明 is 宝山, → from 青浦 is 普陀), the one whose centre
    /// is closest across the span on a tie, then the upper or left one. Nil at the map's edge.
    public static func neighbour(of district: String, _ direction: Direction) -> String? {
        guard let from = tile(for: district) else { return nil }
        func overlap(_ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int) -> Bool { max(a0, b0) < min(a1, b1) }
        let candidates: [(tile: Tile, gap: Int, offset: Int)] = tiles.compactMap { t in
            // Centres doubled to stay in integers.
            switch direction {
            case .up:
                guard t.maxRow <= from.row, overlap(t.column, t.maxColumn, from.column, from.maxColumn) else { return nil }
                return (t, from.row - t.maxRow, abs(t.column * 2 + t.width - from.column * 2 - from.width))
            case .down:
                guard t.row >= from.maxRow, overlap(t.column, t.maxColumn, from.column, from.maxColumn) else { return nil }
                return (t, t.row - from.maxRow, abs(t.column * 2 + t.width - from.column * 2 - from.width))
            case .left:
                guard t.maxColumn <= from.column, overlap(t.row, t.maxRow, from.row, from.maxRow) else { return nil }
                return (t, from.column - t.maxColumn, abs(t.row * 2 + t.height - from.row * 2 - from.height))
            case .right:
                guard t.column >= from.maxColumn, overlap(t.row, t.maxRow, from.row, from.maxRow) else { return nil }
                return (t, t.column - from.maxColumn, abs(t.row * 2 + t.height - from.row * 2 - from.height))
            }
        }
        return candidates.min { a, b in
            (a.gap, a.offset, a.tile.row, a.tile.column) < (b.gap, b.offset, b.tile.row, b.tile.column)
        }?.tile.district
    }

    /// The screen rectangle of each grid column and row when the map fills `rect`: the
    /// columns share the width and the rows the height as evenly as whole cells allow.
    static func edges(_ total: Int, _ parts: Int) -> [Int] {
        (0...parts).map { $0 * total / parts }
    }

    /// A tile's rectangle on screen when the whole grid is drawn in `rect`.
    public static func rect(of tile: Tile, in rect: Rect) -> Rect {
        let xs = edges(rect.width, columns), ys = edges(rect.height, rows)
        return Rect(x: rect.x + xs[tile.column], y: rect.y + ys[tile.row],
                    width: xs[tile.maxColumn] - xs[tile.column], height: ys[tile.maxRow] - ys[tile.row])
    }

    /// The district whose tile is under a screen cell of a map drawn in `rect`.
    public static func district(atX x: Int, y: Int, in rect: Rect) -> String? {
        guard rect.contains(x: x, y: y) else { return nil }
        return tiles.first { self.rect(of: $0, in: rect).contains(x: x, y: y) }?.district
    }
}
