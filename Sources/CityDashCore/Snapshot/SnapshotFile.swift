#if canImport(Glibc)
import Glibc
#endif

/// One snapshot file: `CDSNAP` magic, the key's bytes after their length (a varint), the payload
/// (`DatasetSnapshot`) after its length (8 bytes), and a checksum of all that (`SnapshotChecksum`).
///
/// Reading refuses anything it cannot trust: a file that is not a regular file, not owned by the
/// effective user, writable by group or others, over the size limit, with another key, a wrong
/// checksum or a payload that does not decode exactly. Writing goes through a private temporary
/// file renamed into place, so a reader sees the old snapshot or the new one, never half of one.
enum SnapshotFile {
    private static let magic: [UInt8] = Array("CDSNAP\u{0}\u{1}".utf8)
    /// Larger snapshots are neither written nor read (100,000 generated metrics make some 40 MB).
    static let maxBytes = 256 * 1024 * 1024

    /// The file's bytes for `dataset` under `key`.
    static func encode(_ dataset: Dataset, key: SnapshotKey) -> [UInt8] {
        // One array, the payload's length filled in after it: a 100,000-metric snapshot is
        // tens of MB, and a second copy of it would raise the peak of a load by as much.
        var file = SnapshotWriter(capacity: 64 * 1024)
        file.bytes(magic)
        file.count(key.bytes.count)
        file.bytes(key.bytes)
        let lengthOffset = file.bytes.count
        file.fixed64(0)
        DatasetSnapshot.encode(dataset, into: &file)
        file.patchFixed64(UInt64(file.bytes.count - lengthOffset - 8), at: lengthOffset)
        file.fixed64(SnapshotChecksum.of(file.bytes, in: 0..<file.bytes.count))
        return file.bytes
    }

    /// The dataset in `bytes` if they are a whole snapshot file made under `key`; else nil.
    static func decode(_ bytes: [UInt8], key: SnapshotKey) -> Dataset? {
        guard bytes.count >= magic.count + 8 else { return nil }
        let body = 0..<bytes.count - 8
        var r = SnapshotReader(bytes, range: body)
        do throws(SnapshotReader.Malformed) {
            guard try bytes[r.skip(magic.count)].elementsEqual(magic) else { return nil }
            let keyRange = try r.skip(r.count())
            guard bytes[keyRange].elementsEqual(key.bytes) else { return nil }
            let length = try r.fixed64()
            guard length <= UInt64(r.remaining) else { return nil }
            let payload = try r.skip(Int(length))
            guard payload.upperBound == body.upperBound else { return nil }
            var trailer = SnapshotReader(bytes, range: body.upperBound..<bytes.count)
            guard try trailer.fixed64() == SnapshotChecksum.of(bytes, in: body) else { return nil }
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

    /// Writes `bytes` to `path` (mode 0600) through a temporary file in the same directory;
    /// false on any failure, leaving no temporary file behind.
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        guard bytes.count <= maxBytes else { return false }
        let temporary = path + ".\(getpid()).tmp"
        unlink(temporary)  // one a killed process with this pid left
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        var written = 0
        var ok = true
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                buffer.baseAddress.map { Glibc.write(fd, $0 + written, bytes.count - written) } ?? -1
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { ok = false; break }
            written += count
        }
        ok = close(fd) == 0 && ok
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
