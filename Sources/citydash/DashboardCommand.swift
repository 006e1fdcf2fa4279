import ArgumentParser

// Placeholder until the ncurses dashboard lands in the next commits.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dashboard")
    func run() throws {}
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render")
    func run() throws {}
}
