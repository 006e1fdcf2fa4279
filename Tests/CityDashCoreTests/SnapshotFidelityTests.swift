import Foundation
import Testing
@testable import CityDashCore

/// A snapshot decodes to exactly the dataset it was made from: every record, field and order,
/// compared three ways (`==`, the full JSON export's bytes, and the bytes of a second encoding),
/// for the bundled data, a generated set and the minimal inline set.
@Suite struct SnapshotFidelityTests {
    /// A key for tests that only need one (the test runner's identity and the bundled data's).
    static func key() throws -> SnapshotKey {
        try #require(SnapshotKey(directory: FilePath(TestSupport.dataDirectory.path)))
    }

    static func expectExactRoundTrip(_ dataset: Dataset, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let key = try key()
        let file = SnapshotFile.encode(dataset, key: key)
        let decoded = try #require(SnapshotFile.decode(file, key: key), sourceLocation: sourceLocation)
        #expect(decoded == dataset, sourceLocation: sourceLocation)
        #expect(SnapshotFile.encode(decoded, key: key) == file, "re-encoding gives other bytes",
                sourceLocation: sourceLocation)
        let json = try Exporter(dataset: dataset).export(.all, as: .json)
        let decodedJSON = try Exporter(dataset: decoded).export(.all, as: .json)
        #expect(Array(json.utf8) == Array(decodedJSON.utf8), sourceLocation: sourceLocation)
        // The indexes are rebuilt: lookups answer as on the parsed dataset.
        for metric in dataset.metrics.prefix(50) {
            #expect(decoded.metric(metric.id) == dataset.metric(metric.id), sourceLocation: sourceLocation)
        }
        #expect(decoded.recordCountsByDistrict == dataset.recordCountsByDistrict, sourceLocation: sourceLocation)
    }

    @Test func bundledDataRoundTripsExactly() throws {
        let dataset = try TestSupport.bundledDataset()
        #expect(dataset.metrics.count > 50)
        try Self.expectExactRoundTrip(dataset)
    }

    @Test func generatedDataRoundTripsExactly() throws {
        let files = try GenerationTests.generator().files(metrics: 3000, seed: 11)
        let result = DatasetLoader().load(texts: files)
        try #require(result.isValid, "\(result.diagnostics.prefix(3))")
        try Self.expectExactRoundTrip(result.dataset)
    }

    @Test func minimalDataRoundTripsExactly() throws {
        let result = DatasetLoader().load(texts: TestSupport.minimalTexts())
        try #require(result.isValid)
        try Self.expectExactRoundTrip(result.dataset)
    }

    /// Fields the bundled data leaves empty, and texts that differ only in encoding (é as one
    /// scalar or two): they must come back with their own bytes.
    @Test func rareFieldsAndEncodingsRoundTripExactly() throws {
        var dataset = try TestSupport.bundledDataset()
        var metric = dataset.metrics[0]
        metric.short = Localized(zh: "caf\u{E9}", en: "cafe\u{301}")
        metric.asOf = "截至2020年底"
        metric.horizon = Localized(zh: "未来三年", en: "next three years")
        metric.year = 12_345_678_901
        metric.targetYear = -3
        metric.qualifier = .zuoyou
        metric.measure = .size
        dataset.metrics.append(metric)
        dataset.scenarioBatch?.note = Localized(zh: "", en: "\u{0}")
        try Self.expectExactRoundTrip(dataset)
        let key = try Self.key()
        let decoded = try #require(SnapshotFile.decode(SnapshotFile.encode(dataset, key: key), key: key))
        let short = try #require(decoded.metrics.last?.short)
        #expect(Array(short.zh.utf8) == Array("caf\u{E9}".utf8))
        #expect(Array(short.en.utf8) == Array("cafe\u{301}".utf8))
        #expect(decoded.metrics.last?.year == 12_345_678_901)
    }

    /// A snapshot is written in pieces as it is encoded (a large one never whole in memory):
    /// the pieces, whole 8-byte words but the last, make the same file as one piece.
    @Test func piecesMakeTheSameFile() throws {
        let files = try GenerationTests.generator().files(metrics: 2000, seed: 5)
        let dataset = DatasetLoader().load(texts: files).dataset
        let key = try Self.key()
        final class Pieces { var list: [[UInt8]] = [] }
        let pieces = Pieces()
        #expect(SnapshotFile.encode(dataset, key: key, pieceSize: 4096) { pieces.list.append(Array($0)); return true })
        #expect(pieces.list.count > 10)
        #expect(pieces.list.dropLast(2).allSatisfy { $0.count % 8 == 0 && $0.count >= 4096 })
        let whole = SnapshotFile.encode(dataset, key: key)
        #expect(pieces.list.flatMap { $0 } == whole)
        #expect(SnapshotFile.decode(whole, key: key) == dataset)
        let file = try TestSupport.makeTemporaryDirectory("citydash-snapshot-write").appendingPathComponent("s")
        #expect(SnapshotFile.write(dataset, key: key, to: file.path))
        #expect(try [UInt8](Data(contentsOf: file)) == whole)
        // A refusing output stops the file: nothing half-written is renamed into place.
        #expect(!SnapshotFile.encode(dataset, key: key, pieceSize: 4096) { _ in false })
    }

    @Test func anotherKeyIsRefused() throws {
        let key = try Self.key()
        let file = SnapshotFile.encode(try TestSupport.bundledDataset(), key: key)
        let other = try #require(SnapshotKey(directory: FilePath(TestSupport.repositoryRoot.appendingPathComponent("docs").path)))
        #expect(SnapshotFile.decode(file, key: other) == nil)
    }
}
