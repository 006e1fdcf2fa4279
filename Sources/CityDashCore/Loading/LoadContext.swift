/// State shared by all readers during one load: the problems found so far and the references
/// between records, which are checked once every file has been read.
final class LoadContext {
    private(set) var diagnostics: [Diagnostic] = []
    /// References kept for the final check, without their file's name, which `referenceFiles`
    /// holds once for each run of references from one file (100,000 metrics keep 50,000
    /// subject references: 1.2 MB less).
    private var heldReferences: [HeldReference] = []
    private var referenceFiles: [(file: String, start: Int)] = []

    /// A `PendingReference` without its file; line and column fit 32 bits (files are at most
    /// `DataLimits.maxFileBytes`).
    private struct HeldReference {
        var id: String
        var path: RecordPath
        var field: String
        var line: Int32
        var column: Int32
        var target: PendingReference.Target
    }
    /// Article texts by source id, when the loader was given the articles to check quotes against.
    var articles: [String: String] = [:]
    /// Files (`districts.yaml`) and record lists (`areas`) that could not be read at all: a
    /// syntax error, a missing file, a missing or malformed list. Every reference into them
    /// would be "unknown" only because of that, so those references are not reported.
    private(set) var unreadable: Set<String> = []
    /// Ids of records that were present but had errors (already reported), by list (`districts`):
    /// a reference to one of them is not reported as unknown as well.
    private(set) var brokenRecordIDs: [String: Set<String>] = [:]

    /// Records that `name` (a file or a list key) could not be read.
    func markUnreadable(_ name: String) {
        unreadable.insert(name)
    }

    func noteBrokenRecord(_ id: String, in list: String) {
        brokenRecordIDs[list, default: []].insert(id)
    }

    /// Texts longer than a `String` holds inline, kept once however many records repeat them.
    private var texts = TextPool()

    /// `text`, or a byte-for-byte equal text an earlier record kept: generated data sets copy a
    /// few hundred quotes and notes across 100,000 metrics. Only for texts that repeat: hashing
    /// costs about as much as the rest of reading the field.
    func intern(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }  // held inline: nothing to share
        var text = text
        return text.withUTF8 { texts.intern($0) }
    }

    /// The text these bytes hold (valid UTF-8), kept once as `intern(_:)` keeps it; looked up
    /// before a `String` is made, so a repeated text makes none.
    func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count > 15 else { return String(decoding: bytes, as: UTF8.self) }
        return texts.intern(bytes)
    }

    /// One of each box of a metric's rare fields (see `Metric.shareRareFields`).
    var rareFields: Set<Metric.RareFields.ExactKey> = []

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// The ids of each target whose files are all read (nil: a file or list of it could not be
    /// read, so references into it are not checked). A reference to a settled target is checked
    /// when it is made and kept only when its id is unknown: 100,000 metrics make 300,000
    /// references, and holding them all until the end was the largest part of a load's memory.
    /// One slot per target (`slot(of:)`), nil until it is settled: a dictionary keyed by the
    /// target hashed its raw text, a file list, for each of those 300,000 references.
    private var settled: [KnownIDs??] = [nil, nil, nil, nil, nil]

    private static func slot(of target: PendingReference.Target) -> Int {
        switch target {
        case .source: 0
        case .district: 1
        case .area: 2
        case .metric: 3
        case .subject: 4
        }
    }

    func settle(_ target: PendingReference.Target, knownIDs: KnownIDs?) {
        settled[Self.slot(of: target)] = .some(knownIDs)
    }

    /// True when `target` is settled and has `id`: a reference to it needs no keeping.
    func isKnown(_ id: String, _ target: PendingReference.Target) -> Bool {
        guard let known = settled[Self.slot(of: target)], let known else { return false }
        return known.contains(id)
    }

    func expect(_ reference: PendingReference) {
        if let known = settled[Self.slot(of: reference.target)] {
            guard let known, !known.contains(reference.id) else { return }
        }
        if referenceFiles.last?.file != reference.file {
            referenceFiles.append((reference.file, heldReferences.count))
        }
        heldReferences.append(HeldReference(
            id: reference.id, path: reference.path, field: reference.field,
            line: Int32(clamping: reference.line), column: Int32(clamping: reference.column), target: reference.target))
    }

    /// Every reference kept, in the order they were made.
    func forEachReference(_ body: (PendingReference) -> Void) {
        for (group, (file, start)) in referenceFiles.enumerated() {
            let end = group + 1 < referenceFiles.count ? referenceFiles[group + 1].start : heldReferences.count
            for held in heldReferences[start..<end] {
                body(PendingReference(target: held.target, id: held.id, file: file, path: held.path, field: held.field,
                                      line: Int(held.line), column: Int(held.column)))
            }
        }
    }

    /// How much has been reported so far, to go back to when a file is read again.
    struct Checkpoint {
        fileprivate let diagnostics: Int
        fileprivate let references: Int
        fileprivate let unreadable: Set<String>
        fileprivate let brokenRecordIDs: [String: Set<String>]
    }

    var checkpoint: Checkpoint {
        Checkpoint(diagnostics: diagnostics.count, references: heldReferences.count, unreadable: unreadable,
                   brokenRecordIDs: brokenRecordIDs)
    }

    /// Forgets everything reported since `checkpoint`.
    func rollback(to checkpoint: Checkpoint) {
        diagnostics.removeSubrange(checkpoint.diagnostics...)
        heldReferences.removeSubrange(checkpoint.references...)
        while let last = referenceFiles.last, last.start >= heldReferences.count { referenceFiles.removeLast() }
        unreadable = checkpoint.unreadable
        brokenRecordIDs = checkpoint.brokenRecordIDs
    }
}
