/// State shared by all readers during one load: the problems found so far and the references
/// between records, which are checked once every file has been read.
final class LoadContext {
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var references: [PendingReference] = []
    /// Article texts by source id, when the loader was given the articles to check quotes against.
    var articles: [String: String] = [:]

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func expect(_ reference: PendingReference) {
        references.append(reference)
    }

    /// How much has been reported so far, to go back to when a file is read again.
    struct Checkpoint {
        fileprivate let diagnostics: Int
        fileprivate let references: Int
    }

    var checkpoint: Checkpoint {
        Checkpoint(diagnostics: diagnostics.count, references: references.count)
    }

    /// Forgets everything reported since `checkpoint`.
    func rollback(to checkpoint: Checkpoint) {
        diagnostics.removeSubrange(checkpoint.diagnostics...)
        references.removeSubrange(checkpoint.references...)
    }
}
