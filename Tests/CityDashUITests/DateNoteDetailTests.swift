import CityDashCore
@testable import CityDashUI
import Testing

/// Details of records from an undated source say what the source's date is (its `date_note`),
/// in the language shown, at the end of the source block: after the quote, so that a preview too
/// short for everything keeps the article's words.
@Suite struct DateNoteDetailTests {
    @Test func undatedSourcesShowTheirDateNoteInBothLanguages() {
        let dataset = Fixture.dataset
        var checked = 0
        for metric in dataset.metrics {
            guard let source = dataset.source(metric.source) else { continue }
            for lang in [Language.zh, .en] {
                let texts = DetailContent.lines(.metric(metric.id), in: dataset, lang).map(\.text)
                guard let header = texts.firstIndex(of: UIText.source[lang]) else {
                    Issue.record("no source block for \(metric.id)")
                    continue
                }
                if source.date == nil, let note = source.dateNote {
                    // The last line of the source block, after the quote.
                    #expect(texts.last == note[lang], "\(metric.id) \(lang)")
                    #expect((texts.lastIndex(of: note[lang]) ?? -1) > header, "\(metric.id): the note is in the source block")
                    #expect(texts.dropLast().last?.hasPrefix("「") == true, "\(metric.id) \(lang): the quote comes first")
                    checked += 1
                } else if let note = source.dateNote {
                    #expect(!texts.contains(note[lang]), "\(metric.id): a dated source needs no note")
                }
            }
        }
        #expect(checked > 0, "the bundled data has metrics from undated sources (s000, s004)")
    }

    @Test func actionFromSourceS004ShowsItsNote() throws {
        let dataset = Fixture.dataset
        let action = try #require(dataset.actions.first { $0.source == "s004" })
        let note = try #require(dataset.source("s004")?.dateNote)
        let zh = DetailContent.lines(.action(action.id), in: dataset, .zh)
        let en = DetailContent.lines(.action(action.id), in: dataset, .en)
        #expect(zh.contains(DetailLine(note.zh, role: .muted, indent: 2)))
        #expect(en.contains(DetailLine(note.en, role: .muted, indent: 2)))
    }
}
