import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

/// Decides, without reading a byte, what it means when poll() said the terminal was readable
/// but curses decoded nothing. Usually curses read keys that map to nothing (Shift+arrows,
/// Insert, right clicks, invalid bytes): the terminal is fine. It is gone only when it is
/// still "readable" with no bytes waiting (read() would return 0), reports a hang-up or an
/// error, or refuses even to count its bytes (EIO after a hang-up).
enum TerminalInputProbe {
    enum State: Equatable {
        /// Nothing wrong: the input was read (and meant nothing), or more is arriving.
        case open
        /// End of input, hang-up or I/O error: the terminal is gone.
        case lost
        /// Bytes wait that this process cannot read: it is in a background process group.
        case background
    }

    static func state(of fd: Int32) -> State {
        var probe = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&probe, 1, 0)
        if ready < 0 { return errno == EINTR || errno == EAGAIN ? .open : .lost }
        if probe.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .lost }
        guard probe.revents & Int16(POLLIN) != 0 else { return .open }
        let pending = citydash_pending_bytes(fd)
        if pending < 0 { return .lost }
        if pending == 0 { return .lost }
        // Bytes curses did not take: either they arrived just now (they are read on the next
        // turn) or reading is refused because another process group owns the terminal.
        let owner = tcgetpgrp(fd)
        return owner >= 0 && owner != getpgrp() ? .background : .open
    }
}
