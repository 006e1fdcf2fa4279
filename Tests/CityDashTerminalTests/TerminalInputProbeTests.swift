import CNCursesW
@testable import CityDashTerminal
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The probe that tells "curses read keys that mean nothing" from "the terminal is gone", on a
/// real pseudo-terminal and a pipe, without reading anything itself.
@Suite struct TerminalInputProbeTests {
    /// A pseudo-terminal pair in raw mode: (controller, terminal).
    static func openPair() throws -> (Int32, Int32) {
        let controller = posix_openpt(O_RDWR | O_NOCTTY)
        try #require(controller >= 0 && grantpt(controller) == 0 && unlockpt(controller) == 0, "no pseudo-terminal")
        let name = try #require(ptsname(controller))
        let terminal = open(name, O_RDWR | O_NOCTTY | O_NONBLOCK)
        try #require(terminal >= 0)
        var modes = termios()
        tcgetattr(terminal, &modes)
        cfmakeraw(&modes)
        tcsetattr(terminal, TCSANOW, &modes)
        return (controller, terminal)
    }

    @Test func inputThatWasReadAndMeantNothingLeavesTheTerminalOpen() throws {
        let (controller, terminal) = try Self.openPair()
        defer { close(controller); close(terminal) }
        let shiftRight: [UInt8] = [0x1B, 0x5B, 0x31, 0x3B, 0x32, 0x43]
        #expect(write(controller, shiftRight, shiftRight.count) == shiftRight.count)
        var ready = pollfd(fd: terminal, events: Int16(POLLIN), revents: 0)
        #expect(poll(&ready, 1, 2_000) == 1)
        var buffer = [UInt8](repeating: 0, count: 64)
        #expect(read(terminal, &buffer, buffer.count) == shiftRight.count)  // what curses does
        #expect(TerminalInputProbe.state(of: terminal) == .open)
        // Bytes that are still waiting (arrived after curses looked) are no loss either.
        #expect(write(controller, shiftRight, shiftRight.count) == shiftRight.count)
        #expect(poll(&ready, 1, 2_000) == 1)
        #expect(TerminalInputProbe.state(of: terminal) == .open)
    }

    @Test func aClosedTerminalIsLost() throws {
        let (controller, terminal) = try Self.openPair()
        defer { close(terminal) }
        close(controller)
        #expect(TerminalInputProbe.state(of: terminal) == .lost)
    }

    @Test func endOfInputIsLost() throws {
        var fds: [Int32] = [-1, -1]
        try #require(pipe(&fds) == 0)
        defer { close(fds[0]) }
        close(fds[1])
        #expect(TerminalInputProbe.state(of: fds[0]) == .lost)
    }
}
