import CityDashCore
@testable import CityDashUI
import Testing

/// The parts under a project's or event's detail on the projects board: what the articles put
/// beside it, named as the data names it, each record once.
@Suite struct RelatedRecordsTests {
    static func state(_ language: Language = .zh) -> AppState {
        Fixture.state(width: 300, height: 80, panel: .projects, language: language)
    }

    @Test("an event lists the others of its day, marked, and the article's other records without them")
    func eventOfABusyDay() throws {
        let state = Self.state()
        let event = try #require(state.dataset.event("experience-week-opening-2022"))
        let sameDay = state.dataset.events.filter { $0.date == event.date }
        #expect(sameDay.count == 6)
        let parts = RelatedRecords.parts(.event(event.id), state, room: 40)
        #expect(parts.count == 2)
        #expect(parts[0].title.contains("2022-08-24") && parts[0].title.contains("6"))
        #expect(parts[0].lines.map(\.text) == sameDay.map { ($0.id == event.id ? "▶ " : "• ") + $0.name.zh })
        #expect(parts[0].lines.filter { $0.role == .accent }.count == 1)
        // None of the day's events is named again under the article.
        let article = parts[1].lines.map(\.text).joined(separator: "\n")
        for other in sameDay { #expect(!article.contains(other.name.zh)) }
        let source = try #require(state.dataset.source(event.source))
        #expect(parts[1].title.contains(source.title.zh))
    }

    @Test("a project lists the others of its kind, then its article's records by kind")
    func projectOfAKind() throws {
        let state = Self.state(.en)
        let project = try #require(state.dataset.project("public-computing-platform"))
        let sameKind = state.dataset.projects.filter { $0.kind == project.kind }
        let parts = RelatedRecords.parts(.project(project.id), state, room: 40)
        #expect(parts.first?.lines.map(\.text) == sameKind.map { ($0.id == project.id ? "▶ " : "• ") + $0.name.en })
        // The article's count is of records not named above.
        let cited = state.dataset.newTowns.filter { $0.source == project.source }.count
            + state.dataset.zones.filter { $0.source == project.source }.count
            + state.dataset.projects.filter { $0.source == project.source && $0.kind != project.kind }.count
            + state.dataset.events.filter { $0.source == project.source }.count
            + state.dataset.actions.filter { $0.source == project.source }.count
            + state.dataset.metrics.filter { $0.source == project.source }.count
        #expect(parts.last?.title.hasPrefix("\(cited) more records") == true)
    }

    @Test("room bounds the names of each part and says how many more there are")
    func roomBoundsTheNames() throws {
        let state = Self.state()
        let parts = RelatedRecords.parts(.event("experience-week-opening-2022"), state, room: 2)
        #expect(parts[0].lines.count == 3)
        #expect(parts[0].lines.last?.text == "… 还有 4 条")
        #expect(parts[0].lines.last?.role == .muted)
    }

    @Test("other records have no related parts; the board then shows the detail alone")
    func otherKinds() {
        let state = Self.state()
        #expect(RelatedRecords.parts(.metric("city-gdp-2021"), state, room: 40).isEmpty)
        #expect(RelatedRecords.parts(nil, state, room: 40).isEmpty)
    }

    @Test("the board draws the parts under the detail, framed, and every row stays its width")
    func drawnUnderTheDetail() {
        var state = Self.state(.en)
        state.refreshItemCache()
        let text = DashboardView.render(state).lines
        #expect(text.contains { $0.contains("Same kind · Signed project · 5") })
        #expect(text.contains { $0.contains("more records from the same article") })
        // The article's list runs past its box: its last row says where the rest is.
        #expect(text.contains { $0.contains("the rest on the Sources panel (6)") })
        #expect(text.allSatisfy { DisplayWidth.of($0) == 300 })
    }
}
