import CityDashCore

/// The page of one district (panel `0`): its name large in a banner, how many records of each
/// kind it has, the map with it lit, the districts ranked by records, and on the right its new
/// town, demonstration zones, special areas, figures (as cards when there is room), projects,
/// events and actions. A district the articles say nothing about says so and names the
/// districts that have most. Without a district it is the map of the whole city.
public enum DistrictPage {
    /// Where the page's parts go in the body.
    public struct Geometry: Equatable, Sendable {
        public var banner: Rect
        public var counts: Rect
        public var map: Rect
        public var ranking: Rect
        public var content: Rect
    }

    public static func geometry(in body: Rect) -> Geometry {
        let bannerHeight = body.height >= 30 ? 3 : 1
        let banner = Rect(x: body.x, y: body.y, width: body.width, height: bannerHeight)
        let counts = Rect(x: body.x, y: banner.maxY, width: body.width, height: 1)
        // One blank row under the counts on big screens, then the two columns.
        let main = body.inset(top: bannerHeight + 1 + (body.height >= 30 ? 1 : 0))
        let mapWidth = main.width >= 100 ? min(main.width * 45 / 100, main.height * 5 / 2 + 4) : min(40, main.width / 2)
        let left = Rect(x: main.x, y: main.y, width: mapWidth, height: main.height)
        // On wide screens the map keeps its proportions and the ranking takes the rest.
        let mapHeight = main.width >= 100 ? min(left.height, max(DistrictMap.minimumHeight, mapWidth * 2 / 5 + 2))
                                          : left.height
        let map = Rect(x: left.x, y: left.y, width: left.width, height: mapHeight)
        let ranking = left.inset(top: mapHeight + 1)
        let content = main.inset(left: mapWidth + 2)
        return Geometry(banner: banner, counts: counts, map: map, ranking: ranking, content: content)
    }

    /// The district under a click on the page's map.
    public static func district(atX x: Int, y: Int, _ state: AppState) -> String? {
        let body = DashboardLayout(for: state).body
        return DistrictMap.district(atX: x, y: y, in: geometry(in: body).map)
    }

    /// Everything the page shows about one district.
    struct Contents {
        var towns: [NewTown]
        var zones: [DemoZone]
        var areas: [Area]
        /// Read in place: a district of a big data set has thousands of figures.
        var metrics: MetricSlice
        var projects: [Project]
        var events: [CityEvent]
        var actions: [IndustryAction]

        init(_ dataset: Dataset, _ id: String) {
            let query = DatasetQuery(dataset)
            let filter = DistrictFilter.district(id)
            towns = query.newTowns(in: filter)
            zones = query.zones(in: filter)
            areas = dataset.areas.filter { $0.district == id }
            metrics = MetricSlice(all: dataset.metrics, positions: dataset.metricPositions(inDistrict: id))
            projects = query.projects(in: filter)
            events = query.events(in: filter)
            actions = query.actions(in: filter)
        }

        /// Records of every kind; special areas are places, not records.
        var recordCount: Int {
            towns.count + zones.count + metrics.count + projects.count + events.count + actions.count
        }
    }

    /// What the page's parts other than its text are drawn from (with the data set, `FrameMemo`'s own):
    /// the banner, counts, map, ranking, cards and what is under them show the district, not
    /// the selection, so a key that moves the selection copies them from the last frame.
    struct RegionKey: Hashable, Sendable {
        var view: DashboardView.ViewKey
        var district: String?
    }

    /// The figure cards: which ones and how they are laid out (the selection is drawn over them).
    struct CardsKey: Hashable, Sendable {
        var page: RegionKey
        var count: Int
        var perRow: Int
        var digitSize: DigitSize?
    }

    /// The district's records, remembered while the page shows it.
    static func rememberedContents(_ state: AppState, _ id: String) -> Contents {
        state.frameMemo.value(.districtContents, key: id) { Contents(state.dataset, id) }
    }

    /// Records per district (the map, the ranking and the pointers), once per data set.
    static func rememberedCounts(_ state: AppState) -> [String: Int] {
        state.frameMemo.value(.districtCounts, key: 0) { DatasetQuery(state.dataset).countsByDistrict() }
    }

    public static func render(_ state: AppState, in body: Rect, buffer: inout Buffer) {
        let lang = state.displayLanguage
        let g = geometry(in: body)
        let id = state.district.districtID
        let district = id.flatMap { state.dataset.district($0) }
        let contents = id.map { rememberedContents(state, $0) }
        let counts = rememberedCounts(state)
        let memo = state.frameMemo
        let key = RegionKey(view: DashboardView.ViewKey(state), district: id)
        let top = Rect(x: g.banner.x, y: g.banner.y, width: g.banner.width, height: g.counts.maxY - g.banner.y)
        memo.draw(.districtBanner, key: key, in: top, buffer: &buffer) {
            renderBanner(district, state, g.banner, &$0)
            renderCounts(contents, state, g.counts, &$0)
        }
        // The map and the ranking with no district lit are the same for every district, and
        // remembered inside them: `[` and `]` draw only the lit tile and the marked row over them.
        let cityKey = RegionKey(view: key.view, district: nil)
        memo.draw(.districtMap, key: key, in: g.map, buffer: &buffer) { buffer in
            var map = memo.value(.districtMapModel, key: cityKey) {
                DistrictMap(dataset: state.dataset, language: lang, borders: state.borders, counts: counts)
            }
            memo.draw(.districtCityMap, key: cityKey, in: g.map, buffer: &buffer) { map.render(in: g.map, buffer: &$0) }
            guard let id else { return }
            map.active = id
            map.renderTiles(of: id, in: g.map, buffer: &buffer)
        }
        if let contents, contents.recordCount > 0 || !contents.areas.isEmpty {
            memo.draw(.districtRanking, key: key, in: g.ranking, buffer: &buffer) { buffer in
                memo.draw(.districtCityRanking, key: cityKey, in: g.ranking, buffer: &buffer) {
                    renderRanking(state, counts, active: "", in: g.ranking, &$0)
                }
                renderRanking(state, counts, in: g.ranking, onlyActive: true, &buffer)
            }
            let used = renderContents(contents, state, page: key, in: g.content, &buffer)
            // A district with little: the rest of the column points to where there is more.
            let rest = g.content.inset(top: used + 1)
            memo.draw(.districtRest, key: key, in: rest, buffer: &buffer) {
                renderRest(contents, state, counts, ranking: g.ranking, in: rest, &$0)
            }
        } else {
            memo.draw(.districtRest, key: key, in: g.content, buffer: &buffer) {
                renderNothing(district, state, counts, in: g.content, &$0)
            }
            memo.draw(.districtAreas, key: key, in: g.ranking, buffer: &buffer) {
                renderAreasOfCity(state, in: g.ranking, &$0)
            }
        }
    }

    /// Under the records of a district with little: the ranking (when the map left it no room),
    /// the five new towns when it has one, the special areas; then, in the rows left, the five
    /// new towns (for a district without one) and the demonstration zones with their
    /// districts, each only when it fits whole: where the articles say more.
    static func renderRest(_ c: Contents, _ state: AppState, _ counts: [String: Int], ranking: Rect, in rect: Rect,
                           _ buffer: inout Buffer) {
        var rest = rect
        if rest.height >= 5 && ranking.height < 3 {
            renderRanking(state, counts, in: rest, &buffer)
            rest = rest.inset(top: state.dataset.districts.count + 2)
        }
        guard rest.height >= 3 else { return }
        let lines = (c.towns.isEmpty ? [] : newTownLines(state)) + areasOfCityLines(state)
        drawLines(lines, in: rest, &buffer)
        rest = rest.inset(top: DetailLine.rows(lines, width: rest.width).count + 1)
        for part in (c.towns.isEmpty ? [newTownLines(state)] : []) + [zoneLines(state)] {
            let rows = DetailLine.rows(part, width: rest.width).count
            // Its last row is blank.
            guard !part.isEmpty, rows - 1 <= rest.height else { continue }
            drawLines(part, in: rest, &buffer)
            rest = rest.inset(top: rows)
        }
    }

    // MARK: Banner and counts

    /// "浦 东 新 区 · Pudong New Area" on a coloured band, letter-spaced when there is room.
    static func renderBanner(_ district: District?, _ state: AppState, _ rect: Rect, _ buffer: inout Buffer) {
        let lang = state.displayLanguage
        buffer.fill(rect, role: .banner)
        let name = district?.name ?? Localized(zh: "上海市 · 16个区", en: "Shanghai · 16 districts")
        let other = state.asciiOnly ? "" : name[lang.toggled]
        // Chinese letter-spaced, English in capitals: both read as a title from across a room.
        let spaced = lang == .zh ? name.zh.map(String.init).joined(separator: " ") : name.en.uppercased()
        let candidates = [
            "  " + spaced + (other.isEmpty ? "" : "   ·   " + other),
            "  " + name[lang] + (other.isEmpty ? "" : "  ·  " + other),
            "  " + name[lang],
        ]
        let text = candidates.first { DisplayWidth.of($0) <= rect.width } ?? candidates[2]
        buffer.write(text, x: rect.x, y: rect.y + rect.height / 2, role: .banner, clip: rect)
    }

    static let kinds: [Localized] = [
        Localized(zh: "新城", en: "new town"), Localized(zh: "示范区", en: "demo zones"),
        Localized(zh: "特色区域", en: "special areas"), Localized(zh: "数据", en: "figures"),
        Localized(zh: "项目", en: "projects"), Localized(zh: "大事记", en: "events"),
        Localized(zh: "产业行动", en: "actions"),
    ]

    static let shortKinds: [Localized] = [
        Localized(zh: "新城", en: "town"), Localized(zh: "示范区", en: "zones"), Localized(zh: "区域", en: "areas"),
        Localized(zh: "数据", en: "figs"), Localized(zh: "项目", en: "proj"), Localized(zh: "大事", en: "events"),
        Localized(zh: "行动", en: "actions"),
    ]

    /// "新城 1 · 示范区 2 · 特色区域 3 · 数据 4 · 项目 0 · 大事记 0 · 产业行动 0 · 共 7 条".
    static func renderCounts(_ contents: Contents?, _ state: AppState, _ rect: Rect, _ buffer: inout Buffer) {
        let lang = state.displayLanguage
        guard let c = contents else {
            let total = DatasetQuery(state.dataset).totalCount
            let text = lang == .zh ? " 全市共 \(total) 条记录 · 按 d 或点击地图选区" : " \(total) records city-wide · press d or click the map to choose a district"
            buffer.write(text, x: rect.x, y: rect.y, role: .label, clip: rect)
            return
        }
        let numbers = [c.towns.count, c.zones.count, c.areas.count, c.metrics.count, c.projects.count,
                       c.events.count, c.actions.count]
        let total = lang == .zh ? "· 共 \(c.recordCount) 条记录" : "· \(c.recordCount) records in all"
        // Full labels when they fit, else the short ones, so every count stays on screen.
        let full = zip(kinds, numbers).map { "\($0[lang]) \($1)  " }.joined() + total
        let labels = DisplayWidth.of(full) + 1 <= rect.width ? kinds : shortKinds
        var x = rect.x + 1
        for (kind, number) in zip(labels, numbers) {
            x += buffer.write(kind[lang] + " ", x: x, y: rect.y, role: number == 0 ? .muted : .label, clip: rect)
            x += buffer.write("\(number)", x: x, y: rect.y, role: number == 0 ? .muted : .value, clip: rect)
            x += buffer.write(labels == kinds ? "  " : " ", x: x, y: rect.y, clip: rect)
        }
        buffer.write(labels == kinds ? total : "· \(c.recordCount)", x: x, y: rect.y, role: .title, clip: rect)
    }

    // MARK: The ranking of districts

    /// Every district by its number of records on one scale, the active one marked.
    /// `active`: the district marked (the page's district when nil). `onlyActive`: draws the
    /// marked row alone, over a ranking drawn with none marked (its other rows are the same).
    static func renderRanking(_ state: AppState, _ counts: [String: Int], active marked: String? = nil, in rect: Rect,
                              onlyActive: Bool = false, _ buffer: inout Buffer) {
        guard rect.height >= 3, rect.width >= 20 else { return }
        let lang = state.displayLanguage
        let ranked = rankedDistricts(state, counts)
        let title = lang == .zh ? "各区记录条数（同一标尺）" : "Records per district (one scale)"
        if !onlyActive { buffer.write(title, x: rect.x, y: rect.y, role: .title, clip: rect) }
        let rows = rect.inset(top: 1)
        let top = ranked.first.flatMap { counts[$0.id] } ?? 0
        let nameWidth = ranked.map { DisplayWidth.of($0.short[lang]) }.max() ?? 4
        let barRoom = max(1, rows.width - nameWidth - 8)
        let activeID = marked ?? state.district.districtID
        for (offset, district) in ranked.prefix(rows.height).enumerated() {
            let active = district.id == activeID
            guard active || !onlyActive else { continue }
            let row = rows.row(offset)
            let count = counts[district.id] ?? 0
            let marker = active ? (state.asciiOnly ? "> " : "▶ ") : "  "
            var x = row.x
            x += buffer.write(marker + district.short[lang].padded(toWidth: nameWidth) + " ", x: x, y: row.y,
                              role: active ? .mapActive : (count == 0 ? .muted : .label), clip: row)
            let length = top > 0 ? (count * barRoom + top - 1) / top : 0
            // The bar cell by cell, as a frame's lines are drawn: no string of it is made.
            buffer.repeatSymbol(state.borders.gaugeFull, x: x, y: row.y, count: length, role: .gaugeFilled, clip: row)
            x += max(0, min(length, row.maxX - x))
            buffer.write(" \(count)", x: x, y: row.y, role: count == 0 ? .muted : .value, clip: row)
        }
    }

    /// The districts, most records first (ties in the data's order), once per data set and counts.
    static func rankedDistricts(_ state: AppState, _ counts: [String: Int]) -> [District] {
        state.frameMemo.value(.districtRanked, key: counts) {
            // Sorted by position over the counts read once: a comparison reads no dictionary.
            let districts = state.dataset.districts
            let values = districts.map { counts[$0.id] ?? 0 }
            return districts.indices.sorted { (values[$0], -$0) > (values[$1], -$1) }.map { districts[$0] }
        }
    }

    // MARK: A district with records

    /// Draws the district's records; returns how many rows from the top it used. The text is
    /// drawn each frame from its remembered layout (`columnLayout`); the cards are a
    /// remembered region.
    @discardableResult
    static func renderContents(_ c: Contents, _ state: AppState, page: RegionKey, in rect: Rect,
                               _ buffer: inout Buffer) -> Int {
        guard rect.width > 4, rect.height > 0 else { return 0 }
        let lang = state.displayLanguage
        let selected = state.selectedItem
        let memo = state.frameMemo
        let layout = memo.value(.districtLayout, key: ColumnKey(page: page, width: rect.width, height: rect.height,
                                                                selected: selected)) {
            columnLayout(c, state, page: page, in: rect)
        }
        let rows = layout.rows
        // When the text runs on, its last row is the hint that says so.
        for (offset, row) in rows.dropFirst(layout.first).prefix(rect.height - (layout.overflows ? 1 : 0)).enumerated() {
            if row.1 == .selection { buffer.fill(rect.row(offset), role: .selection) }
            buffer.write(row.0, x: rect.x, y: rect.y + offset, role: row.1, clip: rect)
        }
        if layout.overflows {
            let more = lang == .zh ? " ↓ 更多：↑↓ 选择，Enter 详情 " : " ↓ more: ↑↓ select, Enter details "
            buffer.write(more, x: rect.maxX - DisplayWidth.of(more), y: rect.maxY - 1, role: .muted, clip: rect)
        }
        guard layout.cards > 0 else { return min(rows.count, rect.height) }
        let top = rect.y + min(rows.count, rect.height) + 1
        let cardHeight = layout.cardHeight, perRow = layout.perRow
        let cardRows = max(0, min((rect.maxY - top) / cardHeight, (layout.cards + perRow - 1) / perRow))
        let cardArea = Rect(x: rect.x, y: top, width: rect.width, height: cardRows * cardHeight)
        let key = CardsKey(page: page, count: layout.cards, perRow: perRow, digitSize: layout.digitSize)
        // Drawn without the selection, which is drawn over it: a key that moves the selection
        // onto or off a card does not draw the cards again.
        let placed = memo.draw(.districtCards, key: key, in: cardArea, buffer: &buffer) { buffer -> [String: Rect] in
            var placed: [String: Rect] = [:]
            let cards = Array(c.metrics.prefix(layout.cards))
            for row in 0..<cardRows {
                let rowRect = Rect(x: cardArea.x, y: cardArea.y + row * cardHeight, width: cardArea.width,
                                   height: cardHeight)
                let rowCards = Array(cards.dropFirst(row * perRow).prefix(perRow))
                let plan = Headlines.rowPlan(rowCards, width: rowRect.width, slots: perRow, language: lang,
                                             upTo: layout.digitSize)
                for (index, cell) in Layout.columns(rowRect, plan.widths.map { .length($0) }).enumerated() {
                    guard rowCards.indices.contains(index) else { break }
                    let metric = rowCards[index]
                    FigureCard(metric: metric, language: lang, borders: state.borders, digitSize: plan.size)
                        .render(in: cell, buffer: &buffer)
                    placed[metric.id] = cell
                }
            }
            return placed
        }
        if case .metric(let id) = selected, let cell = placed[id] { buffer.setRole(.selection, in: cell.row(0)) }
        return top - rect.y + cardRows * cardHeight
    }

    /// The page's text. `detail` 2 adds the articles' quotes, 1 all highlights and scenarios,
    /// 0 the first of each. The selected record's heading has the selection role. Each list
    /// shows at most `room` records (and the selected one), then how many more there are, so a
    /// district with thousands of figures costs no more to draw than the rows on screen.
    static func contentLines(_ c: Contents, _ state: AppState, detail: Int, figuresAsText: Bool,
                             selected: ItemRef?, room: Int) -> [DetailLine] {
        taggedContentLines(c, state, detail: detail, figuresAsText: figuresAsText, selected: selected, room: room).lines
    }

    /// `contentLines`, with the record each line names (its heading, or a figure) and whether
    /// the list of figures stopped at `room` records.
    static func taggedContentLines(_ c: Contents, _ state: AppState, detail: Int, figuresAsText: Bool,
                                   selected: ItemRef?, room: Int)
        -> (lines: [DetailLine], items: [ItemRef?], figuresCut: Bool) {
        let lang = state.displayLanguage
        let zh = lang == .zh
        let quotes = detail >= 2 && !state.asciiOnly
        let marker = state.asciiOnly ? "> " : "▶ "
        var out: [DetailLine] = []
        var named: [ItemRef?] = []
        var figuresCut = false
        func add(_ line: DetailLine, _ item: ItemRef? = nil) {
            out.append(line)
            named.append(item)
        }
        func section(_ title: Localized, _ count: Int) {
            if !out.isEmpty { add(.blank) }
            add(DetailLine("\(title[lang]) (\(count))", role: .header))
        }
        func heading(_ text: String, _ item: ItemRef) {
            add(DetailLine((selected == item ? marker : "") + text, role: selected == item ? .selection : .title), item)
        }
        func bullets(_ items: [String], role: Role = .normal) {
            for item in items.prefix(detail >= 1 ? items.count : 1) {
                add(DetailLine("• " + item, role: role, indent: 2, hanging: 2))
            }
        }
        func figure(_ m: Metric) -> DetailLine {
            DetailLine("\(FigureFormatter.format(m, lang))  \(m.name[lang]) · \(FigureFormatter.when(m, lang))",
                       role: m.kind == .target ? .target : .value, indent: 2, hanging: 2)
        }
        /// The first `room` records, stretched to include the selected one.
        /// Records of `rows` rows or more each: no more than could be on screen.
        func shown<T>(_ records: [T], rows: Int = 1, _ ref: (T) -> ItemRef) -> ArraySlice<T> {
            let position = selected.flatMap { item in records.firstIndex { ref($0) == item } } ?? 0
            return records.prefix(max(room / rows + 1, position + 1))
        }
        func more(_ total: Int, _ shown: Int) {
            guard total > shown else { return }
            add(DetailLine(zh ? "… 还有 \(total - shown) 项：↑↓ 选择" : "… \(total - shown) more: ↑↓ to select",
                                  role: .muted, indent: 2))
        }
        func quote(_ text: String) {
            if quotes { add(DetailLine("「\(text)」", role: .quote, indent: 2)) }
        }
        if !c.towns.isEmpty {
            section(Localized(zh: "新城", en: "New town"), c.towns.count)
            let towns = shown(c.towns, rows: 3) { ItemRef.town($0.id) }
            defer { more(c.towns.count, towns.count) }
            for town in towns {
                heading(town.name[lang] + " · " + town.positioning[lang], .town(town.id))
                var label = UIText.scenarios[lang]
                if let stated = town.scenarioCountStated { label += zh ? "（\(stated)）" : " (\(town.scenarioCount.map(String.init) ?? stated))" }
                add(DetailLine(label + (zh ? "：" : ":"), role: .label, indent: 2))
                bullets(town.scenarios.map { $0[lang] })
                quote(town.quote)
            }
        }
        if !c.zones.isEmpty {
            section(Localized(zh: "市级示范区", en: "Demonstration zones"), c.zones.count)
            let zones = shown(c.zones, rows: 3) { ItemRef.zone($0.id) }
            defer { more(c.zones.count, zones.count) }
            for zone in zones {
                heading(zone.name[lang], .zone(zone.id))
                add(DetailLine("\(UIText.focus[lang])\(zh ? "：" : ": ")\(zone.focus[lang])", role: .label,
                                      indent: 2, hanging: zh ? 6 : 7))
                bullets(zone.highlights.map { $0[lang] })
                if figuresAsText {
                    for m in state.dataset.metrics(zone.metrics) {
                        let line = figure(m)
                        add(selected == .metric(m.id) ? DetailLine(marker + line.text, role: .selection, indent: 2) : line,
                            .metric(m.id))
                    }
                }
                quote(zone.quote)
            }
        }
        if !c.areas.isEmpty {
            section(Localized(zh: "特色区域", en: "Special areas"), c.areas.count)
            add(DetailLine(c.areas.map { $0.name[lang] }.joined(separator: zh ? "、" : ", "), indent: 2,
                                  hanging: 0))
        }
        if !c.metrics.isEmpty && figuresAsText {
            section(UIText.figures, c.metrics.count)
            // Figures already listed under their zone are not repeated.
            let underZones = Set(c.zones.flatMap(\.metrics))
            // Read only as far as the rows on screen (and the selected figure) need.
            var wantsSelected: String?
            if case .metric(let id) = selected { wantsSelected = id }
            var listed: [Int] = []
            var cut = false
            for index in c.metrics.indices {
                if listed.count >= room && wantsSelected == nil {
                    cut = true
                    break
                }
                let id = c.metrics.id(at: index)
                guard !underZones.contains(id) else { continue }
                listed.append(index)
                if id == wantsSelected { wantsSelected = nil }
            }
            for m in listed.map({ c.metrics[$0] }) {
                let line = figure(m)
                add(selected == .metric(m.id) ? DetailLine(marker + line.text, role: .selection, indent: 2) : line,
                    .metric(m.id))
            }
            figuresCut = cut
            if cut {
                add(DetailLine(zh ? "… 共 \(c.metrics.count) 条数据：↑↓ 选择" : "… \(c.metrics.count) figures in all: ↑↓ to select",
                                      role: .muted, indent: 2))
            }
            if listed.isEmpty {
                add(DetailLine(zh ? "均列在上方示范区下" : "all listed with the zones above", role: .muted, indent: 2))
            }
        } else if !c.metrics.isEmpty {
            section(UIText.figures, c.metrics.count)
            add(DetailLine(zh ? "见下方卡片" : "in the cards below", role: .muted, indent: 2))
        }
        if !c.projects.isEmpty {
            section(Localized(zh: "项目", en: "Projects"), c.projects.count)
            let projects = shown(c.projects, rows: detail >= 1 ? 2 : 1) { ItemRef.project($0.id) }
            defer { more(c.projects.count, projects.count) }
            for project in projects {
                heading(project.kind.label[lang] + " · " + project.name[lang], .project(project.id))
                if detail >= 1, let summary = project.summary { add(DetailLine(summary[lang], indent: 2)) }
            }
        }
        if !c.events.isEmpty {
            section(Localized(zh: "大事记", en: "Events"), c.events.count)
            let events = shown(c.events) { ItemRef.event($0.id) }
            defer { more(c.events.count, events.count) }
            for event in events {
                heading(event.date + " · " + event.name[lang], .event(event.id))
                if detail >= 1, let place = event.place { add(DetailLine(place[lang], role: .muted, indent: 2)) }
            }
        }
        if !c.actions.isEmpty {
            section(Localized(zh: "产业行动", en: "Industry actions"), c.actions.count)
            let actions = shown(c.actions) { ItemRef.action($0.id) }
            defer { more(c.actions.count, actions.count) }
            for action in actions {
                heading(action.name[lang], .action(action.id))
                if detail >= 1, let summary = action.summary { add(DetailLine(summary[lang], indent: 2)) }
            }
        }
        return (out, named, figuresCut)
    }

    // MARK: A district with nothing

    /// Says plainly that the articles name nothing here, and ranks the districts that have most.
    static func renderNothing(_ district: District?, _ state: AppState, _ counts: [String: Int], in rect: Rect,
                              _ buffer: inout Buffer) {
        guard rect.width > 4, rect.height > 0 else { return }
        let lang = state.displayLanguage
        let most = state.dataset.districts.filter { (counts[$0.id] ?? 0) > 0 }
            .sorted { (counts[$0.id] ?? 0) > (counts[$1.id] ?? 0) }
        let names = most.prefix(5).map { "\($0.short[lang]) \(counts[$0.id] ?? 0)" }
            .joined(separator: lang == .zh ? "、" : ", ")
        var lines: [DetailLine] = []
        if let district {
            lines.append(DetailLine(lang == .zh ? "文章中没有关于\(district.name.zh)的记录。"
                                                : "The articles say nothing specific about \(district.name.en).",
                                    role: .warning))
            lines.append(DetailLine(lang == .zh ? "全市性的数据、行动与项目见 1-5 面板（选「全市」）。"
                                                : "City-wide figures, actions and projects are on panels 1-5 (choose All districts)."))
        } else {
            lines.append(DetailLine(lang == .zh ? "选择一个区，看它的新城、示范区、数据与项目。"
                                                : "Choose a district to see its new town, zones, figures and projects.",
                                    role: .title))
        }
        lines.append(.blank)
        lines.append(DetailLine((lang == .zh ? "记录最多的区：" : "Districts with most: ") + names, role: .label))
        lines.append(DetailLine(lang == .zh ? "按 [ ] 换区 · d 选区 · 点击地图上的区"
                                            : "Press [ ] to step, d to choose, or click a district on the map",
                                role: .muted))
        let rows = DetailLine.rows(lines, width: rect.width)
        for (offset, row) in rows.prefix(rect.height).enumerated() {
            buffer.write(row.0, x: rect.x, y: rect.y + offset, role: row.1, clip: rect)
        }
        let ranking = rect.inset(top: rows.count + 1)
        renderRanking(state, counts, in: ranking, &buffer)
        // Below: where the articles do say things, the new towns and the zones.
        var rest = ranking.inset(top: state.dataset.districts.count + 2)
        guard rest.height >= 3 else { return }
        let below = newTownLines(state) + zoneLines(state)
        drawLines(below, in: rest, &buffer)
        // The city's page: its headline figures in the rows the lists leave.
        guard district == nil else { return }
        rest = rest.inset(top: DetailLine.rows(below, width: rest.width).count)
        renderCityFigures(state, in: rest, &buffer)
    }

    /// The city's headline figures as cards under a heading, as many whole rows as fit.
    static func renderCityFigures(_ state: AppState, in rect: Rect, _ buffer: inout Buffer) {
        let digitSize: DigitSize? = rect.height >= 2 * FigureCard.height(for: .small) + 1 ? .small : nil
        guard rect.height >= FigureCard.height(for: nil) + 1, rect.width >= 40 else { return }
        let perRow = max(1, rect.width / 32)
        let metrics = Headlines.metrics(for: state, limit: perRow * (rect.height / FigureCard.height(for: nil)))
        guard !metrics.isEmpty else { return }
        let title = state.displayLanguage == .zh ? "全市核心指标 (\(metrics.count))" : "The city's headline figures"
        buffer.write(title, x: rect.x, y: rect.y, role: .title, clip: rect)
        CardRows.render(metrics, state, in: rect.inset(top: 1), perRow: perRow, upTo: digitSize, buffer: &buffer)
    }

    /// The demonstration zones, each with its district: where to look instead.
    static func zoneLines(_ state: AppState) -> [DetailLine] {
        guard !state.dataset.zones.isEmpty else { return [] }
        let lang = state.displayLanguage
        var lines = [DetailLine((lang == .zh ? "市级示范区" : "The demonstration zones") + " (\(state.dataset.zones.count))",
                                role: .title)]
        for zone in state.dataset.zones {
            let district = state.dataset.district(zone.district)?.short[lang] ?? zone.district
            lines.append(DetailLine("  \(zone.name[lang]) · \(district)", indent: 1, hanging: 4))
        }
        return lines + [.blank]
    }

    /// Under the map of an empty page: the special areas the data places, by district.
    static func renderAreasOfCity(_ state: AppState, in rect: Rect, _ buffer: inout Buffer) {
        guard rect.height >= 2 else { return }
        drawLines(areasOfCityLines(state), in: rect, &buffer)
    }

    static func drawLines(_ lines: [DetailLine], in rect: Rect, _ buffer: inout Buffer) {
        for (offset, row) in DetailLine.rows(lines, width: rect.width).prefix(rect.height).enumerated() {
            buffer.write(row.0, x: rect.x, y: rect.y + offset, role: row.1, clip: rect)
        }
    }

    /// The five new towns side by side with their positioning and stated scenario counts, for
    /// the page of a district that has one: the family it belongs to.
    /// `active`: the district whose town is marked (the page's district when nil).
    static func newTownLines(_ state: AppState, active district: String? = nil) -> [DetailLine] {
        let lang = state.displayLanguage
        let marked = district ?? state.district.districtID
        var lines = [DetailLine((lang == .zh ? "五个新城" : "The five new towns") + " (\(state.dataset.newTowns.count))",
                                role: .title)]
        for town in state.dataset.newTowns {
            let active = town.district == marked
            var text = (active ? (state.asciiOnly ? "> " : "▶ ") : "  ") + town.name[lang] + " · " + town.positioning[lang]
            if let stated = town.scenarioCountStated, lang == .zh { text += " · " + stated }
            if let count = town.scenarioCount, lang == .en { text += " · \(count) scenarios" }
            lines.append(DetailLine(text, role: active ? .accent : .normal, indent: 1, hanging: 4))
        }
        if let batch = state.dataset.scenarioBatch {
            let categories = batch.categories.map { $0[lang] }.joined(separator: lang == .zh ? "、" : ", ")
            lines.append(DetailLine((lang == .zh ? batch.totalStated : "First batch: \(batch.total) scenarios")
                                    + (lang == .zh ? "：" : ": ") + categories, role: .muted, indent: 3, hanging: 2))
        }
        return lines + [.blank]
    }

    static func areasOfCityLines(_ state: AppState) -> [DetailLine] {
        guard !state.dataset.areas.isEmpty else { return [] }
        let lang = state.displayLanguage
        var lines = [DetailLine(lang == .zh ? "文章提到的特色区域" : "Special areas in the articles", role: .title)]
        for district in state.dataset.districts {
            let areas = state.dataset.areas.filter { $0.district == district.id }
            guard !areas.isEmpty else { continue }
            lines.append(DetailLine("\(district.short[lang]): " + areas.map { $0.name[lang] }
                .joined(separator: lang == .zh ? "、" : ", "), indent: 2, hanging: 2))
        }
        return lines
    }
}

/// Some of a dataset's metrics, by position, without copying them until one is read.
struct MetricSlice: RandomAccessCollection {
    let all: [Metric]
    let positions: [Int]

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }
    subscript(index: Int) -> Metric { all[positions[index]] }

    /// The id of one metric, read without copying the record.
    func id(at index: Int) -> String { all[positions[index]].id }
}
