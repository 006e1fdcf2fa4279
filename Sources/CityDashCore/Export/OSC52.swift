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
        return "\u{1B}]52;c;" + base64(Array(clean.utf8)) + "\u{07}"
    }

    /// RFC 4648 base64 with padding.
    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            let b0 = UInt32(bytes[index])
            let b1 = count > 1 ? UInt32(bytes[index + 1]) : 0
            let b2 = count > 2 ? UInt32(bytes[index + 2]) : 0
            let group = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(group >> 18 & 63)])
            out.append(alphabet[Int(group >> 12 & 63)])
            out.append(count > 1 ? alphabet[Int(group >> 6 & 63)] : UInt8(ascii: "="))
            out.append(count > 2 ? alphabet[Int(group & 63)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
