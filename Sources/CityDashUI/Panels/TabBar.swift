import CityDashCore

/// The row of panel tabs: "1 总览  2 五个新城 ...", the active one highlighted. With a search
/// active each tab shows how many of its items match. While a district is chosen its page
/// comes first, named by the district: "0 浦东".
public enum TabBar {
    /// The tabs shown for a state, in order.
    public static func panels(in state: AppState) -> [PanelID] {
        PanelID.tabs(districtActive: state.district != .all || state.panel == .district)
    }

    static func label(_ panel: PanelID, language: Language, matches: Int?, short: Bool,
                      districtName: Localized? = nil) -> String {
        let title = panel == .district ? districtName ?? panel.shortTitle : (short ? panel.shortTitle : panel.title)
        var text = " \(panel.number) \(title[language])"
        if let matches { text += " (\(matches))" }
        return text + " "
    }

    public static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        buffer.fill(rect, role: .tabInactive)
        var x = rect.x
        for (panel, text) in zip(panels(in: state), labels(in: state)) {
            let role: Role = panel == state.panel ? .tabActive : .tabInactive
            x += buffer.write(text, x: x, y: rect.y, role: role, clip: rect) + 1
        }
    }

    /// Every tab's label: full titles when they all fit in the width, short ones otherwise.
    static func labels(in state: AppState) -> [String] {
        let panels = panels(in: state)
        let name = state.district.districtID.flatMap { state.dataset.district($0)?.short }
        let matches = panels.map { state.search.isEmpty ? nil : state.items(for: $0).count }
        let full = zip(panels, matches).map {
            label($0, language: state.displayLanguage, matches: $1, short: false, districtName: name)
        }
        guard full.reduce(0, { $0 + DisplayWidth.of($1) + 1 }) > state.width else { return full }
        return zip(panels, matches).map {
            label($0, language: state.displayLanguage, matches: $1, short: true, districtName: name)
        }
    }

    /// The tab under a click, measured with the same labels as drawn.
    public static func panel(at x: Int, y: Int, in rect: Rect, state: AppState) -> PanelID? {
        guard y == rect.y else { return nil }
        var left = rect.x
        for (panel, label) in zip(panels(in: state), labels(in: state)) {
            let width = DisplayWidth.of(label)
            if x >= left && x < left + width { return panel }
            left += width + 1
        }
        return nil
    }
}
