@testable import CityDashTerminal
import Testing

/// `FrameWriter` sends terminfo's strings itself, without tputs: a padding delay (`$<5>` in
/// vt100's cup, `$<2>` in its sgr0) must not reach the screen as text.
@Suite struct FrameWriterTests {
    static func unpadded(_ text: String) -> String {
        String(decoding: text.withCString { FrameWriter.unpadded($0) }, as: UTF8.self)
    }

    @Test func paddingIsLeftOut() {
        #expect(Self.unpadded("\u{1B}[%i%p1%d;%p2%dH$<5>") == "\u{1B}[%i%p1%d;%p2%dH")
        #expect(Self.unpadded("\u{1B}[m\u{0F}$<2>") == "\u{1B}[m\u{0F}")
        #expect(Self.unpadded("a$<2.5*/>b$<10>c") == "abc")
    }

    @Test func textThatIsNotPaddingStays() {
        #expect(Self.unpadded("\u{1B}[1m") == "\u{1B}[1m")
        #expect(Self.unpadded("$x$<a>$<") == "$x$<a>$<")
    }
}
