import ArgumentParser
import CityDashCore
import CityDashUI

/// The view options as plain values (see `CommandSettings`), and the state they start from.
struct ViewSettings {
    var panel: PanelID?
    var district: String?
    var lang: Language?
    var theme: ThemeName?
    var color: ColorChoice = .auto
    var ascii = false
    var query = QuerySettings()
    var exportDir: String?

    /// The starting state, or exit 64 for an unknown district.
    func initialState(dataset: Dataset, width: Int, height: Int) throws -> AppState {
        var state = AppState(dataset: dataset, width: width, height: height)
        state.language = lang ?? .zh
        state.theme = theme ?? .dark
        state.asciiOnly = ascii
        if let district {
            let resolver = DistrictResolver(dataset: dataset)
            guard let filter = resolver.filter(for: district) else {
                Console.error("citydash: " + resolver.unknownMessage(district))
                throw ExitStatus.usage
            }
            state.district = filter
        }
        let recordQuery = try query.query(dataset: dataset, district: state.district)
        state.search = recordQuery.search
        state.filter = recordQuery.filter
        state.sort = recordQuery.sort
        state.grouping = recordQuery.grouping
        if let exportDir { state.exportDirectory = exportDir }
        // A chosen district opens on its own page unless --panel says otherwise; all / 全市 is
        // the whole city, which opens on the overview.
        state.panel = panel ?? (state.district == .all ? .overview : .district)
        state.refreshItemCache()
        return state
    }
}
