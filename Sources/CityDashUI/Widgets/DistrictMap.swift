import CityDashCore

/// The schematic tile map of Shanghai's districts (`DistrictMapLayout`), drawn into any
/// rectangle: each tile names its district, is filled by how many records the district has,
/// marks its new town (新 / N) and demonstration zones (示2 / Z2), and the active district is
/// lit. Tiles are boxed when a grid row has three rows or more and plain filled blocks below
/// that; a caption always says it is a schematic, not a survey map.
public struct DistrictMap: Sendable {
    /// What the map shows about one district.
    public struct Entry: Equatable, Sendable {
        public var short: Localized
        public var count: Int
        public var hasNewTown: Bool
        public var zones: Int
        /// The new town's name, shown on tiles big enough for it.
        public var townName: Localized?

        public init(short: Localized, count: Int, hasNewTown: Bool, zones: Int, townName: Localized? = nil) {
            self.short = short
            self.count = count
            self.hasNewTown = hasNewTown
            self.zones = zones
            self.townName = townName
        }
    }

    public var entries: [String: Entry]
    public var language: Language
    public var borders: BorderSet
    /// The district the dashboard is narrowed to (lit).
    public var active: String?
    /// The picker's cursor (outlined and coloured apart from the active one).
    public var cursor: String?

    public init(entries: [String: Entry], language: Language, borders: BorderSet, active: String? = nil,
                cursor: String? = nil) {
        self.entries = entries
        self.language = language
        self.borders = borders
        self.active = active
        self.cursor = cursor
    }

    /// The map of a dataset: counts from `DatasetQuery` (or given, when the caller has them),
    /// the new towns' and zones' districts.
    public init(dataset: Dataset, language: Language, borders: BorderSet, active: String? = nil,
                cursor: String? = nil, counts: [String: Int]? = nil) {
        let counts = counts ?? DatasetQuery(dataset).countsByDistrict()
        var entries: [String: Entry] = [:]
        for district in dataset.districts {
            entries[district.id] = Entry(short: district.short, count: counts[district.id] ?? 0,
                                         hasNewTown: false, zones: 0)
        }
        // By index: only the fields read are touched, not whole records, on every frame.
        for index in dataset.newTowns.indices {
            let district = dataset.newTowns[index].district
            if entries[district]?.hasNewTown == false {
                entries[district]?.hasNewTown = true
                entries[district]?.townName = dataset.newTowns[index].name
            }
        }
        for index in dataset.zones.indices { entries[dataset.zones[index].district]?.zones += 1 }
        self.init(entries: entries, language: language, borders: borders, active: active, cursor: cursor)
    }

    /// Rows under the tiles for the caption and legend at a height.
    public static func captionRows(height: Int) -> Int { height >= 14 ? 2 : 1 }

    /// The rectangle the tiles fill in `rect` (above the caption).
    public static func tileArea(in rect: Rect) -> Rect {
        rect.inset(bottom: captionRows(height: rect.height))
    }

    /// The district whose tile is under a screen cell, for a map drawn in `rect`.
    public static func district(atX x: Int, y: Int, in rect: Rect) -> String? {
        DistrictMapLayout.district(atX: x, y: y, in: tileArea(in: rect))
    }

    /// The smallest rectangle worth drawing a map in (a tile per grid cell of 4x1).
    public static let minimumWidth = 30
    public static let minimumHeight = 8

    public var maxCount: Int { entries.values.map(\.count).max() ?? 0 }

    /// Fill level 0 (nothing) to 3 (most), relative to the district with most records.
    public static func level(_ count: Int, max: Int) -> Int {
        guard count > 0, max > 0 else { return 0 }
        return Swift.min(3, (3 * count + max - 1) / max)
    }

    static let levelRoles: [Role] = [.mapNone, .mapLow, .mapMid, .mapHigh]

    func role(for district: String) -> Role {
        if district == cursor { return .mapCursor }
        if district == active { return .mapActive }
        return Self.levelRoles[Self.level(entries[district]?.count ?? 0, max: maxCount)]
    }

    public func render(in rect: Rect, buffer: inout Buffer) {
        guard rect.width >= Self.minimumWidth, rect.height >= Self.minimumHeight else {
            renderTooSmall(in: rect, buffer: &buffer)
            return
        }
        let area = Self.tileArea(in: rect)
        let rowHeight = area.height / DistrictMapLayout.rows
        for tile in DistrictMapLayout.tiles {
            renderTile(tile, in: DistrictMapLayout.rect(of: tile, in: area), boxed: rowHeight >= 3, &buffer)
        }
        renderCaption(in: rect.inset(top: area.height), &buffer)
    }

    /// Draws again only the tiles of `district` as `render` draws them in `rect`: over a map
    /// drawn with nothing lit, this lights the active district (tiles never overlap, and each
    /// fills its rectangle), so a page that remembers the map draws one tile for a new district.
    public func renderTiles(of district: String, in rect: Rect, buffer: inout Buffer) {
        guard rect.width >= Self.minimumWidth, rect.height >= Self.minimumHeight else { return }
        let area = Self.tileArea(in: rect)
        let rowHeight = area.height / DistrictMapLayout.rows
        for tile in DistrictMapLayout.tiles where tile.district == district {
            renderTile(tile, in: DistrictMapLayout.rect(of: tile, in: area), boxed: rowHeight >= 3, &buffer)
        }
    }

    /// Too small for the tiles: the caption alone, so the space never pretends to be a map.
    func renderTooSmall(in rect: Rect, buffer: inout Buffer) {
        guard rect.height > 0 else { return }
        buffer.write(Self.fitting([Self.schematic[language], Self.schematicShort[language]], width: rect.width),
                     x: rect.x, y: rect.y, role: .muted, clip: rect)
    }

    func renderTile(_ tile: DistrictMapLayout.Tile, in cell: Rect, boxed: Bool, _ buffer: inout Buffer) {
        // One column of sea between tiles; a row too where tiles are tall enough to spare it.
        let rect = cell.inset(right: 1, bottom: (!boxed && cell.height >= 2) || cell.height >= 5 ? 1 : 0)
        guard !rect.isEmpty else { return }
        let role = role(for: tile.district)
        let entry = entries[tile.district]
        let lit = tile.district == active || tile.district == cursor
        buffer.fill(rect, role: role)
        var inner = rect
        if boxed && rect.width >= 4 {
            drawBox(rect, role: role, heavy: lit, &buffer)
            inner = rect.inset(dx: 1, dy: 1)
        }
        guard inner.width > 0, inner.height > 0 else { return }
        let lines = labelLines(tile, entry, width: inner.width, lit: lit)
        // Centred vertically in the tile, as many lines as fit.
        let shown = Array(lines.prefix(inner.height))
        let top = inner.y + max(0, (inner.height - shown.count) / 2)
        for (index, line) in shown.enumerated() {
            let x = inner.x + max(0, (inner.width - DisplayWidth.of(line)) / 2)
            buffer.write(line, x: x, y: top + index, role: role, clip: inner)
        }
    }

    /// The lines of text on a tile: name (bracketed when lit, so colour is not the only sign),
    /// the record count, then the marks, each in the longest form that fits.
    func labelLines(_ tile: DistrictMapLayout.Tile, _ entry: Entry?, width: Int, lit: Bool) -> [String] {
        let zh = language == .zh
        let short = entry?.short[language] ?? tile.code
        let names = lit ? ["[\(short)]", short, "[\(tile.code)]", tile.code] : [short, tile.code]
        var lines = [Self.fitting(names, width: width)]
        guard let entry else { return lines }
        let count = entry.count
        let marks = Self.marks(entry, zh: zh)
        lines.append(Self.fitting(zh ? ["\(count)条", "\(count)"] : ["\(count) rec", "\(count)"], width: width))
        if !marks.long.isEmpty { lines.append(Self.fitting([marks.named, marks.long, marks.short], width: width)) }
        return lines
    }

    static func marks(_ entry: Entry, zh: Bool) -> (named: String, long: String, short: String) {
        var named: [String] = [], long: [String] = [], short: [String] = []
        if entry.hasNewTown {
            named.append(entry.townName.map { zh ? $0.zh : $0.en } ?? (zh ? "新城" : "new town"))
            long.append(zh ? "新城" : "new town")
            short.append(zh ? "新" : "N")
        }
        if entry.zones > 0 {
            long.append(zh ? "示范区\(entry.zones)" : "\(entry.zones) zone" + (entry.zones == 1 ? "" : "s"))
            named.append(zh ? "示范区\(entry.zones)" : "\(entry.zones) demo zone" + (entry.zones == 1 ? "" : "s"))
            short.append(zh ? "示\(entry.zones)" : "Z\(entry.zones)")
        }
        // English reads "new town + 2 zones"; Chinese keeps its compact "新城 示范区2".
        let join = zh ? " " : " + "
        return (joining(named, join), joining(long, join), joining(short, zh ? "" : " "))
    }

    /// `parts` with `separator` between them. (Not `joined(separator:)`: the standard library's
    /// is generic code whose first call looked up its associated types at run time, 0.19 M
    /// instructions of the first frame at every start.)
    static func joining(_ parts: [String], _ separator: String) -> String {
        var result = parts.first ?? ""
        for part in parts.dropFirst() {
            result += separator
            result += part
        }
        return result
    }

    /// The first candidate that fits in `width`, else the last one cut to fit.
    static func fitting(_ candidates: [String], width: Int) -> String {
        candidates.first { DisplayWidth.of($0) <= width } ?? (candidates.last ?? "").truncated(toWidth: width)
    }

    /// A tile's outline: the border set's lines, doubled-up corners when lit.
    func drawBox(_ rect: Rect, role: Role, heavy: Bool, _ buffer: inout Buffer) {
        let b = borders
        let useHeavy = heavy && b == .unicode
        let h = useHeavy ? "━" : b.horizontal, v = useHeavy ? "┃" : b.vertical
        let corners = useHeavy ? ["┏", "┓", "┗", "┛"] : [b.topLeft, b.topRight, b.bottomLeft, b.bottomRight]
        buffer.repeatSymbol(corners[0], x: rect.x, y: rect.y, count: 1, role: role, clip: rect)
        buffer.repeatSymbol(h, x: rect.x + 1, y: rect.y, count: rect.width - 2, role: role, clip: rect)
        buffer.repeatSymbol(corners[1], x: rect.maxX - 1, y: rect.y, count: 1, role: role, clip: rect)
        buffer.repeatSymbol(corners[2], x: rect.x, y: rect.maxY - 1, count: 1, role: role, clip: rect)
        buffer.repeatSymbol(h, x: rect.x + 1, y: rect.maxY - 1, count: rect.width - 2, role: role, clip: rect)
        buffer.repeatSymbol(corners[3], x: rect.maxX - 1, y: rect.maxY - 1, count: 1, role: role, clip: rect)
        for y in (rect.y + 1)..<max(rect.y + 1, rect.maxY - 1) {
            buffer.repeatSymbol(v, x: rect.x, y: y, count: 1, role: role, clip: rect)
            buffer.repeatSymbol(v, x: rect.maxX - 1, y: y, count: 1, role: role, clip: rect)
        }
    }

    static let schematic = Localized(zh: "上海各区示意图 · 非实际比例", en: "Shanghai districts · schematic, not to scale")
    static let schematicShort = Localized(zh: "示意图 · 非实际比例", en: "Schematic, not to scale")

    /// "示意图 · 非实际比例" and, when there is room, what the fills and marks mean:
    /// a swatch of each fill with the counts it stands for.
    func renderCaption(in rect: Rect, _ buffer: inout Buffer) {
        guard rect.height > 0 else { return }
        let zh = language == .zh
        var x = rect.x
        var y = rect.y
        let caption = Self.fitting([Self.schematic[language], Self.schematicShort[language]], width: rect.width)
        x += buffer.write(caption, x: x, y: y, role: .muted, clip: rect)
        if rect.height >= 2 {
            x = rect.x
            y += 1
        } else {
            x += buffer.write("  ", x: x, y: y, clip: rect)
        }
        let max = maxCount
        for level in 0...3 {
            let counts = level == 0 ? [0] : (1...Swift.max(1, max)).filter { Self.level($0, max: max) == level }
            guard let low = counts.first, let high = counts.last else { continue }
            let range = low == high ? "\(low)" : "\(low)-\(high)"
            x += buffer.write("  ", x: x, y: y, role: Self.levelRoles[level], clip: rect)
            x += buffer.write(" \(range) ", x: x, y: y, role: .muted, clip: rect)
        }
        let keys = zh ? [" 条  新=新城  示=示范区", " 条 新=新城", " 条"]
                      : [" records  N=new town  Z=demo zones", " rec N=town Z=zones", " rec"]
        buffer.write(Self.fitting(keys, width: rect.maxX - x), x: x, y: y, role: .muted, clip: rect)
    }
}
