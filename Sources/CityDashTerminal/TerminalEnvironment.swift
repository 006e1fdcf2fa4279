import CityDashCore
#if canImport(Glibc)
import Glibc
#endif

/// What the terminal can show, decided once at start-up from the locale, TERM and NO_COLOR.
public struct TerminalEnvironment: Sendable {
    /// The locale's character set is UTF-8 (after trying C.UTF-8 as a fallback).
    public var isUTF8: Bool
    /// The terminal can draw CJK and box-drawing characters.
    public var canShowCJK: Bool
    /// NO_COLOR is set (https://no-color.org).
    public var noColorRequested: Bool

    /// Sets the process locale from the environment, falling back to C.UTF-8 when the
    /// environment's locale is not UTF-8, and reads TERM and NO_COLOR.
    public static func prepare(environment: [String: String] = FileSystem.environment()) -> TerminalEnvironment {
        setlocale(LC_ALL, "")
        var utf8 = currentCodesetIsUTF8()
        if !utf8, setlocale(LC_ALL, "C.UTF-8") != nil {
            // Only worth it when the terminal itself speaks UTF-8; LANG/LC_* said otherwise,
            // so stay conservative about CJK but keep wide-character I/O working.
            utf8 = currentCodesetIsUTF8()
            return TerminalEnvironment(isUTF8: utf8, canShowCJK: false,
                                       noColorRequested: !(environment["NO_COLOR"] ?? "").isEmpty)
        }
        let term = environment["TERM"] ?? ""
        let consoleLike = term == "linux" || term == "vt100" || term == "vt220" || term == "dumb"
        return TerminalEnvironment(isUTF8: utf8, canShowCJK: utf8 && !consoleLike,
                                   noColorRequested: !(environment["NO_COLOR"] ?? "").isEmpty)
    }

    static func currentCodesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
