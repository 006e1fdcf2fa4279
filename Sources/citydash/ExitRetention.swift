/// Values a command keeps until the process exits: freeing a loaded data set record by record
/// just before the system takes back all of the process's memory at once is work nobody sees
/// (for `validate` of 100,000 metrics, about 1% of the command). Held in a static, so a leak
/// checker sees them as still reachable rather than lost.
enum ExitRetention {
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` (a copy: for a struct of arrays, a few references) until the process exits.
    static func keep(_ value: Any) {
        kept.append(value)
    }
}
