import CityDashCore

/// The row of panel tabs: "1 总览  2 五个新城 ...", the active one highlighted. With a search
/// active each tab shows how many of its items match.
public enum TabBar {
    static func label(_ panel: PanelID, language: Language, matches: Int?, short: Bool) -> String {
        var text = " \(panel.number) \((short ? panel.shortTitle : panel.title)[language])"
        if let matches { text += " (\(matches))" }
        return text + " "
    }

    public static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        buffer.fill(rect, role: .tabInactive)
        var x = rect.x
        for panel in PanelID.allCases {
            let text = label(panel, in: state)
            let role: Role = panel == state.panel ? .tabActive : .tabInactive
            x += buffer.write(text, x: x, y: rect.y, role: role, clip: rect) + 1
        }
    }

    /// Full titles when they all fit in the width, short ones otherwise.
    static func label(_ panel: PanelID, in state: AppState) -> String {
        let matches = { (p: PanelID) in state.search.isEmpty ? nil : state.items(for: p).count }
        let full = PanelID.allCases.reduce(0) {
            $0 + DisplayWidth.of(label($1, language: state.displayLanguage, matches: matches($1), short: false)) + 1
        }
        return label(panel, language: state.displayLanguage, matches: matches(panel), short: full > state.width)
    }

    /// The tab under a click, measured with the same labels as drawn.
    public static func panel(at x: Int, y: Int, in rect: Rect, state: AppState) -> PanelID? {
        guard y == rect.y else { return nil }
        var left = rect.x
        for panel in PanelID.allCases {
            let width = DisplayWidth.of(label(panel, in: state))
            if x >= left && x < left + width { return panel }
            left += width + 1
        }
        return nil
    }
}
