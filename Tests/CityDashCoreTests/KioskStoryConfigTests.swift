@testable import CityDashCore
import Testing

/// Story pages in kiosk.yaml (`panel: story`): their figures and headline are read, and every
/// mistake (an unknown metric id, no or too many figures, a note headline without a note) is
/// an error at its own line.
@Suite struct KioskStoryConfigTests {
    @Test func readsTheFiguresAndTheHeadline() throws {
        let dataset = try TestSupport.bundledDataset()
        let text = """
        playlist:
          - {panel: story, figures: [city-gdp-2021, industrial-output-2021], headline: note, duration: 12}
          - {panel: story, figures: [ai-talent-share]}
          - {panel: towns}
        """
        let (config, diagnostics) = KioskConfigLoader().parse(text, dataset: dataset)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config.warnings.isEmpty, "\(config.warnings)")
        #expect(config.playlist.map(\.panel) == ["story", "story", "towns"])
        #expect(config.playlist[0].story == KioskStory(figures: ["city-gdp-2021", "industrial-output-2021"], headline: .note))
        #expect(config.playlist[0].duration == 12)
        #expect(config.playlist[1].story == KioskStory(figures: ["ai-talent-share"], headline: .quote))
        #expect(config.playlist[2].story == nil)
        #expect(config.playlist[0].recordCount(in: dataset) == 2)
    }

    @Test func anUnknownFigureIsAnErrorAtItsLine() throws {
        let dataset = try TestSupport.bundledDataset()
        let text = """
        playlist:
          - {panel: towns}
          - panel: story
            figures:
              - city-gdp-2021
              - city-gdp-2099
        """
        let (config, diagnostics) = KioskConfigLoader().parse(text, dataset: dataset)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(diagnostics.first?.file == "kiosk.yaml")
        #expect(diagnostics.first?.line == 6)
        #expect(diagnostics.first?.description.contains("playlist[1].figures[1]") == true, "\(diagnostics)")
        #expect(diagnostics.first?.description.contains("city-gdp-2099") == true, "\(diagnostics)")
        // The known figure still makes a page, so the booth shows what it can.
        #expect(config.playlist.last?.story?.figures == ["city-gdp-2021"])
    }

    @Test(arguments: [
        ("playlist:\n  - {panel: story, figures: []}\n", 2, "figures"),
        ("playlist:\n  - {panel: story}\n", 2, "figures"),
        ("playlist:\n  - {panel: story, figures: [city-gdp-2021, industrial-output-2021, ai-talent-share, ai-core-firms-share]}\n",
         2, "1 to 3"),
        ("playlist:\n  - {panel: story, figures: [online-new-economy-growth-2021], headline: note}\n", 2, "headline"),
        ("playlist:\n  - {panel: story, figures: [city-gdp-2021], headline: title}\n", 2, "headline"),
        ("playlist:\n  - {panel: towns, figures: [city-gdp-2021]}\n", 2, "figures"),
    ])
    func mistakesAreErrorsWithLineAndField(text: String, line: Int, field: String) throws {
        let dataset = try TestSupport.bundledDataset()
        let (_, diagnostics) = KioskConfigLoader().parse(text, dataset: dataset)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(diagnostics.first?.line == line, "\(diagnostics)")
        #expect(diagnostics.first?.description.contains(field) == true, "\(diagnostics)")
    }

    /// A story whose figures a reload removed shows nothing: `validate` warns, the booth skips.
    @Test func aStoryWithoutItsFiguresCountsNothing() {
        let page = KioskPage(panel: "story", story: KioskStory(figures: ["city-gdp-2021"]))
        #expect(page.recordCount(in: Dataset()) == 0)
        #expect(page.label == "story (city-gdp-2021)")
    }
}
