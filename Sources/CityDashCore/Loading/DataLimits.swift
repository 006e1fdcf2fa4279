/// Bounds on what one data file may cost to read, so a hostile or broken file is refused
/// quickly instead of exhausting memory or time.
public enum DataLimits {
    /// Largest data file accepted, in bytes: 100,000 generated metrics take 45 MiB.
    public static let maxFileBytes = 64 * 1024 * 1024

    /// Deepest nesting of `[ ]` and `{ }` accepted; the data format needs 2.
    public static let maxFlowNesting = 64
    /// Deepest block indentation accepted, in columns; the data format needs 6.
    public static let maxIndentation = 128
}
