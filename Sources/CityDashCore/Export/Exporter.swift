/// Produces `citydash export` output: stable JSON (sorted keys, snake_case) or CSV, of one kind
/// of record or of everything, optionally narrowed to one district.
public struct Exporter: Sendable {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case csvNeedsOneKind
        case encoding(String)

        public var description: String {
            switch self {
            case .csvNeedsOneKind:
                "CSV holds one kind of record; choose --kind metrics (the default for CSV), towns, zones, actions, "
                    + "projects, events, districts or sources, or use --format json for --kind all"
            case .encoding(let message): "could not encode the export: \(message)"
            }
        }
    }

    let query: DatasetQuery
    let filter: DistrictFilter
    /// Which records and in which order: the same `RecordQuery` the dashboard's lists run.
    let records: RecordQuery

    public init(dataset: Dataset, filter: DistrictFilter = .all) {
        self.init(dataset: dataset, query: RecordQuery(district: filter))
    }

    public init(dataset: Dataset, query records: RecordQuery) {
        self.query = DatasetQuery(dataset)
        self.filter = records.district
        self.records = records
    }

    /// The kind written when `--kind` is not given: everything for JSON; for CSV, which holds one
    /// table, the metrics (the figures are what a spreadsheet is for).
    public static func defaultKind(for format: ExportFormat) -> ExportKind {
        format == .csv ? .metrics : .all
    }

    public func export(_ kind: ExportKind, as format: ExportFormat) throws(Failure) -> String {
        switch format {
        case .json: try json(kind)
        case .csv: try csv(kind)
        }
    }

    var districts: [District] {
        query.dataset.districts.filter { filter.districtID == nil || filter.districtID == $0.id }
    }

    var full: FullExport {
        let data = query.dataset
        return FullExport(
            sources: records.sourcePositions(in: data).map { data.sources[$0] }, districts: districts,
            areas: data.areas.filter { filter.admits($0.district) },
            metrics: records.metricPositions(in: data).map { MetricRecord(data.metrics[$0]) },
            newTowns: records.newTownPositions(in: data).map { data.newTowns[$0] },
            scenarioBatch: filter == .all && records.filter.isEmpty && records.search.isEmpty ? data.scenarioBatch : nil,
            demoZones: records.zonePositions(in: data).map { data.zones[$0] },
            actions: records.actionPositions(in: data).map { data.actions[$0] },
            projects: records.projectPositions(in: data).map { data.projects[$0] },
            events: records.eventPositions(in: data).map { data.events[$0] })
    }

    private func json(_ kind: ExportKind) throws(Failure) -> String {
        let full = self.full
        do {
            let text = switch kind {
            case .metrics: try JSONWriter.encode(full.metrics)
            case .towns: try JSONWriter.encode(full.newTowns)
            case .zones: try JSONWriter.encode(full.demoZones)
            case .actions: try JSONWriter.encode(full.actions)
            case .projects: try JSONWriter.encode(full.projects)
            case .events: try JSONWriter.encode(full.events)
            case .districts: try JSONWriter.encode(full.districts)
            case .sources: try JSONWriter.encode(full.sources)
            case .all: try JSONWriter.encode(full)
            }
            return text + "\n"
        } catch {
            throw .encoding("\(error)")
        }
    }

    private func csv(_ kind: ExportKind) throws(Failure) -> String {
        let full = self.full
        func joined(_ items: [Localized], _ language: Language) -> String {
            items.map { $0[language] }.joined(separator: language == .zh ? "；" : "; ")
        }
        switch kind {
        case .all:
            throw .csvNeedsOneKind
        case .metrics:
            return CSVWriter.write(
                header: ["id", "name_zh", "name_en", "stated", "value", "scale", "qualifier", "unit", "normalized",
                         "formatted_zh", "formatted_en", "year", "as_of", "kind", "target_year", "scope", "district",
                         "subject", "category", "source", "quote"],
                rows: full.metrics.map { m in
                    [m.id, m.name.zh, m.name.en, m.stated, m.value, m.scale, m.qualifier ?? "", m.unit, m.normalizedText,
                     m.formatted.zh, m.formatted.en, m.year.map(String.init) ?? "", m.asOf ?? "", m.kind,
                     m.targetYear.map(String.init) ?? "", m.scope, m.district ?? "", m.subject ?? "", m.category,
                     m.source, m.quote]
                }, numericColumns: ["value", "normalized", "year", "target_year"],
                tokenColumns: ["scale", "qualifier", "unit", "kind", "scope", "category"])
        case .towns:
            return CSVWriter.write(
                header: ["id", "name_zh", "name_en", "district", "positioning_zh", "positioning_en", "scenario_count",
                         "scenarios_zh", "scenarios_en", "source", "quote"],
                rows: full.newTowns.map { t in
                    [t.id, t.name.zh, t.name.en, t.district, t.positioning.zh, t.positioning.en,
                     t.scenarioCount.map(String.init) ?? "", joined(t.scenarios, .zh), joined(t.scenarios, .en),
                     t.source, t.quote]
                }, numericColumns: ["scenario_count"])
        case .zones:
            return CSVWriter.write(
                header: ["id", "name_zh", "name_en", "district", "focus_zh", "focus_en", "metrics", "source", "quote"],
                rows: full.demoZones.map { z in
                    [z.id, z.name.zh, z.name.en, z.district, z.focus.zh, z.focus.en, z.metrics.joined(separator: ";"),
                     z.source, z.quote]
                })
        case .actions:
            return CSVWriter.write(
                header: ["id", "name_zh", "name_en", "group_zh", "group_en", "district", "metrics", "source", "quote"],
                rows: full.actions.map { a in
                    [a.id, a.name.zh, a.name.en, a.group?.zh ?? "", a.group?.en ?? "", a.district ?? "",
                     a.metrics.joined(separator: ";"), a.source, a.quote]
                })
        case .projects:
            return CSVWriter.write(
                header: ["id", "kind", "name_zh", "name_en", "parties_zh", "parties_en", "district", "source", "quote"],
                rows: full.projects.map { p in
                    [p.id, p.kind.rawValue, p.name.zh, p.name.en, joined(p.parties, .zh), joined(p.parties, .en),
                     p.district ?? "", p.source, p.quote]
                }, tokenColumns: ["kind"])
        case .events:
            return CSVWriter.write(
                header: ["id", "date", "date_stated", "name_zh", "name_en", "district", "source", "quote"],
                rows: full.events.map { e in
                    [e.id, e.date, e.dateStated, e.name.zh, e.name.en, e.district ?? "", e.source, e.quote]
                })
        case .districts:
            return CSVWriter.write(
                header: ["id", "name_zh", "name_en", "short_zh", "short_en"],
                rows: full.districts.map { [$0.id, $0.name.zh, $0.name.en, $0.short.zh, $0.short.en] })
        case .sources:
            return CSVWriter.write(
                header: ["id", "file", "outlet_zh", "outlet_en", "title_zh", "title_en", "date"],
                rows: full.sources.map {
                    [$0.id, $0.file, $0.outlet?.zh ?? "", $0.outlet?.en ?? "", $0.title.zh, $0.title.en, $0.date ?? ""]
                })
        }
    }
}
