import Foundation
import Testing
@testable import CityDashCore

/// Decoding a snapshot never traps and never returns a dataset other than the one encoded:
/// random bytes, every truncation, and flipped bytes of real snapshots, both through the file
/// layer (key, lengths, checksum) and straight into the payload decoder, which has no checksum
/// to hide behind.
@Suite struct SnapshotFuzzTests {
    static func minimalDataset() throws -> Dataset {
        let result = DatasetLoader().load(texts: TestSupport.minimalTexts())
        try #require(result.isValid)
        return result.dataset
    }

    static func payload(_ dataset: Dataset) -> [UInt8] {
        var writer = SnapshotWriter()
        DatasetSnapshot.encode(dataset, into: &writer)
        return writer.bytes
    }

    static func decodePayload(_ bytes: [UInt8]) -> Dataset? {
        var reader = SnapshotReader(bytes, range: 0..<bytes.count)
        return DatasetSnapshot.decode(&reader)
    }

    @Test func randomBytesNeverDecode() throws {
        let key = try SnapshotFidelityTests.key()
        let header = Array(SnapshotFile.encode(try Self.minimalDataset(), key: key).prefix(8 + 2 + key.bytes.count))
        var random = SplitMix64(seed: 20261202)
        let rounds = TestSupport.scaled("snapshot random buffers", full: 20_000, quick: 3_000)
        for round in 0..<rounds {
            let count = Int(random.next() % 600)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            #expect(SnapshotFile.decode(bytes, key: key) == nil)
            // Past the magic and the key: the lengths and the checksum must refuse it.
            #expect(SnapshotFile.decode(header + bytes, key: key) == nil)
            // Straight into the payload decoder: may only fail (random bytes are no dataset of
            // this layout, except the empty one: nine zero counts and no scenario batch).
            if let dataset = Self.decodePayload(bytes) {
                #expect(dataset == Dataset(), "round \(round)")
            }
        }
    }

    @Test func everyTruncationIsRefused() throws {
        let key = try SnapshotFidelityTests.key()
        let file = SnapshotFile.encode(try TestSupport.bundledDataset(), key: key)
        for length in 0..<file.count {
            #expect(SnapshotFile.decode(Array(file[..<length]), key: key) == nil, "length \(length)")
        }
        let payload = Self.payload(try Self.minimalDataset())
        for length in 0..<payload.count {
            #expect(Self.decodePayload(Array(payload[..<length])) == nil, "payload length \(length)")
        }
    }

    /// Every single-bit flip of a small snapshot file, and sampled byte changes of the bundled
    /// one: refused, or (a flip the checksum cannot see, never seen in practice) the same data.
    @Test func flippedBytesAreRefused() throws {
        let key = try SnapshotFidelityTests.key()
        let minimal = try Self.minimalDataset()
        let small = SnapshotFile.encode(minimal, key: key)
        for index in small.indices {
            for bit in 0..<8 {
                var damaged = small
                damaged[index] ^= 1 << bit
                let decoded = SnapshotFile.decode(damaged, key: key)
                #expect(decoded == nil || decoded == minimal, "byte \(index) bit \(bit)")
            }
        }
        let bundled = try TestSupport.bundledDataset()
        let large = SnapshotFile.encode(bundled, key: key)
        var random = SplitMix64(seed: 7)
        let samples = TestSupport.scaled("snapshot byte changes", full: 3_000, quick: 400)
        for _ in 0..<samples {
            var damaged = large
            let index = Int(random.next() % UInt64(large.count))
            damaged[index] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            #expect(SnapshotFile.decode(damaged, key: key) == nil, "byte \(index)")
        }
    }

    /// Without the checksum, a changed payload byte may decode to other text, but never traps.
    @Test func flippedPayloadBytesNeverTrap() throws {
        let payload = Self.payload(try Self.minimalDataset())
        for index in payload.indices {
            for value: UInt8 in [0x00, 0x01, 0x7F, 0x80, 0xFF, payload[index] ^ 0x40] {
                var damaged = payload
                damaged[index] = value
                _ = Self.decodePayload(damaged)
            }
        }
    }

    @Test func hostileNumbersAreRefused() throws {
        // A count of 2^63 sources, an over-long varint, an exponent beyond any file, bad UTF-8.
        let cases: [[UInt8]] = [
            [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F],
            [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],
            [0x01, 0x02, 0xC3, 0x28],
        ]
        for bytes in cases { #expect(Self.decodePayload(bytes) == nil) }
        // One metric whose value's exponent is Int.min (zigzag of 2^64 - 1), then 2^63 - 1.
        let letter: [UInt8] = [2, UInt8(ascii: "a")]
        for exponent: [UInt8] in [[0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],
                                  [0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]] {
            let metric = letter + letter + letter + letter + [2, UInt8(ascii: "1")] + exponent
            #expect(Self.decodePayload([0, 0, 0, 1] + metric + [UInt8](repeating: 0, count: 40)) == nil)
        }
        // Invalid UTF-8 is refused, also where repairing it would keep its length (a truncated
        // four-byte sequence becomes U+FFFD, three bytes too); valid text of any script is kept.
        for invalid: [UInt8] in [[0x04, 0xC3, 0x28], [0x06, 0xF0, 0x90, 0x80], [0x02, 0xFF], [0x06, 0xED, 0xA0, 0x80], [0x01]] {
            var reader = SnapshotReader(invalid, range: 0..<invalid.count)
            #expect(throws: SnapshotReader.Malformed.self) { try reader.string() }
        }
        let text = "上海é\u{0}"
        let valid: [UInt8] = [UInt8(text.utf8.count << 1)] + Array(text.utf8)
        var reader = SnapshotReader(valid, range: 0..<valid.count)
        let decoded = try reader.string()
        #expect(Array(decoded.utf8) == Array(text.utf8))
        #expect(ExactDecimal(canonicalDigits: "120", exponent: 0) == nil)
        #expect(ExactDecimal(canonicalDigits: "012", exponent: 0) == nil)
        #expect(ExactDecimal(canonicalDigits: "0", exponent: 3) == nil)
        #expect(ExactDecimal(canonicalDigits: "1a", exponent: 0) == nil)
        #expect(ExactDecimal(canonicalDigits: "", exponent: 0) == nil)
        #expect(ExactDecimal(canonicalDigits: "432", exponent: -2) == ExactDecimal("4.32"))
    }
}
