@testable import CityDashCore
import Testing

/// A key repeated in a small mapping is refused at its second use, naming the first; keys that
/// only look alike (same length, first and last byte: the same bit of the composer's quick
/// filter) are not repeats.
@Suite struct DuplicateKeyTests {
    @Test func aRepeatedKeyIsRefusedAtItsSecondUse() {
        let text = "axb: 1\nayb: 2\nazb: 3\naxb: 4\n"
        guard case .failure(let problem) = YAMLComposer.document(text) else {
            Issue.record("a repeated key was accepted")
            return
        }
        #expect(problem == YAMLSyntaxError(line: 4, column: 1,
                                           message: "YAML syntax error: duplicate key \"axb\" in a mapping (first at line 1, column 1)"))
    }

    @Test func keysThatOnlyLookAlikeAreNotRepeats() {
        let keys = (0..<30).map { "k\(Character(Unicode.Scalar(UInt8(65 + $0))))z" }
        let text = keys.enumerated().map { "\($1): \($0)" }.joined(separator: "\n")
        guard case .success(let node) = YAMLComposer.document(text) else {
            Issue.record("keys that differ were refused")
            return
        }
        #expect(node.map { Array($0.children).count } == 60)
    }
}
