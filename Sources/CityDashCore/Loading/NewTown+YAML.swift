extension NewTown {
    init?(reading r: RecordReader) {
        let id = r.id()
        let name = r.localized("name")
        let district = r.reference("district", to: .district, required: true)
        let positioning = r.localized("positioning")
        let count = r.int("scenario_count", range: 0...100_000)
        let countStated = r.string("scenario_count_stated", required: count != nil)
        let scenarios = r.localizedList("scenarios")
        let provenance = r.provenance()
        if let countStated, !r.failedFields.contains("scenario_count"), let contradiction = FigureConsistency.count(
            count, field: "scenario_count", stated: countStated, statedField: "scenario_count_stated", path: r.path) {
            r.report(contradiction)
        }
        guard let id, let name, let district, let positioning, let provenance else { return nil }
        self.init(id: id, name: name, district: district, positioning: positioning, scenarioCount: count,
                  scenarioCountStated: countStated, scenarios: scenarios, source: provenance.source, quote: provenance.quote)
    }
}

extension ScenarioBatch {
    init?(reading r: RecordReader) {
        let total = r.int("total", required: true, range: 0...100_000)
        let stated = r.string("total_stated")
        let categories = r.localizedList("categories", required: true)
        let provenance = r.provenance()
        let note = r.localized("note", required: false)
        if let stated, let provenance, !provenance.quote.containsExactly(stated) {
            r.fail("total_stated", "\"\(stated)\" does not appear in the quote")
        }
        if let stated, r.failedFields.isDisjoint(with: ["total", "total_stated"]), let contradiction = FigureConsistency.count(
            total, field: "total", stated: stated, statedField: "total_stated", path: r.path) {
            r.report(contradiction)
        }
        guard let total, let stated, let provenance else { return nil }
        self.init(total: total, totalStated: stated, categories: categories, source: provenance.source,
                  quote: provenance.quote, note: note)
    }
}
