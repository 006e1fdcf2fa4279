import CityDashCore

/// The detail lines of one article on the sources panel: outlet, date (or why there is none),
/// author, note, file, and how many records of each kind it states.
enum SourceContent {
    static func lines(_ source: Source, in dataset: Dataset, _ lang: Language, chineseVisible: Bool) -> [DetailLine] {
        var out: [DetailLine] = []
        if lang == .en && chineseVisible { out.append(DetailLine("《\(source.title.zh)》", role: .label)) }
        out.append(DetailLine("\(UIText.outlet[lang]): \(source.outlet?[lang] ?? UIText.noOutlet[lang])", role: .label))
        if let date = source.date {
            out.append(DetailLine("\(UIText.date[lang]): \(date)", role: .label))
        } else {
            out.append(DetailLine("\(UIText.date[lang]): \(UIText.noDate[lang])", role: .label))
        }
        if let dateNote = source.dateNote { out.append(DetailLine(dateNote[lang], role: .muted, indent: 2, hanging: 0)) }
        if let author = source.author { out.append(DetailLine("\(UIText.author[lang]): \(author[lang])", role: .label)) }
        if let note = source.note {
            out.append(.blank)
            out.append(DetailLine("\(UIText.note[lang]): \(note[lang])", role: .muted))
        }
        out.append(.blank)
        out.append(DetailLine(UIText.statedRecords[lang], role: .header))
        let kinds: [(Localized, Int)] = [
            (UIText.figures, dataset.metrics.lazy.filter { $0.source == source.id }.count),
            (PanelID.towns.title, dataset.newTowns.filter { $0.source == source.id }.count),
            (PanelID.zones.title, dataset.zones.filter { $0.source == source.id }.count),
            (PanelID.actions.title, dataset.actions.filter { $0.source == source.id }.count),
            (PanelID.projects.title, dataset.projects.filter { $0.source == source.id }.count
                + dataset.events.filter { $0.source == source.id }.count),
        ]
        for (title, count) in kinds where count > 0 {
            out.append(DetailLine("\(title[lang]): \(count)", role: .value, indent: 2))
        }
        out.append(DetailLine(UIText.listSourceHint[lang], role: .muted, indent: 2))
        out.append(DetailLine("\(UIText.file[lang]): \(source.file)", role: .muted))
        return out
    }
}
