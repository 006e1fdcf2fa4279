/// How much a playlist page has to show, so that neither `validate` nor the booth ever puts
/// an empty page on screen.
extension KioskPage {
    /// Records the page lists for `dataset`: the panel's records that its district filter
    /// admits (the figures on `overview`, projects and events on `projects`), or every record
    /// of the district on a `district` page, the figures still in the data on a `story` page.
    /// A `district` page without a district is the map
    /// of the whole city, which has something to show whenever the data has any record.
    /// A page naming an unknown district counts nothing.
    public func recordCount(in dataset: Dataset) -> Int {
        if let district, dataset.district(district) == nil { return 0 }
        let admits: (String?) -> Bool = { record in district == nil || record == district }
        switch panel {
        case "district":
            guard let district else { return DatasetQuery(dataset).totalCount }
            return dataset.recordCountsByDistrict[district] ?? 0
        case "overview":
            guard let district else { return dataset.metrics.count }
            return dataset.metricPositions(inDistrict: district).count
        case "towns": return dataset.newTowns.count { admits($0.district) }
        case "zones": return dataset.zones.count { admits($0.district) }
        case "actions": return dataset.actions.count { admits($0.district) }
        case "projects": return dataset.projects.count { admits($0.district) } + dataset.events.count { admits($0.district) }
        case "story": return story?.metrics(in: dataset).count ?? 0
        default: return 0
        }
    }

    /// The page as `validate` and the status line name it: `towns (jiading)`.
    public var label: String {
        if let story { return "\(panel) (\(story.figures.joined(separator: ", ")))" }
        return district.map { "\(panel) (\($0))" } ?? panel
    }
}
