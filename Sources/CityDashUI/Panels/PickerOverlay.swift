import CityDashCore

/// The district picker box: the typed filter, then 全市 / All and each district with its count.
public enum PickerOverlay {
    public static func render(_ state: AppState, picker: DistrictPicker, in body: Rect, buffer: inout Buffer) {
        let lang = state.displayLanguage
        let entries = DistrictPickerEntries.entries(for: picker.query, in: state)
        let title = UIText.pickDistrict[lang]
        let box = body.centered(width: max(46, DisplayWidth.of(title) + 8), height: min(body.height, entries.count + 4))
        buffer.fill(box)
        let inner = Frame(title: title, borders: state.borders).render(in: box, buffer: &buffer)
        guard inner.height > 0 else { return }
        buffer.write(" > " + picker.query + "▏", x: inner.x, y: inner.y, role: .accent, clip: inner)
        let list = inner.inset(top: 1)
        let first = max(0, picker.selection - list.height + 1)
        for (offset, entry) in entries.dropFirst(first).prefix(list.height).enumerated() {
            let index = first + offset
            let row = list.row(offset)
            let count = "\(entry.count)"
            let name = " " + entry.name[lang]
            let selected = index == picker.selection
            if selected { buffer.fill(row, role: .selection) }
            buffer.write(name.padded(toWidth: row.width - count.count - 1) + count, x: row.x, y: row.y,
                         role: selected ? .selection : .normal, clip: row)
        }
        if entries.isEmpty {
            buffer.write(lang == .zh ? " 没有匹配的区" : " No district matches", x: list.x, y: list.y, role: .muted,
                         clip: list)
        }
    }
}
