import CityDashCore

/// Everything known about one item, as lines for the detail view and the preview pane:
/// its fields, its figures, and its provenance (outlet, title, date and the quote).
public enum DetailContent {
    public static func exists(_ item: ItemRef, in dataset: Dataset) -> Bool {
        switch item {
        case .metric(let id): dataset.metric(id) != nil
        case .town(let id): dataset.newTown(id) != nil
        case .zone(let id): dataset.zone(id) != nil
        case .action(let id): dataset.action(id) != nil
        case .project(let id): dataset.project(id) != nil
        case .event(let id): dataset.event(id) != nil
        case .source(let id): dataset.source(id) != nil
        }
    }

    public static func title(_ item: ItemRef, in dataset: Dataset, _ lang: Language) -> String {
        switch item {
        case .metric(let id): dataset.metric(id)?.name[lang] ?? id
        case .town(let id): dataset.newTown(id)?.name[lang] ?? id
        case .zone(let id): dataset.zone(id)?.name[lang] ?? id
        case .action(let id): dataset.action(id)?.name[lang] ?? id
        case .project(let id): dataset.project(id)?.name[lang] ?? id
        case .event(let id): dataset.event(id)?.name[lang] ?? id
        case .source(let id): dataset.source(id)?.title[lang] ?? id
        }
    }

    /// `chineseVisible` false (an ASCII-only terminal) leaves out the Chinese-only quote and title.
    public static func lines(_ item: ItemRef, in dataset: Dataset, _ lang: Language,
                             chineseVisible: Bool = true) -> [DetailLine] {
        var out: [DetailLine] = [DetailLine(title(item, in: dataset, lang), role: .title)]
        func field(_ label: Localized, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            out.append(DetailLine("\(label[lang]): \(value)", role: .label))
        }
        func districtName(_ id: String?) -> String? {
            id.map { dataset.district($0)?.name[lang] ?? $0 }
        }
        func figures(_ metrics: [Metric]) {
            guard !metrics.isEmpty else { return }
            out.append(.blank)
            out.append(DetailLine(UIText.figures[lang], role: .header))
            for metric in metrics {
                out.append(DetailLine("\(FigureFormatter.format(metric, lang))  \(metric.name[lang]) · "
                    + FigureFormatter.when(metric, lang), role: metric.kind == .target ? .target : .value, indent: 2))
            }
        }
        func list(_ label: Localized, _ items: [Localized]) {
            guard !items.isEmpty else { return }
            out.append(.blank)
            out.append(DetailLine(label[lang], role: .header))
            out += items.map { DetailLine("• " + $0[lang], indent: 2, hanging: 2) }
        }
        var cited: (any Cited)?
        var note: Localized?

        switch item {
        case .metric(let id):
            guard let m = dataset.metric(id) else { return out }
            out.append(DetailLine(FigureFormatter.format(m, lang) + "  " + FigureFormatter.when(m, lang),
                                  role: m.kind == .target ? .target : .value))
            if chineseVisible { field(UIText.stated, m.stated) }
            field(UIText.exact, m.normalized.formatted(grouping: true) + (m.unit == .none ? "" : " " + m.unit.rawValue))
            field(UIText.category, m.category.label[lang])
            field(UIText.district, districtName(m.district))
            if let asOf = m.asOf { field(Localized(zh: "时间", en: "As of"), asOf) }
            cited = m
            note = m.note
        case .town(let id):
            guard let t = dataset.newTown(id) else { return out }
            field(UIText.district, districtName(t.district))
            field(UIText.positioning, t.positioning[lang])
            if let stated = t.scenarioCountStated, let count = t.scenarioCount {
                field(UIText.scenarios, lang == .zh ? stated : "\(count)")
            }
            list(UIText.scenarios, t.scenarios)
            figures(dataset.metrics(about: t.id))
            cited = t
        case .zone(let id):
            guard let z = dataset.zone(id) else { return out }
            field(UIText.district, districtName(z.district))
            field(UIText.focus, z.focus[lang])
            list(UIText.highlights, z.highlights)
            figures(dataset.metrics(z.metrics))
            cited = z
        case .action(let id):
            guard let a = dataset.action(id) else { return out }
            field(UIText.group, a.group?[lang])
            field(UIText.district, districtName(a.district))
            if let summary = a.summary { out.append(DetailLine(summary[lang])) }
            figures(dataset.metrics(a.metrics))
            cited = a
            note = a.note
        case .project(let id):
            guard let p = dataset.project(id) else { return out }
            field(UIText.category, p.kind.label[lang])
            field(UIText.district, districtName(p.district))
            if let summary = p.summary { out.append(DetailLine(summary[lang])) }
            list(UIText.parties, p.parties)
            figures(dataset.metrics(p.metrics))
            cited = p
            note = p.note
        case .event(let id):
            guard let e = dataset.event(id) else { return out }
            field(UIText.date, "\(e.date) (\(e.dateStated))")
            field(UIText.place, e.place?[lang])
            field(UIText.district, districtName(e.district))
            if let summary = e.summary { out.append(DetailLine(summary[lang])) }
            cited = e
            note = e.note
        case .source(let id):
            guard let s = dataset.source(id) else { return out }
            out += SourceContent.lines(s, in: dataset, lang, chineseVisible: chineseVisible)
            return out
        }
        if let note {
            out.append(.blank)
            out.append(DetailLine("\(UIText.note[lang]): \(note[lang])", role: .muted))
        }
        if let cited { out += provenance(cited, in: dataset, lang, chineseVisible: chineseVisible) }
        return out
    }

    /// The source block every detail ends with.
    static func provenance(_ record: any Cited, in dataset: Dataset, _ lang: Language,
                           chineseVisible: Bool) -> [DetailLine] {
        var out: [DetailLine] = [.blank, DetailLine(UIText.source[lang], role: .header)]
        if let source = dataset.source(record.source) {
            let outlet = source.outlet?[lang] ?? UIText.noOutlet[lang]
            let date = source.date ?? UIText.noDate[lang]
            out.append(DetailLine("\(outlet) · \(date)", role: .label, indent: 2))
            if chineseVisible { out.append(DetailLine("《\(source.title.zh)》", role: .label, indent: 2)) }
            if lang == .en { out.append(DetailLine(source.title.en, role: .muted, indent: 2)) }
        } else {
            out.append(DetailLine(record.source, role: .label, indent: 2))
        }
        out.append(chineseVisible ? DetailLine("「\(record.quote)」", role: .quote, indent: 2)
                                  : DetailLine(UIText.chineseOnly[lang], role: .muted, indent: 2))
        // An undated source says what its date is instead (e.g. only the event's date). After
        // the quote, so a short preview that cannot show everything still shows the article's words.
        if let source = dataset.source(record.source), source.date == nil, let dateNote = source.dateNote {
            out.append(DetailLine(dateNote[lang], role: .muted, indent: 2))
        }
        return out
    }
}
