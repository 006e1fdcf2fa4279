#if canImport(Glibc)
import Glibc
#endif

/// Plain output for the non-interactive commands, through checked `write(2)` calls.
///
/// A write that fails cannot be handed back to the caller in a useful way (the output is
/// already half written), so the process ends here: a closed pipe (EPIPE, seen when SIGPIPE is
/// ignored, as under systemd) exits 74 without a word, since nobody is reading; any other
/// failure (a full disk, a closed descriptor) prints one line on stderr where it still can and
/// exits 74 (EX_IOERR). Nothing is left to clean up in these commands: the dashboard draws
/// through curses, not through here.
enum Console {
    static func output(_ text: String) {
        if let failure = write(text, to: STDOUT_FILENO) { fail(failure) }
    }

    /// `output` for text that is already UTF-8 bytes (a rendered frame).
    static func output(bytes: [UInt8]) {
        if let failure = bytes.withUnsafeBufferPointer({ write($0, to: STDOUT_FILENO) }) { fail(failure) }
    }

    static func error(_ line: String) {
        if let failure = write(line + "\n", to: STDERR_FILENO) { fail(failure) }
    }

    /// Writes all of `text`, retrying short writes and EINTR; returns errno on failure.
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { write($0, to: descriptor) }
    }

    /// Writes all of `bytes`, as above.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let written = Glibc.write(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            next += written
            left -= written
        }
        return nil
    }

    /// The documented exit for an output that cannot be written (README "Exit codes").
    static func fail(_ failure: Int32) -> Never {
        if failure != EPIPE {
            let reason = String(cString: strerror(failure))
            _ = write("citydash: cannot write output: \(reason)\n", to: STDERR_FILENO)
        }
        exit(ExitStatus.ioError.rawValue)
    }
}
