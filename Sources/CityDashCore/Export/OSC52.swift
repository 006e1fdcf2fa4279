import Foundation

/// The OSC 52 escape sequence that asks a terminal to put text on the system clipboard
/// (`ESC ] 52 ; c ; BASE64 BEL`). The text is sanitized first and carried in base64, so nothing
/// from the data can end the sequence early or smuggle in another one.
public enum OSC52 {
    /// Terminals drop longer payloads (xterm's default limit is about 100 kB of base64).
    public static let maximumTextBytes = 60_000

    /// The sequence for `text`, or nil when it is too long to send.
    public static func sequence(for text: String) -> String? {
        let clean = TerminalSanitizer.sanitize(text)
        guard clean.utf8.count <= maximumTextBytes else { return nil }
        return "\u{1B}]52;c;" + Data(clean.utf8).base64EncodedString() + "\u{07}"
    }
}
