/// Bounds on what one data file may cost to read, so a hostile or broken file is refused
/// quickly instead of exhausting memory or time.
public enum DataLimits {
    /// Largest data file accepted, in bytes.
    public static let maxFileBytes = 16 * 1024 * 1024
}
