#if canImport(Glibc)
import Glibc
#endif

/// One snapshot file: `CDSNAP` magic, the key's bytes after their length (a varint), the payload
/// (`DatasetSnapshot`), the payload's length (8 bytes) and a checksum of everything before it
/// (`SnapshotChecksum`, 8 bytes). The length follows the payload so that a snapshot is written
/// in pieces as it is encoded, never whole in memory (100,000 metrics make some 16 MB).
///
/// Reading refuses anything it cannot trust: a file that is not a regular file, not owned by the
/// effective user, writable by group or others, over the size limit, with another key, a wrong
/// length or checksum, or a payload that does not decode exactly. Writing goes through a private
/// temporary file renamed into place, so a reader sees the old snapshot or the new one, never
/// half of one.
enum SnapshotFile {
    private static let magic: [UInt8] = Array("CDSNAP\u{0}\u{2}".utf8)
    /// Larger snapshots are neither written nor read.
    static let maxBytes = 256 * 1024 * 1024

    /// The pieces of the file for `dataset` under `key`, in order, to `output`; false when the
    /// file would pass `maxBytes` (then `output` was told only part of it).
    @discardableResult
    static func encode(_ dataset: Dataset, key: SnapshotKey, pieceSize: Int = 1 << 20,
                       to output: @escaping (UnsafeRawBufferPointer) -> Bool) -> Bool {
        final class Progress {
            var checksum = SnapshotChecksum()
            var failed = false
        }
        let progress = Progress()
        var w = SnapshotWriter(capacity: 64 * 1024)
        w.pieceSize = pieceSize
        w.sink = { piece in
            guard !progress.failed else { return }
            progress.checksum.add(piece)
            progress.failed = !output(piece)
        }
        w.bytes(magic)
        w.count(key.bytes.count)
        w.bytes(key.bytes)
        let payloadStart = w.written
        DatasetSnapshot.encode(dataset, into: &w)
        w.fixed64(UInt64(w.written - payloadStart))
        guard w.written + 8 <= maxBytes else { return false }
        w.spill(threshold: 0)
        let trailer = SnapshotWriter.fixed64Bytes(progress.checksum.value)
        let done = !progress.failed && trailer.withUnsafeBytes { output($0) }
        return done
    }

    /// The file for `dataset` under `key`, whole (for the tests).
    static func encode(_ dataset: Dataset, key: SnapshotKey) -> [UInt8] {
        final class Collected { var bytes: [UInt8] = [] }
        let collected = Collected()
        encode(dataset, key: key) { piece in
            collected.bytes.append(contentsOf: piece)
            return true
        }
        return collected.bytes
    }

    /// The dataset in `bytes` if they are a whole snapshot file made under `key`; else nil.
    static func decode(_ bytes: [UInt8], key: SnapshotKey) -> Dataset? {
        guard bytes.count >= magic.count + 16 else { return nil }
        let checksumStart = bytes.count - 8
        var r = SnapshotReader(bytes, range: 0..<checksumStart - 8)
        do throws(SnapshotReader.Malformed) {
            guard try bytes[r.skip(magic.count)].elementsEqual(magic) else { return nil }
            let keyRange = try r.skip(r.count())
            guard bytes[keyRange].elementsEqual(key.bytes) else { return nil }
            let payload = try r.skip(r.remaining)
            var trailer = SnapshotReader(bytes, range: checksumStart - 8..<bytes.count)
            guard try trailer.fixed64() == UInt64(payload.count),
                  try trailer.fixed64() == SnapshotChecksum.of(bytes, in: 0..<checksumStart) else { return nil }
            var reader = SnapshotReader(bytes, range: payload)
            return DatasetSnapshot.decode(&reader)
        } catch {
            return nil
        }
    }

    /// The bytes of the file at `path` if this user may trust it (see the type's comment).
    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid(),
              info.st_mode & 0o022 == 0, info.st_size >= 0, info.st_size <= maxBytes else { return nil }
        let size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { Glibc.read(fd, $0 + filled, size - filled) } ?? -1
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            filled += count
        }
        return bytes
    }

    /// Writes the snapshot of `dataset` under `key` to `path` (mode 0600) through a temporary
    /// file in the same directory, piece by piece as it is encoded; false on any failure,
    /// leaving no temporary file behind.
    @discardableResult
    static func write(_ dataset: Dataset, key: SnapshotKey, to path: String) -> Bool {
        let temporary = path + ".\(getpid()).tmp"
        unlink(temporary)  // one a killed process with this pid left
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        let written = encode(dataset, key: key) { piece in writeAll(fd, piece) }
        let closed = close(fd) == 0
        guard written, closed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    private static func writeAll(_ fd: Int32, _ piece: UnsafeRawBufferPointer) -> Bool {
        guard let base = piece.baseAddress else { return true }
        var offset = 0
        while offset < piece.count {
            let count = Glibc.write(fd, base + offset, piece.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }
}
