import CityDashCore
@testable import CityDashUI
import Foundation
import CityDashTestBridge
import Testing

/// The schematic map's layout (where each district is, arrow moves, clicks, scaling) and the
/// picker and district page built on it.
@Suite struct DistrictMapTests {
    typealias L = DistrictMapLayout

    func tile(_ id: String) throws -> L.Tile {
        try #require(L.tile(for: id), "no tile for \(id)")
    }

    @Test("every district of districts.yaml has exactly one tile, inside the grid, none overlapping")
    func oneTilePerDistrict() throws {
        let ids = Fixture.dataset.districts.map(\.id)
        #expect(Set(L.tiles.map(\.district)) == Set(ids))
        #expect(L.tiles.count == ids.count)
        for t in L.tiles {
            #expect(t.column >= 0 && t.row >= 0 && t.maxColumn <= L.columns && t.maxRow <= L.rows, "\(t.district)")
        }
        for column in 0..<L.columns {
            for row in 0..<L.rows {
                let covering = L.tiles.filter { $0.contains(column: column, row: row) }
                #expect(covering.count <= 1, "cell \(column),\(row) covered by \(covering.map(\.district))")
            }
        }
    }

    @Test("the layout respects geography")
    func geography() throws {
        let central = try ["huangpu", "jingan", "xuhui", "changning", "putuo", "hongkou", "yangpu"].map(tile)
        let centralRows = (central.map(\.row).min() ?? 0, central.map(\.maxRow).max() ?? 0)
        let centralColumns = (central.map(\.column).min() ?? 0, central.map(\.maxColumn).max() ?? 0)
        // The seven central districts form a compact block of two rows.
        #expect(centralRows.1 - centralRows.0 == 2)
        #expect(centralColumns.1 - centralColumns.0 <= 4)
        let chongming = try tile("chongming"), baoshan = try tile("baoshan"), pudong = try tile("pudong")
        let huangpu = try tile("huangpu"), jiading = try tile("jiading"), qingpu = try tile("qingpu")
        let songjiang = try tile("songjiang"), jinshan = try tile("jinshan"), fengxian = try tile("fengxian")
        let minhang = try tile("minhang")
        #expect(chongming.row == 0 && L.tiles.allSatisfy { $0.district == "chongming" || $0.row > 0 },
                "崇明 alone in the north")
        #expect(baoshan.maxRow <= centralRows.0, "宝山 north of the centre")
        #expect(pudong.column >= huangpu.maxColumn, "浦东 east of the Huangpu")
        #expect(L.tiles.allSatisfy { $0.width * $0.height <= pudong.width * pudong.height }, "浦东 the largest")
        #expect(jiading.maxRow <= centralRows.0 && jiading.column < centralColumns.0, "嘉定 north-west")
        #expect(qingpu.maxColumn <= centralColumns.0 && qingpu.row >= centralRows.0, "青浦 west")
        #expect(songjiang.column == 0 && songjiang.row >= centralRows.1, "松江 south-west")
        #expect(jinshan.column == 0 && jinshan.maxRow == L.rows, "金山 south-west coast")
        #expect(fengxian.maxRow == L.rows && fengxian.column > jinshan.column, "奉贤 south coast, east of 金山")
        #expect(minhang.row == centralRows.1 && minhang.maxColumn <= pudong.column, "闵行 south-west of centre")
    }

    @Test("arrow moves go to the neighbouring tile")
    func neighbours() {
        #expect(L.neighbour(of: "chongming", .down) == "baoshan")
        #expect(L.neighbour(of: "baoshan", .up) == "chongming")
        #expect(L.neighbour(of: "qingpu", .right) == "putuo")
        #expect(L.neighbour(of: "putuo", .left) == "qingpu")
        #expect(L.neighbour(of: "huangpu", .right) == "pudong")
        #expect(L.neighbour(of: "pudong", .left) == "minhang", "the tile level with its centre")
        #expect(L.neighbour(of: "pudong", .up) == "yangpu")
        #expect(L.neighbour(of: "yangpu", .down) == "pudong")
        #expect(L.neighbour(of: "xuhui", .down) == "minhang")
        #expect(L.neighbour(of: "minhang", .down) == "fengxian")
        #expect(L.neighbour(of: "jinshan", .down) == nil)
        #expect(L.neighbour(of: "pudong", .right) == nil)
        #expect(L.neighbour(of: "nowhere", .up) == nil)
    }

    @Test("every district can be reached from any other with the arrow keys")
    func arrowsReachEveryDistrict() {
        for start in L.tiles.map(\.district) {
            var seen: Set<String> = [start]
            var queue = [start]
            while let id = queue.popLast() {
                for direction in L.Direction.allCases {
                    if let next = L.neighbour(of: id, direction), seen.insert(next).inserted { queue.append(next) }
                }
            }
            #expect(seen.count == L.tiles.count, "from \(start) only \(seen.sorted())")
        }
    }

    static let sizes: [(Int, Int)] = [(30, 8), (40, 19), (64, 24), (90, 38), (135, 56)]

    @Test("a click hits the tile drawn there, at every size; sea and outside hit nothing")
    func clicksHitTiles() {
        for (width, height) in Self.sizes {
            let rect = Rect(x: 3, y: 2, width: width, height: height)
            let area = DistrictMap.tileArea(in: rect)
            for t in L.tiles {
                let r = L.rect(of: t, in: area)
                for (x, y) in [(r.x, r.y), (r.x + r.width / 2, r.y + r.height / 2), (r.maxX - 1, r.maxY - 1)] {
                    #expect(DistrictMap.district(atX: x, y: y, in: rect) == t.district, "\(width)x\(height) \(t.district)")
                }
            }
            let sea = L.rect(of: L.Tile("sea", column: 0, row: 0, code: ""), in: area)
            #expect(DistrictMap.district(atX: sea.x, y: sea.y, in: rect) == nil)
            #expect(DistrictMap.district(atX: rect.x - 1, y: rect.y, in: rect) == nil)
            #expect(DistrictMap.district(atX: rect.x, y: rect.maxY - 1, in: rect) == nil, "the caption is not a tile")
        }
    }

    @Test("tiles grow with the space and tell each district by name or code at every size")
    func scaling() throws {
        var previous = 0
        for (width, height) in Self.sizes {
            let rect = Rect(x: 0, y: 0, width: width, height: height)
            let area = DistrictMap.tileArea(in: rect)
            let pudong = L.rect(of: try tile("pudong"), in: area)
            #expect(pudong.width * pudong.height > previous, "浦东 grows at \(width)x\(height)")
            previous = pudong.width * pudong.height
            for language in Language.allCases {
                var buffer = Buffer(width: width, height: height)
                DistrictMap(dataset: Fixture.dataset, language: language, borders: .unicode, active: "pudong")
                    .render(in: rect, buffer: &buffer)
                let text = buffer.lines.joined(separator: "\n")
                for district in Fixture.dataset.districts {
                    let code = try tile(district.id).code
                    #expect(text.contains(district.short[language]) || text.contains(code),
                            "\(district.id) missing at \(width)x\(height) \(language)")
                }
                #expect(text.contains(language == .zh ? "示意图" : "chematic"), "not labelled a schematic")
                #expect(buffer.lines.allSatisfy { DisplayWidth.of($0) == width })
            }
        }
        // Big tiles are boxed, small ones plain blocks.
        var big = Buffer(width: 135, height: 56)
        DistrictMap(dataset: Fixture.dataset, language: .zh, borders: .unicode).render(in: big.area, buffer: &big)
        #expect(big.lines.joined().contains("╭"))
        var small = Buffer(width: 40, height: 14)
        DistrictMap(dataset: Fixture.dataset, language: .zh, borders: .unicode).render(in: small.area, buffer: &small)
        #expect(!small.lines.joined().contains("╭"))
    }

    @Test("the active tile is lit and bracketed; fills follow the counts")
    func activeAndFills() throws {
        let rect = Rect(x: 0, y: 0, width: 90, height: 38)
        var buffer = Buffer(width: 90, height: 38)
        DistrictMap(dataset: Fixture.dataset, language: .en, borders: .unicode, active: "pudong")
            .render(in: rect, buffer: &buffer)
        let area = DistrictMap.tileArea(in: rect)
        let pudong = L.rect(of: try tile("pudong"), in: area)
        #expect(buffer[pudong.x + 1, pudong.y + 1].role == .mapActive)
        #expect(buffer.lines.joined().contains("[Pudong]"))
        let counts = DatasetQuery(Fixture.dataset).countsByDistrict()
        let top = counts.values.max() ?? 0
        for t in L.tiles where t.district != "pudong" {
            let r = L.rect(of: t, in: area)
            let expected = DistrictMap.levelRoles[DistrictMap.level(counts[t.district] ?? 0, max: top)]
            #expect(buffer[r.x + 1, r.y + 1].role == expected, "\(t.district)")
        }
    }

    @Test("ASCII maps use +-| and letters only")
    func asciiMap() {
        var state = Fixture.state(width: 120, height: 40, panel: .district)
        state.asciiOnly = true
        state.district = .district("pudong")
        let lines = DashboardView.render(state).lines
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(lines.joined().contains("[Pudong]"))
        #expect(lines.joined().contains("Schematic") || lines.joined().contains("schematic"))
    }

    @Test("the map's counts, read from the district index, equal a scan of every record")
    func countsEqualAScan() {
        for dataset in [Fixture.dataset, PanelItemsTests.generated] {
            var scanned: [String: Int] = [:]
            let districts: [String?] = dataset.metrics.map(\.district) + dataset.newTowns.map(\.district)
                + dataset.zones.map(\.district) + dataset.actions.map(\.district)
                + dataset.projects.map(\.district) + dataset.events.map(\.district)
            for case let id? in districts { scanned[id, default: 0] += 1 }
            #expect(DatasetQuery(dataset).countsByDistrict() == scanned)
        }
    }

    @Test("a district with thousands of records: the page lists what fits and says how many there are")
    func bigDistrictPage() throws {
        let dataset = PanelItemsTests.generated
        let counts = DatasetQuery(dataset).countsByDistrict()
        let busiest = try #require(dataset.districts.max { (counts[$0.id] ?? 0) < (counts[$1.id] ?? 0) })
        var state = AppState(dataset: dataset, width: 200, height: 60)
        state.language = .en
        state.panel = .district
        state.district = .district(busiest.id)
        state.refreshItemCache()
        let lines = DashboardView.render(state).lines
        #expect(lines.count == 60 && lines.allSatisfy { DisplayWidth.of($0) == 200 })
        let text = lines.joined(separator: "\n")
        #expect(["more: ↑↓ to select", "in all: ↑↓ to select", "↓ more: ↑↓ select"].contains { text.contains($0) })
        #expect(text.contains("\(counts[busiest.id] ?? -1) records in all"))
    }

    // MARK: Picker

    func openPicker(_ state: inout AppState) -> DistrictPicker? {
        Fixture.press([.character("d")], &state)
        if case .districtPicker(let picker) = state.overlay { return picker }
        return nil
    }

    func cursor(_ state: AppState) -> DistrictFilter? {
        guard case .districtPicker(let picker) = state.overlay else { return nil }
        let entries = DistrictPickerEntries.entries(for: picker.query, in: state)
        return entries.indices.contains(picker.selection) ? entries[picker.selection].filter : nil
    }

    @Test("picker: arrows walk the map, ↑ off the top is 全市, Enter opens the district page")
    func pickerArrows() {
        var state = Fixture.state(width: 120, height: 40)
        #expect(openPicker(&state) != nil)
        #expect(cursor(state) == .all)
        Fixture.press([.down], &state)
        #expect(cursor(state) == .district("chongming"))
        Fixture.press([.down], &state)
        #expect(cursor(state) == .district("baoshan"))
        Fixture.press([.left], &state)
        #expect(cursor(state) == .district("jiading"))
        Fixture.press([.down, .right, .right, .right, .right], &state)
        #expect(cursor(state) == .district("yangpu"))
        Fixture.press([.down], &state)
        #expect(cursor(state) == .district("pudong"))
        Fixture.press([.right], &state)
        #expect(cursor(state) == .district("pudong"), "no tile east of 浦东: the cursor stays")
        Fixture.press([.enter], &state)
        #expect(state.district == .district("pudong"))
        #expect(state.panel == .district)
        #expect(state.overlay == .none)
        // Reopened, the cursor starts on the chosen district; ↑ from 崇明 leaves the map for 全市.
        _ = openPicker(&state)
        #expect(cursor(state) == .district("pudong"))
        Fixture.press([.up, .up], &state)
        #expect(cursor(state) == .district("chongming"))
        Fixture.press([.up], &state)
        #expect(cursor(state) == .all)
        Fixture.press([.enter], &state)
        #expect(state.district == .all)
        #expect(state.panel == .overview, "back to the whole city the district page gives way")
    }

    @Test("picker: typing still narrows, and ↑ ↓ then step through the narrowed list")
    func pickerTyping() {
        var state = Fixture.state(width: 120, height: 40, language: .en)
        _ = openPicker(&state)
        Fixture.type("pu", &state)
        guard case .districtPicker(let picker) = state.overlay else { Issue.record("closed"); return }
        let entries = DistrictPickerEntries.entries(for: picker.query, in: state)
        #expect(entries.count >= 2 && entries.allSatisfy { $0.filter != .all })
        #expect(cursor(state) == entries.first?.filter)
        Fixture.press([.down], &state)
        #expect(cursor(state) == entries[1].filter)
        Fixture.press([.enter], &state)
        #expect(state.district == entries[1].filter)
    }

    @Test("picker: a click on a map tile chooses it; a click on a list row chooses that row")
    func pickerClicks() throws {
        var state = Fixture.state(width: 120, height: 40)
        let picker = try #require(openPicker(&state))
        let geometry = PickerOverlay.geometry(state, picker: picker)
        #expect(!geometry.map.isEmpty)
        let qingpu = L.rect(of: try tile("qingpu"), in: DistrictMap.tileArea(in: geometry.map))
        AppReducer.reduce(&state, .click(x: qingpu.x + 1, y: qingpu.y + 1))
        #expect(state.district == .district("qingpu"))
        #expect(state.panel == .district)
        #expect(state.overlay == .none)
        let again = try #require(openPicker(&state))
        let list = PickerOverlay.geometry(state, picker: again).list
        AppReducer.reduce(&state, .click(x: list.x + 2, y: list.y))
        #expect(state.district == .all, "the first row is 全市")
    }

    @Test("picker: each district shows its record count and the empty ones are dimmed")
    func pickerCountsAndDims() throws {
        var state = Fixture.state(width: 120, height: 40)
        let picker = try #require(openPicker(&state))
        let list = PickerOverlay.geometry(state, picker: picker).list
        let buffer = DashboardView.render(state)
        let entries = DistrictPickerEntries.entries(for: "", in: state)
        #expect(list.height >= entries.count)
        let counts = DatasetQuery(Fixture.dataset).countsByDistrict()
        for (index, entry) in entries.enumerated() {
            guard let id = entry.filter.districtID else { continue }
            let row = buffer.line(list.y + index)
            let count = counts[id] ?? 0
            #expect(row.range(of: "\(entry.name.zh) +\(count)(?![0-9])", options: .regularExpression) != nil, "\(row)")
            let role = buffer[list.x + 1, list.y + index].role
            #expect(role == (count == 0 ? .muted : .normal), "\(id): \(role)")
        }
    }

    // MARK: District page

    @Test("choosing a district: [ ] from the overview open its page; panels 2-5 stay and filter")
    func choosingDistricts() {
        var state = Fixture.state()
        Fixture.press([.character("]")], &state)
        #expect(state.panel == .district)
        Fixture.press([.character("3"), .character("]")], &state)
        #expect(state.panel == .zones)
        #expect(state.district == .district(Fixture.dataset.districts[1].id))
        Fixture.press([.character("0")], &state)
        #expect(state.panel == .district)
        Fixture.press([.tab], &state)
        #expect(state.panel == .overview)
        Fixture.press([.backTab], &state)
        #expect(state.panel == .district, "the district tab is in the Tab cycle while a district is chosen")
    }

    @Test("a click on the district page's map opens that district")
    func pageMapClick() throws {
        var state = Fixture.state(width: 200, height: 60, panel: .district)
        state.district = .district("pudong")
        let body = DashboardLayout(for: state).body
        let map = DistrictPage.geometry(in: body).map
        let xuhui = L.rect(of: try tile("xuhui"), in: DistrictMap.tileArea(in: map))
        AppReducer.reduce(&state, .click(x: xuhui.x + 2, y: xuhui.y + 1))
        #expect(state.district == .district("xuhui"))
        #expect(state.panel == .district)
    }

    @Test("the district page fills big screens: at most a quarter of body rows blank",
          arguments: ["pudong", "xuhui", "yangpu", "fengxian", "qingpu", "jinshan", "chongming"])
    func pageFillsTheScreen(_ district: String) {
        for (width, height) in [(200, 60), (300, 80), (120, 40)] {
            for language in Language.allCases {
                var state = Fixture.state(width: width, height: height, panel: .district, language: language)
                state.district = .district(district)
                let rows = BodyFill.blankRows(state)
                #expect(rows.blank * 4 <= rows.total, "\(district) \(width)x\(height) \(language): \(rows.blank)/\(rows.total) blank")
            }
        }
    }

    @Test("every record of the page can be selected and is highlighted where it is drawn")
    func selectionIsVisible() {
        for width in [120, 200] {
            var state = Fixture.state(width: width, height: 40, panel: .district)
            state.district = .district("pudong")
            state.refreshItemCache()
            for index in state.items.indices {
                state.selection[.district] = index
                let buffer = DashboardView.render(state)
                let highlighted = (0..<buffer.area.height).contains { y in
                    (0..<buffer.area.width).contains { buffer[$0, y].role == .selection }
                }
                #expect(highlighted, "item \(index) (\(state.items[index])) not highlighted at \(width)")
            }
        }
    }

    @Test("a district the articles say nothing about says so and names those with most")
    func emptyDistrictPointsElsewhere() {
        var state = Fixture.state(width: 120, height: 40, panel: .district)
        state.district = .district("jinshan")
        #expect(state.items.isEmpty)
        let text = DashboardView.render(state).lines.joined(separator: "\n")
        #expect(text.contains("没有关于金山区的记录"))
        let counts = DatasetQuery(Fixture.dataset).countsByDistrict()
        let most = Fixture.dataset.districts.max { (counts[$0.id] ?? 0) < (counts[$1.id] ?? 0) }
        #expect(most.map { text.contains("记录最多的区：\($0.short.zh) \(counts[$0.id] ?? 0)") } == true)
    }

    @Test("the page of a district shows every one of its records and their counts")
    func pageShowsRecords() {
        var state = Fixture.state(width: 200, height: 60, panel: .district)
        state.district = .district("pudong")
        let text = DashboardView.render(state).lines.joined(separator: "\n")
        let query = DatasetQuery(Fixture.dataset)
        for town in query.newTowns(in: state.district) { #expect(text.contains(town.name.zh)) }
        for zone in query.zones(in: state.district) { #expect(text.contains(zone.name.zh)) }
        for area in Fixture.dataset.areas where area.district == "pudong" { #expect(text.contains(area.name.zh)) }
        #expect(text.contains("示范区 \(query.zones(in: state.district).count)"))
        #expect(text.contains("数据 \(query.metrics(in: state.district).count)"))
        #expect(text.contains("浦 东 新 区"))
    }

    @Test("a tile's marks join as joined(separator:) would: none, one, or several with the separator")
    func marksJoin() {
        for parts in [[], ["新城"], ["新城", "示范区2"], ["N", "Z2", "x"]] {
            for separator in ["", " ", " + "] {
                #expect(DistrictMap.joining(parts, separator) == parts.joined(separator: separator), "\(parts)")
            }
        }
    }
}
