import CNCursesW
@testable import CityDashTerminal
import Testing

/// How TERM becomes a terminfo entry, with terminfo answers injected: a fallback in a fixed
/// order, and one clear (sanitized) line when nothing fits.
@Suite struct TerminalTypeTests {
    static let usable = Int32(CITYDASH_TERMINAL_USABLE), unknown = Int32(CITYDASH_TERMINAL_UNKNOWN)

    @Test func aKnownTermIsUsedAsItIs() {
        #expect(TerminalType.resolve(term: "screen-256color") { _ in Self.usable } == .use("screen-256color"))
    }

    @Test func anUnknownTermFallsBackToTheFirstUsableXterm() {
        let onlyXterm = TerminalType.resolve(term: "xterm-kitty") { $0 == "xterm" ? Self.usable : Self.unknown }
        #expect(onlyXterm == .fallback(requested: "xterm-kitty", using: "xterm"))
        let both = TerminalType.resolve(term: "foot") { $0.hasPrefix("xterm") ? Self.usable : Self.unknown }
        #expect(both == .fallback(requested: "foot", using: "xterm-256color"))
        #expect(both.entry == "xterm-256color")
    }

    @Test func nothingUsableGivesOneSanitizedLine() throws {
        let result = TerminalType.resolve(term: "\u{1B}]0;pwned\u{07}") { _ in Self.unknown }
        guard case .unusable(let message) = result else {
            Issue.record("expected a refusal, got \(result)")
            return
        }
        #expect(!message.contains("\u{1B}") && !message.contains("\u{07}"), "TERM reached the message raw: \(message)")
        #expect(!message.contains("\n"))
        #expect(result.entry == nil)
        for term in [nil, ""] as [String?] {
            guard case .unusable(let unset) = TerminalType.resolve(term: term, usable: { _ in Self.usable }) else {
                Issue.record("TERM \(term ?? "unset") should be refused")
                continue
            }
            #expect(unset.contains("TERM is not set"))
        }
        let dumb = TerminalType.resolve(term: "dumb") { _ in Int32(CITYDASH_TERMINAL_CANNOT_ADDRESS) }
        guard case .unusable(let why) = dumb else {
            Issue.record("TERM=dumb should be refused")
            return
        }
        #expect(why.contains("citydash render"))
    }
}
