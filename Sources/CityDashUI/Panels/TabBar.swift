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
        for (panel, text) in zip(PanelID.allCases, labels(in: state)) {
            let role: Role = panel == state.panel ? .tabActive : .tabInactive
            x += buffer.write(text, x: x, y: rect.y, role: role, clip: rect) + 1
        }
    }

    /// Every tab's label: full titles when they all fit in the width, short ones otherwise.
    static func labels(in state: AppState) -> [String] {
        let matches = PanelID.allCases.map { state.search.isEmpty ? nil : state.items(for: $0).count }
        let full = zip(PanelID.allCases, matches).map {
            label($0, language: state.displayLanguage, matches: $1, short: false)
        }
        guard full.reduce(0, { $0 + DisplayWidth.of($1) + 1 }) > state.width else { return full }
        return zip(PanelID.allCases, matches).map { label($0, language: state.displayLanguage, matches: $1, short: true) }
    }

    /// The tab under a click, measured with the same labels as drawn.
    public static func panel(at x: Int, y: Int, in rect: Rect, state: AppState) -> PanelID? {
        guard y == rect.y else { return nil }
        var left = rect.x
        for (panel, label) in zip(PanelID.allCases, labels(in: state)) {
            let width = DisplayWidth.of(label)
            if x >= left && x < left + width { return panel }
            left += width + 1
        }
        return nil
    }
}
