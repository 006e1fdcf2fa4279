#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A data file checked and then parsed in chunks, so that a 49 MB `metrics.yaml` is never held
/// whole beside the records read from it (holding it was a third of a 100,000-metric load's
/// peak memory).
///
/// `open` reads the file once, a piece ending at a line break at a time: it checks the UTF-8,
/// runs `YAMLGuard`, notes a byte-order mark and counts list items. libyaml then reads it again
/// through `read(into:count:)`, never past the bytes that were checked.
final class DataFile {
    private let fd: Int32
    /// The bytes to parse: after a byte-order mark, up to the size that was checked.
    private let start: Int
    private let end: Int
    private var offset: Int
    /// At least as many as the items of any top-level list (`FileSections.listItemBound`).
    let listItemBound: Int

    /// How much of the file is looked at at once; a longer line is read whole.
    static let pieceBytes = 1 << 18

    private init(fd: Int32, start: Int, end: Int, listItemBound: Int) {
        self.fd = fd
        self.start = start
        self.end = end
        offset = start
        self.listItemBound = listItemBound
    }

    deinit {
        close(fd)
    }

    /// The file at `path`, checked; nil, with what is wrong reported to `context` as the
    /// problem of `name`, when it cannot be read, is not UTF-8 or has a shape `YAMLGuard` refuses.
    static func open(_ path: String, name: String, context: LoadContext) -> DataFile? {
        func fail(_ message: String, line: Int = 0, column: Int = 0) -> DataFile? {
            context.report(Diagnostic(file: name, line: line, column: column, message: message))
            return nil
        }
        let limit = DataLimits.maxFileBytes
        let (fd, size): (Int32, Int)
        switch RegularFileReader.open(path, limit: limit) {
        case .success(let opened): (fd, size) = opened
        case .failure(let failure): return fail(failure.message)
        }
        // Sized to the file when it is smaller: zeroing a whole piece for each of the bundled
        // 110 KB of files was a tenth of their load. It grows if the file does.
        var piece = [UInt8](repeating: 0, count: min(pieceBytes, size + 1))
        var filled = 0
        var total = 0
        var start = 0
        var scanner = YAMLGuard.Scanner()
        var guardProblem: (line: Int, column: Int, message: String)?
        var itemBound = 0
        while true {
            if filled == piece.count { piece += [UInt8](repeating: 0, count: piece.count) }
            let count = piece.withUnsafeMutableBytes { buffer in
                RegularFileReader.systemRead(fd, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                return fail(RegularFileReader.Failure.unreadable(RegularFileReader.describe(code)).message)
            }
            total += count
            if total > limit {
                close(fd)
                return fail(RegularFileReader.Failure.tooLarge(limit: limit).message)
            }
            filled += count
            let atEnd = count == 0
            // The lines read whole so far; the rest waits for the next read.
            let usable = atEnd ? filled : piece[0..<filled].lastIndex(of: 10).map { $0 + 1 } ?? 0
            if usable == 0 && !atEnd { continue }
            let problem: DataFile?? = piece.withUnsafeBufferPointer { buffer in
                var lines = UnsafeBufferPointer(rebasing: buffer[0..<usable])
                if total == filled, lines.starts(with: [0xEF, 0xBB, 0xBF]) {
                    lines = UnsafeBufferPointer(rebasing: lines[3...])
                    start = 3
                }
                guard UTF8Check.isValid(lines) else {
                    let line = DatasetLoader.lineOfFirstInvalidByte(in: Array(lines))
                    return .some(fail("is not valid UTF-8", line: lineBreaks(fd, before: total - filled) + line))
                }
                if guardProblem == nil { guardProblem = scanner.scan(lines) }
                itemBound += FileSections.listItemBound(lines)
                return .none
            }
            if let problem {
                close(fd)
                return problem
            }
            // The unfinished line moves to the front.
            piece.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress, usable < filled else { return }
                memmove(base, base + usable, filled - usable)
            }
            filled -= usable
            if atEnd { break }
        }
        if let guardProblem {
            close(fd)
            return fail(guardProblem.message, line: guardProblem.line, column: guardProblem.column)
        }
        // Capped at one record per 256 bytes (a metric takes about 500): a hostile file of
        // "- x" lines must not make the loader reserve gigabytes up front.
        return DataFile(fd: fd, start: start, end: total, listItemBound: min(itemBound, total / 256))
    }

    /// The line breaks in the first `count` bytes of the file (read again: only a file that is
    /// not UTF-8 needs them).
    private static func lineBreaks(_ fd: Int32, before count: Int) -> Int {
        var piece = [UInt8](repeating: 0, count: pieceBytes)
        var breaks = 0
        var at = 0
        while at < count {
            let read = piece.withUnsafeMutableBytes { pread(fd, $0.baseAddress, min($0.count, count - at), off_t(at)) }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { break }
            breaks += piece[0..<read].count { $0 == 10 }
            at += read
        }
        return breaks
    }

    /// Reads the next bytes for libyaml into `buffer`; 0 at the end, nil on an error.
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Int? {
        while true {
            let wanted = min(count, end - offset)
            if wanted <= 0 { return 0 }
            let read = pread(fd, buffer, wanted, off_t(offset))
            if read < 0 {
                if errno == EINTR { continue }
                return nil
            }
            offset += read
            return read
        }
    }

    /// 1-based line and column (in Unicode scalars) of the byte at `offset` of the parsed bytes,
    /// for libyaml's reader errors: the file is read again up to there.
    func position(ofByte target: Int) -> (line: Int, column: Int) {
        var position = BytePosition()
        var piece = [UInt8](repeating: 0, count: Self.pieceBytes)
        var at = start
        let stop = min(start + max(0, target), end)
        while at < stop {
            let read = piece.withUnsafeMutableBytes { buffer in
                pread(fd, buffer.baseAddress, min(buffer.count, stop - at), off_t(at))
            }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { break }
            piece.withUnsafeBufferPointer { position.advance(over: UnsafeBufferPointer(rebasing: $0[0..<read])) }
            at += read
        }
        return (position.line, position.column)
    }
}
