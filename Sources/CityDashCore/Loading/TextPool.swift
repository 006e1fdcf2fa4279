#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Texts kept once, found by their UTF-8 bytes: a text a record repeats is looked up before a
/// `String` is made of it, so a repeated quote costs a hash and a compare, not a new string
/// (validated, allocated, hashed and then dropped, as the `Set<String>` pool it replaced did).
///
/// Texts are equal when their bytes are: `String`'s own `==` and hash go by canonical
/// equivalence, which would swap a quote for a differently encoded equal one. An open-addressing
/// table of positions in `texts`, at most half full; the hash is `Hasher`'s, seeded per process,
/// so a hostile file cannot choose texts that collide.
struct TextPool {
    private var texts: [String] = []
    /// The hash of each of `texts`, for growing the table without hashing again.
    private var hashes: [Int] = []
    /// Positions in `texts`, or -1 for an empty slot; a power of two long.
    private var slots = [Int32](repeating: -1, count: 64)

    var count: Int { texts.count }

    /// The text with these bytes, kept from an earlier call or made and kept now.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let position = Int(slots[slot])
            if position < 0 { break }
            if hashes[position] == hash && Self.hasBytes(&texts[position], bytes) { return texts[position] }
            slot = (slot + 1) & mask
        }
        let text = String(decoding: bytes, as: UTF8.self)
        slots[slot] = Int32(truncatingIfNeeded: texts.count)
        texts.append(text)
        hashes.append(hash)
        if texts.count * 2 > slots.count { grow() }
        return text
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }

    private static func hasBytes(_ text: inout String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        text.withUTF8 { own in
            guard own.count == bytes.count else { return false }
            guard let a = own.baseAddress, let b = bytes.baseAddress else { return true }
            return memcmp(a, b, own.count) == 0
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (position, hash) in hashes.enumerated() {
            var slot = hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: position)
        }
    }
}
