import ArgumentParser

/// Small repairs to the command line before parsing, and the combined top-level help.
enum CommandLineRepair {
    static let subcommands = ["dashboard", "render", "validate", "export", "generate", "help"]

    /// `citydash --data X render --width 80` → `citydash render --data X --width 80`: options
    /// written before the subcommand go after it, where the subcommand's parser finds them.
    /// Only when a subcommand name appears later and every word before it is an option or an
    /// option's value; anything else is left for the parser to explain.
    static func reordered(_ arguments: [String]) -> [String] {
        guard let first = arguments.first, first.hasPrefix("-"), !isHelpOrVersion(first),
              let index = arguments.firstIndex(where: { subcommands.contains($0) }), index > 0,
              !arguments[..<index].contains("--") else { return arguments }
        return [arguments[index]] + arguments[..<index] + arguments[(index + 1)...]
    }

    static func isTopLevelHelp(_ arguments: [String]) -> Bool {
        arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"]
    }

    private static func isHelpOrVersion(_ word: String) -> Bool {
        ["-h", "--help", "--version", "--generate-completion-script"].contains(word)
    }

    /// The first word, when it is not an option, not a subcommand, and close to one
    /// (`rendr` → `render`). The dashboard takes no positional arguments, so a bare word there
    /// is always a slip.
    static func misspelledSubcommand(_ arguments: [String]) -> (word: String, suggestion: String)? {
        guard let word = arguments.first, !word.hasPrefix("-"), !subcommands.contains(word) else { return nil }
        let ranked = subcommands.map { ($0, editDistance(word.lowercased(), $0)) }.min { $0.1 < $1.1 }
        guard let (name, distance) = ranked, distance <= max(2, name.count / 3) else { return nil }
        return (word, name)
    }

    /// Levenshtein distance over characters; the words compared here are a few letters long.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// `citydash --help`: the root help, then the dashboard's options (the default command,
    /// which the plain root help would hide behind `citydash help dashboard`).
    static func topLevelHelp(columns: Int?) -> String {
        let root = CityDash.helpMessage(columns: columns)
        let dashboard = DashboardCommand.helpMessage(columns: columns)
        guard let start = dashboard.firstRange(of: "OPTIONS:\n") else { return root + "\n" }
        let options = dashboard[start.upperBound...]
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("--version") && !$0.contains("-h, --help") }
            .joined(separator: "\n")
        return root + "\n\nDASHBOARD OPTIONS (citydash [options]; the same for render where they apply):\n"
            + options.trimmingSuffixNewlines() + "\n"
    }
}

private extension String {
    func trimmingSuffixNewlines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
