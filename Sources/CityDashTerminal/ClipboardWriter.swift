import CityDashCore
#if canImport(Glibc)
import Glibc
#endif

/// Sends text to the terminal's clipboard with OSC 52. Terminals that do not support it ignore
/// the sequence (it moves no cursor and draws nothing); the status line shows the text anyway.
enum ClipboardWriter {
    @discardableResult
    static func send(_ text: String) -> Bool {
        guard let sequence = OSC52.sequence(for: text) else { return false }
        let bytes = Array(sequence.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }
}
