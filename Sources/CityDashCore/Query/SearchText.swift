/// What `/` searches in each kind of record, and how text is folded so that a typed needle
/// finds it: every name and text field in both languages, the figure as written (`4.32万亿元`),
/// as a plain number (`4.32`) and in English (`CNY 4.32 trillion`), quotes, parties, scenarios,
/// positioning, focus, highlights, summaries and notes.
///
/// Folding lower-cases (Unicode default mapping) and turns full-width ASCII forms
/// (U+FF01–U+FF5E, e.g. `４．３２`, `ＧＤＰ`) and the ideographic space into their half-width
/// twins, as NFKC does for those characters; nothing else changes, so a folded text stays a
/// character-for-character image of the original and a match can be highlighted in place.
public enum SearchText {
    /// Between fields: no typed needle contains it (`fold(needle:)` drops it), so a match never
    /// spans the end of one field and the start of the next.
    public static let separator: Character = "\u{1F}"

    public static func of(_ metric: Metric) -> String {
        join([metric.name.zh, metric.name.en, metric.stated, metric.value.description,
              FigureFormatter.chinese(metric), FigureFormatter.english(metric), metric.asOf,
              metric.horizon?.zh, metric.horizon?.en, metric.quote, metric.note?.zh, metric.note?.en])
    }

    public static func of(_ town: NewTown) -> String {
        join([town.name.zh, town.name.en, town.positioning.zh, town.positioning.en, town.scenarioCountStated,
              town.quote] + both(town.scenarios))
    }

    public static func of(_ zone: DemoZone) -> String {
        join([zone.name.zh, zone.name.en, zone.focus.zh, zone.focus.en, zone.quote] + both(zone.highlights))
    }

    public static func of(_ action: IndustryAction) -> String {
        join([action.name.zh, action.name.en, action.group?.zh, action.group?.en, action.summary?.zh,
              action.summary?.en, action.quote, action.note?.zh, action.note?.en])
    }

    public static func of(_ project: Project) -> String {
        join([project.name.zh, project.name.en, project.summary?.zh, project.summary?.en, project.quote,
              project.note?.zh, project.note?.en] + both(project.parties))
    }

    public static func of(_ event: CityEvent) -> String {
        join([event.name.zh, event.name.en, event.date, event.dateStated, event.place?.zh, event.place?.en,
              event.summary?.zh, event.summary?.en, event.quote, event.note?.zh, event.note?.en])
    }

    public static func of(_ source: Source) -> String {
        join([source.id, source.outlet?.zh, source.outlet?.en, source.title.zh, source.title.en, source.date,
              source.dateNote?.zh, source.dateNote?.en, source.author?.zh, source.author?.en, source.note?.zh,
              source.note?.en])
    }

    /// True when the folded `text` contains the folded `needle` (an empty needle matches).
    public static func matches(_ text: String, _ needle: String) -> Bool {
        let folded = fold(needle: needle)
        return folded.isEmpty || fold(text).containsExactly(folded)
    }

    /// Width-folded and lower-cased (see the type's comment).
    public static func fold(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isWide) else { return text.lowercased() }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(halfWidth(scalar)) }
        return String(scalars).lowercased()
    }

    /// A typed needle folded like the text, without field separators.
    public static func fold(needle: String) -> String {
        let folded = fold(needle)
        return folded.contains(separator) ? String(folded.filter { $0 != separator }) : folded
    }

    /// Where `needle` occurs in `text` once both are folded, as ranges of `text`'s own
    /// characters, left to right and not overlapping: what a list highlights.
    public static func ranges(of needle: String, in text: String) -> [Range<String.Index>] {
        let pattern = Array(fold(needle: needle).utf8)
        guard !pattern.isEmpty, !text.isEmpty else { return [] }
        var bytes: [UInt8] = []
        var owners: [String.Index] = []
        bytes.reserveCapacity(text.utf8.count)
        for index in text.indices {
            for byte in fold(String(text[index])).utf8 {
                bytes.append(byte)
                owners.append(index)
            }
        }
        var found: [Range<String.Index>] = []
        var offset = 0
        bytes.withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { pattern in
                while let at = ByteSearch.firstOffset(of: pattern, in: haystack, from: offset) {
                    let end = at + pattern.count
                    found.append(owners[at]..<text.index(after: owners[end - 1]))
                    // Continue after the last character the match touched.
                    offset = end
                    while offset < owners.count, owners[offset] == owners[end - 1] { offset += 1 }
                }
            }
        }
        return found
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF01...0xFF5E).contains(scalar.value) || scalar.value == 0x3000
    }

    static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value == 0x3000 { return " " }
        guard (0xFF01...0xFF5E).contains(scalar.value) else { return scalar }
        return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
    }

    static func both(_ texts: [Localized]) -> [String?] {
        texts.flatMap { [$0.zh, $0.en] }
    }

    static func join(_ fields: [String?]) -> String {
        var text = ""
        for case let field? in fields where !field.isEmpty {
            if !text.isEmpty { text.append(separator) }
            text += field
        }
        return text
    }
}
