import CityDashCore

/// Under a town's or zone's detail on the towns and zones boards: what else the record's
/// district holds, then where the rest of the city stands (moved here from `DistrictPage`,
/// whose pieces it draws: the families of records, the ranking, the special areas).
extension CardBoard {
    /// What the pane shows whatever is selected, wrapped once per width (`FrameMemo`): the
    /// zones with their districts, the special areas by district, and the record counts.
    struct CityRows: Sendable {
        var zones: [(String, Role)]
        var areas: [(String, Role)]
        var counts: [String: Int]
    }

    /// What `CityRows` are made from (with the data set, `FrameMemo`'s own).
    struct CityRowsKey: Hashable, Sendable {
        var view: DashboardView.ViewKey
        var width: Int
    }

    /// The title of the pane under a town's or zone's detail when its district has no other
    /// record: what the pane shows instead (`renderDistrictPane`).
    static func nothingElseTitle(_ name: Localized, _ state: AppState) -> String {
        state.displayLanguage == .zh ? "\(name.zh)再无其他记录 · 五个新城、各区记录、示范区与特色区域"
                                     : "Nothing else in \(name.en) · new towns, districts, zones, special areas"
    }

    /// `lines`, the district's other records, then, in the rows they leave, the family the
    /// selected record belongs to (the five new towns, or the zones) with its district marked,
    /// the districts ranked by records and the other family, each only when it fits whole (so
    /// none is cut off in the middle), then as many of the special areas as fit. Each text is
    /// wrapped once; what does not depend on the selection is wrapped once per width.
    static func renderDistrictPane(_ lines: [DetailLine], _ state: AppState, district: String, in rect: Rect,
                                   _ buffer: inout Buffer) {
        let own = DetailLine.rows(lines, width: rect.width, limit: rect.height + 1)
        draw(own, in: rect, &buffer)
        guard own.count < rect.height else { return }
        let city = state.frameMemo.value(.boardCityRows, key: CityRowsKey(view: DashboardView.ViewKey(state),
                                                                           width: rect.width)) {
            CityRows(zones: DetailLine.rows(DistrictPage.zoneLines(state), width: rect.width),
                     areas: DetailLine.rows(DistrictPage.areasOfCityLines(state), width: rect.width),
                     counts: DatasetQuery(state.dataset).countsByDistrict())
        }
        var isZone = false
        if case .zone? = state.selectedItem { isZone = true }
        let towns = DetailLine.rows(DistrictPage.newTownLines(state, active: district), width: rect.width)
        // nil: the ranking, drawn as bars.
        let parts: [[(String, Role)]?] = isZone ? [city.zones, nil, towns] : [towns, nil, city.zones]
        var rest = rect.inset(top: own.count)
        for part in parts {
            guard let rows = part else {
                // Every district on one scale, with a blank row under it.
                let height = state.dataset.districts.count + 1
                guard rest.height >= height, rest.width >= 20 else { continue }
                // Bars no longer than on the district page, however wide the pane.
                DistrictPage.renderRanking(state, city.counts, active: district,
                                           in: Rect(x: rest.x, y: rest.y, width: min(rest.width, 80), height: height),
                                           &buffer)
                rest = rest.inset(top: height + 1)
                continue
            }
            // A part's trailing blank row may fall off the bottom.
            let needed = rows.last?.0.isEmpty == true ? rows.count - 1 : rows.count
            guard !rows.isEmpty, needed <= rest.height else { continue }
            draw(rows, in: rest, &buffer)
            rest = rest.inset(top: rows.count)
        }
        // The special areas last, as many as fit.
        if rest.height >= 2 { draw(city.areas, in: rest, &buffer) }
    }

    /// As many of `rows` as fit, from the top of `rect`.
    static func draw(_ rows: [(String, Role)], in rect: Rect, _ buffer: inout Buffer) {
        for (offset, row) in rows.prefix(max(0, rect.height)).enumerated() {
            buffer.write(row.0, x: rect.x, y: rect.y + offset, role: row.1, clip: rect)
        }
    }
}
