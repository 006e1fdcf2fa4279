/// Makes text from the data safe to put on a terminal: nothing in it can move the cursor,
/// change colours, set the window title or reorder what is shown.
///
/// - ESC becomes ␛ and the other C0 controls their Control Pictures (␀ … ␟, ␡ for DEL), so a
///   planted escape sequence is visible rather than obeyed;
/// - C1 controls (U+0080–U+009F), which some terminals treat as CSI, become U+FFFD;
/// - tab, newline and the Unicode line/paragraph separators become a space;
/// - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, LRM/RLM/ALM) and
///   zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are dropped;
/// - any other scalar glibc's `wcwidth` cannot print (unassigned code points) becomes U+FFFD,
///   so that ncurses, which would draw it as an escape like `~@`, and the buffer agree on its width.
public enum TerminalSanitizer {
    public static func sanitize(_ text: String) -> String {
        // Fast path: most text has nothing to replace.
        if text.unicodeScalars.allSatisfy({ replacement(for: $0) == nil }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch replacement(for: scalar) {
            case nil: out.append(scalar)
            case .some(nil): continue
            case .some(let replaced?): out.append(replaced)
            }
        }
        return String(out)
    }

    /// nil: keep; .some(nil): drop; .some(x): replace with x.
    public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar?? {
        let value = scalar.value
        switch value {
        // Printable ASCII and the CJK ideographs, most of every frame, are kept without a
        // width lookup.
        case 0x20..<0x7F, 0x4E00...0x9FFF:
            return nil
        case 0x09, 0x0A, 0x0D, 0x2028, 0x2029:
            return .some(" ")
        case 0x00...0x1F:
            return .some(Unicode.Scalar(0x2400 + value))
        case 0x7F:
            return .some("\u{2421}")
        case 0x80...0x9F:
            return .some("\u{FFFD}")
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0x061C, 0xFEFF:
            return .some(nil)
        case 0xA0..<0x300:
            return nil
        default:
            return DisplayWidth.wcwidth(scalar) < 0 ? .some("\u{FFFD}") : nil
        }
    }
}
