/// The panels that draw their own board over the whole body instead of the list beside a
/// preview: the projects panel with its time axis (at every size), and on big screens the new
/// towns, the demonstration zones, the industry actions and the articles, whose few records
/// would leave most of a list empty. The reducer asks here what a click hits and where ←→ go.
public enum PanelBoard {
    /// True when the current panel is drawn as a board (an empty list keeps its message).
    /// Kiosk pages too: the loop's selection steps through the cards and the time axis.
    public static func draws(_ state: AppState) -> Bool {
        guard !state.items.isEmpty else { return false }
        switch state.panel {
        case .projects: return true
        case .towns, .zones, .sources: return state.items.count <= shortList && isRoomy(DashboardLayout(for: state).body)
        case .actions: return state.items.count <= shortList * 2 && isRoomy(DashboardLayout(for: state).body)
        case .overview, .district: return false
        }
    }

    /// True for the boards whose parts are remembered apart (the cards and map of the towns and
    /// zones, the projects' time axis and list), drawn without a region around them; the
    /// actions and sources boards are one region whose inner parts are kept (`CellCache`).
    static func remembersItsParts(_ panel: PanelID) -> Bool {
        panel == .towns || panel == .zones || panel == .projects
    }

    /// The most records drawn as cards: a longer list (a generated data set) keeps the list,
    /// which scrolls and costs only the rows on screen.
    static let shortList = 24

    /// Big enough for cards and charts; smaller screens keep the compact list and preview.
    static func isRoomy(_ body: Rect) -> Bool { body.width >= 110 && body.height >= 30 }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer) {
        switch state.panel {
        case .projects: ProjectsPanel.render(state, in: body, buffer: &buffer)
        case .towns: TownsPanel.render(state, in: body, buffer: &buffer)
        case .zones: ZonesPanel.render(state, in: body, buffer: &buffer)
        case .actions: ActionsPanel.render(state, in: body, buffer: &buffer)
        case .sources: SourcesPanel.render(state, in: body, buffer: &buffer)
        case .overview, .district: break
        }
    }

    /// The list index of the record under a click, if any.
    static func item(atX x: Int, y: Int, _ state: AppState) -> Int? {
        switch state.panel {
        case .projects: ProjectsPanel.item(atX: x, y: y, state)
        case .towns: TownsPanel.item(atX: x, y: y, state)
        case .zones: ZonesPanel.item(atX: x, y: y, state)
        case .actions: ActionsPanel.item(atX: x, y: y, state)
        case .sources: SourcesPanel.item(atX: x, y: y, state)
        case .overview, .district: nil
        }
    }

    /// Where ← (-1) or → (+1) moves the selection on a board with a time axis; nil elsewhere
    /// (the keys then switch panels as usual).
    static func step(_ state: AppState, by delta: Int) -> Int? {
        guard state.panel == .projects, draws(state) else { return nil }
        return ProjectsPanel.step(state, by: delta)
    }
}
