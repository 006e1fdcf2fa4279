import Testing
@testable import CityDashCore

/// Expectations about diagnostics shared by the suites that check located errors.
extension TestSupport {
    /// Expects exactly one diagnostic, at `file:line[:column]`, whose message contains every fragment.
    @discardableResult
    static func expectSingle(_ diagnostics: [Diagnostic], file: String, line: Int, column: Int? = nil, _ fragments: String...,
                             sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        #expect(diagnostics.count == 1,
                "expected one diagnostic, got:\n\(diagnostics.map(\.description).joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        guard let diagnostic = diagnostics.first else { return nil }
        #expect(diagnostic.file == file, sourceLocation: sourceLocation)
        #expect(diagnostic.line == line, "\(diagnostic)", sourceLocation: sourceLocation)
        if let column { #expect(diagnostic.column == column, "\(diagnostic)", sourceLocation: sourceLocation) }
        for fragment in fragments {
            #expect(diagnostic.message.contains(fragment), "\(diagnostic) lacks \(fragment)", sourceLocation: sourceLocation)
        }
        return diagnostic
    }

    /// Expects no diagnostics at all.
    static func expectValid(_ result: LoadResult, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description).joined(separator: "\n"))",
                sourceLocation: sourceLocation)
    }
}
