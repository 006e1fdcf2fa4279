import CityDashCore

/// What the articles put beside the selected project or event, for the rows under its detail on
/// the projects board: an event's other events of the same day (six were announced together on
/// 2022-08-24), a project's others of its kind, then the other records its article states,
/// named and grouped by kind, so a visitor sees what one announcement brought together.
/// Every line is a record's own name or date as the data states it; nothing is summarised.
enum RelatedRecords {
    /// One framed part: its title and its lines.
    struct Part: Equatable {
        var title: String
        var lines: [DetailLine]
    }

    /// The parts for `item` (none for other kinds of record). `room` bounds how many records
    /// each part names, so a generated data set with thousands costs no more than the screen.
    static func parts(_ item: ItemRef?, _ state: AppState, room: Int) -> [Part] {
        let dataset = state.dataset
        let lang = state.displayLanguage
        let zh = lang == .zh
        var parts: [Part] = []
        var named: Set<ItemRef> = item.map { [$0] } ?? []
        /// A part of the selected record's peers (itself marked), when it has any.
        func peers(_ title: String, _ refs: [ItemRef], _ names: [String]) {
            guard refs.count > 1 else { return }
            let marker = state.asciiOnly ? "> " : "▶ "
            var lines = zip(refs, names).prefix(max(1, room)).map { ref, name -> DetailLine in
                let me = ref == item
                return DetailLine((me ? marker : "• ") + name, role: me ? .accent : .normal, indent: 0, hanging: 2)
            }
            lines += more(refs.count - lines.count, lang)
            named.formUnion(refs)
            parts.append(Part(title: title, lines: lines))
        }
        let source: String
        switch item {
        case .event(let id)?:
            guard let event = dataset.event(id) else { return [] }
            source = event.source
            let sameDay = dataset.events.filter { $0.date == event.date }
            peers(zh ? "同日 · \(event.date) · \(sameDay.count)件大事" : "Same day · \(event.date) · \(sameDay.count) events",
                  sameDay.map { .event($0.id) }, sameDay.map { $0.name[lang] })
        case .project(let id)?:
            guard let project = dataset.project(id) else { return [] }
            source = project.source
            let sameKind = dataset.projects.filter { $0.kind == project.kind }
            let kind = project.kind.label[lang]
            peers(zh ? "同类 · \(kind) · \(sameKind.count)项" : "Same kind · \(kind) · \(sameKind.count)",
                  sameKind.map { .project($0.id) }, sameKind.map { $0.name[lang] })
        default:
            return []
        }
        if let article = articlePart(source: source, except: named, state, room: room) { parts.append(article) }
        return parts
    }

    /// The article's other records by kind (those `named` in a part above left out): how many
    /// of each, and the names of as many as fit.
    static func articlePart(source id: String, except named: Set<ItemRef>, _ state: AppState, room: Int) -> Part? {
        let dataset = state.dataset
        let lang = state.displayLanguage
        let zh = lang == .zh
        guard let source = dataset.source(id) else { return nil }
        // Each kind is counted whole but named only as far as the room could show.
        let limit = max(1, room)
        func kind<T>(_ title: Localized, _ records: [T], _ cites: (T) -> Bool, _ name: (T) -> String)
            -> (title: Localized, count: Int, names: [String]) {
            var count = 0
            var names: [String] = []
            for record in records where cites(record) {
                count += 1
                if names.count < limit { names.append(name(record)) }
            }
            return (title, count, names)
        }
        let titles = kindTitles
        let kinds = [
            kind(titles[0], dataset.newTowns, { $0.source == id }) { $0.name[lang] },
            kind(titles[1], dataset.zones, { $0.source == id }) { $0.name[lang] },
            kind(titles[2], dataset.projects, { $0.source == id && !named.contains(.project($0.id)) }) { $0.name[lang] },
            kind(titles[3], dataset.events,
                 { $0.source == id && !named.contains(.event($0.id)) }) { "\($0.date) \($0.name[lang])" },
            kind(titles[4], dataset.actions, { $0.source == id }) { $0.name[lang] },
            kind(titles[5], dataset.metrics, { $0.source == id }) { $0.name[lang] },
        ].filter { $0.count > 0 }
        let total = kinds.reduce(0) { $0 + $1.count }
        guard total > 0 else { return nil }
        let title = zh ? "同一篇文章的其他 \(total) 条记录 · 《\(source.title.zh)》"
                       : "\(total) more records from the same article · \(source.title.en)"
        var lines: [DetailLine] = []
        // The kinds share the room, each after its heading and a blank row.
        let share = max(1, (room - kinds.count * 2) / kinds.count)
        for kind in kinds {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(DetailLine("\(kind.title[lang]) (\(kind.count))", role: .header))
            let names = kind.names.prefix(share)
            lines += names.map { DetailLine("• " + $0, indent: 0, hanging: 2) }
            lines += more(kind.count - names.count, lang)
        }
        return Part(title: title, lines: lines)
    }

    /// The kinds of record an article states, in the order listed.
    static let kindTitles = [PanelID.towns.title, PanelID.zones.title, Localized(zh: "项目", en: "Projects"),
                             Localized(zh: "大事记", en: "Events"), PanelID.actions.title, UIText.figures]

    static func more(_ count: Int, _ lang: Language) -> [DetailLine] {
        guard count > 0 else { return [] }
        return [DetailLine(lang == .zh ? "… 还有 \(count) 条" : "… \(count) more", role: .muted, indent: 2)]
    }

    /// Draws the selected record's detail as tall as it needs at the top of `rect`, then the
    /// parts in framed boxes, each as tall as its lines (the last takes the rest). With no
    /// part, or too little room for one, the detail takes all of `rect` as before.
    /// The detail is wrapped once (the rows that measure its box are the rows drawn in it); the
    /// parts' lines are not wrapped at all.
    static func render(_ state: AppState, in rect: Rect, _ buffer: inout Buffer) {
        let width = max(1, rect.width - 4)
        let detail = DetailLine.rows(DashboardView.previewLines(state), width: width, limit: rect.height)
        var rest = rect.inset(top: detail.count + 2)
        let parts = rest.height >= 6 ? self.parts(state.selectedItem, state, room: rest.height) : []
        guard !parts.isEmpty else {
            DashboardView.renderPreview(state, rect, &buffer)
            return
        }
        box(DashboardView.previewTitle(state), detail, state,
            in: Rect(x: rect.x, y: rect.y, width: rect.width, height: detail.count + 2), &buffer)
        for (index, part) in parts.enumerated() where rest.height >= 3 {
            // One row a line, cut with "…": a list of names needs no wrapping, and a key then
            // wraps only the detail (each wrapped line costs a lookup in `WrapMemo`).
            let rows = part.lines.prefix(rest.height).map { line in
                (TerminalSanitizer.sanitize(String(repeating: " ", count: line.indent) + line.text)
                    .truncated(toWidth: width), line.role)
            }
            let last = index == parts.count - 1 || rest.height - (rows.count + 2) < 4
            let frame = last ? rest : Rect(x: rest.x, y: rest.y, width: rest.width, height: rows.count + 2)
            box(part.title, rows, state, in: frame, &buffer)
            rest = rest.inset(top: frame.height)
            if last { break }
        }
    }

    /// A framed box of rows, as many as fit; when some do not, the last row says where the
    /// rest is (the sources panel lists every record of an article).
    static func box(_ title: String, _ rows: [(String, Role)], _ state: AppState, in rect: Rect, _ buffer: inout Buffer) {
        let inner = TitledBox(title: title, borders: state.borders).render(in: rect, buffer: &buffer)
            .inset(right: 1, left: 1)
        var shown = Array(rows.prefix(inner.height))
        if rows.count > inner.height, !shown.isEmpty {
            let rest = state.displayLanguage == .zh ? "  … 其余见「出处」面板（6），Enter 列出全部" : "  … the rest on the Sources panel (6): Enter lists them"
            shown[shown.count - 1] = (rest.truncated(toWidth: inner.width), .muted)
        }
        for (offset, row) in shown.enumerated() {
            buffer.write(row.0, x: inner.x, y: inner.y + offset, role: row.1, clip: inner)
        }
    }
}
