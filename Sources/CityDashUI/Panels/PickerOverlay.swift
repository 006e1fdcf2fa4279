import CityDashCore

/// The district picker box: the schematic map on the left (arrow keys move its cursor, a click
/// on a tile chooses it), the typed filter and the list of 全市 / All and each district with
/// its number of records on the right. Districts with nothing to show are dimmed.
public enum PickerOverlay {
    /// Where the picker's parts are for a body rectangle; the reducer hit-tests clicks with it.
    public struct Geometry: Equatable, Sendable {
        public var box: Rect
        /// The map's rectangle (empty when the box is too small for one).
        public var map: Rect
        /// The query row and the list rows under it.
        public var query: Rect
        public var list: Rect
    }

    /// Width of the list column.
    static func listWidth(_ lang: Language) -> Int { lang == .zh ? 22 : 28 }

    public static func geometry(in body: Rect, language: Language, entryCount: Int) -> Geometry {
        let listWidth = listWidth(language)
        let height = min(body.height, max(entryCount + 4, min(body.height, 46)))
        let innerHeight = max(0, height - 2)
        // Tiles look right about twice as wide as tall in cells.
        let mapWidth = min(body.width - listWidth - 3, innerHeight * 5 / 2 + 4)
        let hasMap = mapWidth >= DistrictMap.minimumWidth && innerHeight >= DistrictMap.minimumHeight
        let width = hasMap ? mapWidth + listWidth + 3 : max(46, listWidth + 2)
        let box = body.centered(width: width, height: height)
        let inner = box.inset(dx: 1, dy: 1)
        let map = hasMap ? Rect(x: inner.x, y: inner.y, width: mapWidth, height: inner.height)
                         : Rect(x: inner.x, y: inner.y, width: 0, height: 0)
        let column = hasMap ? inner.inset(left: mapWidth + 1) : inner
        return Geometry(box: box, map: map, query: column.row(0), list: column.inset(top: 1))
    }

    public static func geometry(_ state: AppState, picker: DistrictPicker) -> Geometry {
        let layout = DashboardLayout(for: state)
        let entries = DistrictPickerEntries.entries(for: picker.query, in: state)
        return geometry(in: layout.body, language: state.displayLanguage, entryCount: entries.count)
    }

    /// The first list entry drawn, so the selection stays in view.
    static func firstVisible(selection: Int, rows: Int) -> Int {
        max(0, selection - rows + 1)
    }

    public static func render(_ state: AppState, picker: DistrictPicker, in body: Rect, buffer: inout Buffer) {
        let lang = state.displayLanguage
        let entries = DistrictPickerEntries.entries(for: picker.query, in: state)
        let geometry = geometry(in: body, language: lang, entryCount: entries.count)
        // With the map the picker is a screen of its own: nothing of the page shows around it.
        buffer.fill(geometry.map.isEmpty ? geometry.box : body)
        let inner = TitledBox(title: UIText.pickDistrict[lang], borders: state.borders)
            .render(in: geometry.box, buffer: &buffer)
        guard inner.height > 0 else { return }
        let selected = entries.indices.contains(picker.selection) ? entries[picker.selection] : nil
        if !geometry.map.isEmpty {
            DistrictMap(dataset: state.dataset, language: lang, borders: state.borders,
                        active: state.district.districtID, cursor: selected?.filter.districtID)
                .render(in: geometry.map, buffer: &buffer)
        }
        buffer.write(" > " + picker.query + "▏", x: geometry.query.x, y: geometry.query.y, role: .accent,
                     clip: geometry.query)
        let list = geometry.list
        let first = firstVisible(selection: picker.selection, rows: list.height)
        for (offset, entry) in entries.dropFirst(first).prefix(list.height).enumerated() {
            let index = first + offset
            let row = list.row(offset)
            let count = "\(entry.count)"
            let name = " " + entry.name[lang]
            let isSelected = index == picker.selection
            let role: Role = isSelected ? .selection : (entry.count == 0 ? .muted : .normal)
            if isSelected { buffer.fill(row, role: .selection) }
            buffer.write(name.padded(toWidth: row.width - count.count - 1) + count, x: row.x, y: row.y,
                         role: role, clip: row)
        }
        let hint = lang == .zh ? " ←↑↓→ 地图上移动" : " ←↑↓→ move on the map"
        if !geometry.map.isEmpty, list.height > entries.count + 1 {
            buffer.write(hint, x: list.x, y: list.maxY - 1, role: .muted, clip: list)
        }
        if entries.isEmpty {
            buffer.write(lang == .zh ? " 没有匹配的区" : " No district matches", x: list.x, y: list.y, role: .muted,
                         clip: list)
        }
    }

    /// The district under a click: a map tile (even one the typed filter hides) or a list row.
    /// Nil elsewhere.
    public static func choice(atX x: Int, y: Int, _ state: AppState, picker: DistrictPicker) -> DistrictFilter? {
        let geometry = geometry(state, picker: picker)
        if let id = DistrictMap.district(atX: x, y: y, in: geometry.map) { return .district(id) }
        guard geometry.list.contains(x: x, y: y) else { return nil }
        let entries = DistrictPickerEntries.entries(for: picker.query, in: state)
        let index = firstVisible(selection: picker.selection, rows: geometry.list.height) + (y - geometry.list.y)
        return entries.indices.contains(index) ? entries[index].filter : nil
    }
}
