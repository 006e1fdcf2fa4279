import CityDashCore

/// A horizontal time axis from the first to the last day of its range, with one marker per day
/// that has entries (a day with several shows how many) and, above the axis, a label block per
/// day: the date, then the name of each entry. Blocks stand over their marker on a stem and
/// stack upwards when they would overlap; a block with no room left shows only its date, and
/// one with no room for that is left out (its marker stays). Years are ticked under the axis.
///
/// A date is `YYYY-MM-DD`, or `YYYY-MM` when only the month is known: such a day is placed at
/// the first of its month and labelled with the month alone. The selected entry's marker and
/// name have the selection role.
public struct TimelineAxis: Sendable {
    /// One dated thing on the axis; `item` is the caller's index for it (the list position).
    public struct Entry: Sendable, Equatable {
        public var date: String
        public var label: String
        public var item: Int

        public init(date: String, label: String, item: Int) {
            self.date = date
            self.label = label
            self.item = item
        }
    }

    /// The entries of one day (or one month, for month-only dates), in the order given.
    public struct Group: Sendable, Equatable {
        public var date: String
        public var day: Int
        public var entries: [Entry]
    }

    /// Where a label block went: its rectangle, the marker's column and which lines it shows.
    public struct Block: Sendable, Equatable {
        public var group: Int
        public var rect: Rect
        public var marker: Int
        /// False when only the date line fitted.
        public var full: Bool
    }

    /// Everything the axis draws, computed once for drawing and for hit tests.
    public struct Placement: Sendable, Equatable {
        public var groups: [Group]
        /// Each group's marker column.
        public var markers: [Int]
        public var blocks: [Block]
        public var axisRow: Int
    }

    /// The most days given a label: more would not fit any screen, and placing each one
    /// looks at every label placed before it.
    public static let maximumLabels = 48
    /// The most names one day's label lists: more than any axis has rows for.
    static let maximumNames = 40

    public var entries: [Entry] { didSet { groups = Self.groups(entries) } }
    /// The entries grouped by day (`groups(_:)`), made once for the placement, the drawing,
    /// the hit tests and the callers' titles.
    public private(set) var groups: [Group]
    /// The entry (by `item`) that is selected, if any.
    public var selected: Int?
    /// First and last day of the axis (days since 1970-01-01); nil: those of the entries.
    public var range: ClosedRange<Int>?
    public var ascii: Bool
    /// The widest a label block may be; names are cut to it.
    public var labelWidth: Int

    public init(entries: [Entry], selected: Int? = nil, range: ClosedRange<Int>? = nil, ascii: Bool = false,
                labelWidth: Int = 30) {
        self.entries = entries
        groups = Self.groups(entries)
        self.selected = selected
        self.range = range
        self.ascii = ascii
        self.labelWidth = labelWidth
    }

    // MARK: Dates

    /// Days since 1970-01-01 of `YYYY-MM-DD`, or of the first of the month for `YYYY-MM`;
    /// nil for anything else (or a date that does not exist).
    ///
    /// Read from the UTF-8 bytes: a date is parsed for every event of a list each time the
    /// panel's entries are made, and splitting `String`s cost more than the rest of the axis.
    /// The fields are read as `Int(_:)` reads them (an optional `+` before the digits).
    public static func day(of date: String) -> Int? {
        var fields: [Int] = []
        var lengths: [Int] = []
        var value = 0, length = 0, digits = 0
        func close() -> Bool {
            // `Int("+")` and `Int("")` are nil.
            guard digits > 0 else { return false }
            fields.append(value)
            lengths.append(length)
            value = 0; length = 0; digits = 0
            return true
        }
        for byte in date.utf8 {
            if byte == UInt8(ascii: "-") {
                guard fields.count < 2, close() else { return nil }
                continue
            }
            // No field of a date is longer than its year.
            guard length < 4 else { return nil }
            if byte == UInt8(ascii: "+") && length == 0 {
                // `Int("+12")` is 12.
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
            length += 1
        }
        guard close(), fields.count == 2 || fields.count == 3, lengths[0] == 4, lengths[1] == 2 else { return nil }
        let (year, month) = (fields[0], fields[1])
        guard (1...12).contains(month) else { return nil }
        let day = fields.count == 3 ? fields[2] : 1
        guard fields.count == 2 || lengths[2] == 2, day >= 1, day <= daysIn(month, of: year) else { return nil }
        return civilDays(year: year, month: month, day: day)
    }

    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days-from-civil: proleptic Gregorian, day 0 is 1970-01-01.
    static func civilDays(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The entries grouped by date, earliest first; entries without a readable date are left out.
    public static func groups(_ entries: [Entry]) -> [Group] {
        var order: [String] = []
        var members: [String: [Entry]] = [:]
        for entry in entries where day(of: entry.date) != nil {
            if members[entry.date] == nil { order.append(entry.date) }
            members[entry.date, default: []].append(entry)
        }
        return order.compactMap { date in day(of: date).map { Group(date: date, day: $0, entries: members[date] ?? []) } }
            .sorted { ($0.day, $0.date.count) < ($1.day, $1.date.count) }
    }

    /// The axis's first and last day.
    func span(_ groups: [Group]) -> ClosedRange<Int>? {
        if let range { return range }
        guard let first = groups.first?.day, let last = groups.last?.day else { return nil }
        return first...last
    }

    /// The column (from 0) of `day` on an axis `width` columns wide over `range`.
    public static func column(ofDay day: Int, in range: ClosedRange<Int>, width: Int) -> Int {
        guard width > 1 else { return 0 }
        let length = range.upperBound - range.lowerBound
        guard length > 0 else { return (width - 1) / 2 }
        let offset = min(max(day, range.lowerBound), range.upperBound) - range.lowerBound
        return (offset * (width - 1) + length / 2) / length
    }

    // MARK: Layout

    /// The label lines of a group: its date, then one line per entry.
    func lines(_ group: Group) -> [String] {
        let count = group.entries.count
        let head = count > 1 ? group.date + (ascii ? " (\(count))" : " · \(count)") : group.date
        return [head] + group.entries.prefix(Self.maximumNames).map { (ascii ? "- " : "· ") + $0.label }
    }

    public func placement(in rect: Rect) -> Placement {
        let axisRow = rect.y + max(0, rect.height - 2)
        guard let range = span(groups), rect.width > 0 else {
            return Placement(groups: groups, markers: [], blocks: [], axisRow: axisRow)
        }
        let markers = groups.map { rect.x + Self.column(ofDay: $0.day, in: range, width: rect.width) }
        var blocks: [Block] = []
        let labelTop = rect.y
        guard axisRow > labelTop else { return Placement(groups: groups, markers: markers, blocks: [], axisRow: axisRow) }
        // The selected day is placed first, so its names are the ones sure to be shown, then
        // the busiest days (the tallest blocks find room only while the rows are free).
        let selectedGroup = groups.firstIndex { $0.entries.contains { $0.item == selected } }
        let order = (selectedGroup.map { [$0] } ?? []) + groups.indices.filter { $0 != selectedGroup }
            .sorted { (groups[$1].entries.count, $1) < (groups[$0].entries.count, $0) }
        // Labels for the first `maximumLabels` days of that order; every day keeps its marker.
        for index in order.prefix(Self.maximumLabels) {
            let all = lines(groups[index])
            let marker = markers[index]
            // A block that ends before the next day's marker leaves that day's stem free, so
            // that width is tried first (names cut shorter), then the full width.
            let next = markers.filter { $0 > marker }.min() ?? rect.maxX + 1
            let gap = next - marker - 1
            let dateWidth = DisplayWidth.of(all[0])
            attempts: for full in [true, false] {
                let shown = full ? all : [all[0]]
                let natural = min(max(1, min(labelWidth, rect.width)), shown.map { DisplayWidth.of($0) }.max() ?? 1)
                for width in (gap >= dateWidth && gap < natural ? [gap, natural] : [natural]) {
                    let x = max(rect.x, min(marker, rect.maxX - width))
                    if let spot = spot(width: width, height: shown.count, x: x, marker: marker, top: labelTop,
                                       axisRow: axisRow, taken: blocks, markers: markers) {
                        blocks.append(Block(group: index, rect: spot, marker: marker, full: full))
                        break attempts
                    }
                }
            }
        }
        return Placement(groups: groups, markers: markers, blocks: blocks, axisRow: axisRow)
    }

    /// The lowest free place (nearest the axis) for a block at column `x`, whose stem at
    /// `marker` runs down to the axis, clear of every other block (one column apart) and stem.
    func spot(width: Int, height: Int, x: Int, marker: Int, top: Int, axisRow: Int, taken: [Block],
              markers: [Int]) -> Rect? {
        var bottom = axisRow - 1
        while bottom - height + 1 >= top {
            let candidate = Rect(x: x, y: bottom - height + 1, width: width, height: height)
            let padded = Rect(x: x - 1, y: candidate.y, width: width + 2, height: height)
            let stem = Rect(x: marker, y: candidate.maxY, width: 1, height: axisRow - candidate.maxY)
            let clear = taken.allSatisfy { block in
                let otherStem = Rect(x: block.marker, y: block.rect.maxY, width: 1, height: axisRow - block.rect.maxY)
                return !overlaps(padded, block.rect) && !overlaps(stem, block.rect) && !overlaps(candidate, otherStem)
            }
            if clear { return candidate }
            bottom -= 1
        }
        return nil
    }

    func overlaps(_ a: Rect, _ b: Rect) -> Bool {
        a.width > 0 && a.height > 0 && b.width > 0 && b.height > 0
            && a.x < b.maxX && b.x < a.maxX && a.y < b.maxY && b.y < a.maxY
    }

    // MARK: Drawing

    /// Draws the axis in `rect`: label blocks, the axis row with its markers, the year row.
    @discardableResult
    public func render(in rect: Rect, buffer: inout Buffer) -> Placement {
        let place = placement(in: rect)
        draw(place, in: rect, showingSelection: true, buffer: &buffer)
        return place
    }

    /// The axis as `render` draws it but with no entry shown selected (the blocks are placed
    /// for the selection all the same); `renderSelection` then shows it. A panel remembers this
    /// drawing while the selection stays on one day, and draws only the selection again.
    public func renderUnselected(in rect: Rect, buffer: inout Buffer) -> Placement {
        let place = placement(in: rect)
        draw(place, in: rect, showingSelection: false, buffer: &buffer)
        return place
    }

    /// Shows the selected entry over `renderUnselected`'s drawing of `place`: its name line
    /// and its day's marker, drawn as `render` draws them.
    public func renderSelection(_ place: Placement, in rect: Rect, buffer: inout Buffer) {
        guard rect.width > 2, rect.height >= 2, span(place.groups) != nil,
              let index = place.groups.firstIndex(where: { $0.entries.contains { $0.item == selected } }) else { return }
        let group = place.groups[index]
        for block in place.blocks where block.group == index && block.full {
            for (offset, text) in lines(group).enumerated() where offset > 0 && group.entries[offset - 1].item == selected {
                buffer.write(text.truncated(toWidth: block.rect.width).padded(toWidth: block.rect.width),
                             x: block.rect.x, y: block.rect.y + offset, role: .selection, clip: rect)
            }
        }
        // A later day's marker in the same column is drawn over this one.
        let column = place.markers[index]
        guard !place.markers[(index + 1)...].contains(column) else { return }
        buffer.write(ascii ? "@" : "◆", x: column, y: place.axisRow, role: .selection, clip: rect)
    }

    func draw(_ place: Placement, in rect: Rect, showingSelection: Bool, buffer: inout Buffer) {
        let selected = showingSelection ? selected : nil
        guard rect.width > 2, rect.height >= 2, let range = span(place.groups) else { return }
        let line = ascii ? "-" : "─"
        let axis = rect.row(place.axisRow - rect.y)
        // Cell by cell: building the line as a string cost a third of the drawing.
        buffer.repeatSymbol(line, x: rect.x, y: axis.y, count: rect.width, role: .muted, clip: rect)
        // Year ticks on the axis and their years under it; the first and last dates at the ends.
        let ticks = yearStarts(in: range)
        var taken: [Rect] = []
        let yearRow = axis.y + 1
        for (day, year) in ticks {
            let x = rect.x + Self.column(ofDay: day, in: range, width: rect.width)
            buffer.write(ascii ? "+" : "┼", x: x, y: axis.y, role: .muted, clip: rect)
            let label = Rect(x: x, y: yearRow, width: 4, height: 1)
            if yearRow < rect.maxY && label.maxX <= rect.maxX {
                buffer.write("\(year)", x: x, y: yearRow, role: .label, clip: rect)
                taken.append(label)
            }
        }
        buffer.write(ascii ? "+" : "├", x: rect.x, y: axis.y, role: .muted, clip: rect)
        buffer.write(ascii ? "+" : "┤", x: rect.maxX - 1, y: axis.y, role: .muted, clip: rect)
        if yearRow < rect.maxY, let first = place.groups.first, let last = place.groups.last {
            let ends = [(first.date, rect.x), (last.date, rect.maxX - DisplayWidth.of(last.date))]
            for (text, x) in ends where first.date != last.date || x == rect.x {
                let label = Rect(x: x, y: yearRow, width: DisplayWidth.of(text), height: 1)
                guard label.x >= rect.x, !taken.contains(where: { overlaps(Rect(x: $0.x - 1, y: $0.y, width: $0.width + 2, height: 1), label) }) else { continue }
                buffer.write(text, x: x, y: yearRow, role: .muted, clip: rect)
                taken.append(label)
            }
        }
        for block in place.blocks {
            let group = place.groups[block.group]
            let shown = lines(group).prefix(block.full ? Self.maximumNames + 1 : 1)
            for (offset, text) in shown.enumerated() {
                let isSelected = offset > 0 && group.entries[offset - 1].item == selected
                let role: Role = offset == 0 ? .accent : (isSelected ? .selection : .normal)
                let cut = text.truncated(toWidth: block.rect.width)
                buffer.write(isSelected ? cut.padded(toWidth: block.rect.width) : cut, x: block.rect.x,
                             y: block.rect.y + offset, role: role, clip: rect)
            }
            for y in block.rect.maxY..<place.axisRow {
                buffer.repeatSymbol(ascii ? "|" : "│", x: block.marker, y: y, count: 1, role: .muted, clip: rect)
            }
        }
        for (index, group) in place.groups.enumerated() {
            let isSelected = group.entries.contains { $0.item == selected }
            let count = group.entries.count
            let mark = count > 9 ? "+" : count > 1 ? "\(count)" : (ascii ? "o" : "●")
            buffer.write(isSelected ? (ascii ? "@" : "◆") : mark, x: place.markers[index], y: axis.y,
                         role: isSelected ? .selection : .value, clip: rect)
        }
    }

    /// 1 January of each year after the first day and up to the last, with its year.
    func yearStarts(in range: ClosedRange<Int>) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var year = 1970 + range.lowerBound / 366
        while true {
            let day = Self.civilDays(year: year, month: 1, day: 1)
            if day > range.upperBound { break }
            if day > range.lowerBound { out.append((day, year)) }
            year += 1
        }
        return out
    }

    // MARK: Hit tests

    /// The entry under a click: a name in a label block, or a marker on the axis (a day's
    /// date line or marker gives its first entry; again on a day already selected, the next).
    public func item(atX x: Int, y: Int, in rect: Rect) -> Int? {
        let place = placement(in: rect)
        for block in place.blocks where block.rect.contains(x: x, y: y) {
            let group = place.groups[block.group]
            let line = y - block.rect.y
            return line == 0 ? pick(in: group) : group.entries[line - 1].item
        }
        if y == place.axisRow, let index = place.markers.indices.min(by: {
            abs(place.markers[$0] - x) < abs(place.markers[$1] - x)
        }), abs(place.markers[index] - x) <= 1 {
            return pick(in: place.groups[index])
        }
        return nil
    }

    /// A day's first entry, or the one after the selected one when the day holds the selection.
    func pick(in group: Group) -> Int? {
        guard let current = group.entries.firstIndex(where: { $0.item == selected }) else {
            return group.entries.first?.item
        }
        return group.entries[(current + 1) % group.entries.count].item
    }
}
