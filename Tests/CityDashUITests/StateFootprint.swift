/// How much a value holds, counted through reflection: the elements of every array, dictionary
/// and set and the bytes of every string reachable from it (an object once, however often it is
/// referenced). A state that leaks — a history or cache that only grows — grows by this measure,
/// while allocator noise and other tests running in the same process cannot move it, which is
/// why the kiosk soak test uses it instead of the process's resident memory.
enum StateFootprint {
    static func elements(of value: Any) -> Int {
        var seen = Set<ObjectIdentifier>()
        return count(value, seen: &seen)
    }

    private static func count(_ value: Any, seen: inout Set<ObjectIdentifier>) -> Int {
        // Plain data: its length is all there is to know, and reflecting every byte is slow.
        if let string = value as? String { return string.utf8.count }
        if let bytes = value as? [UInt8] { return bytes.count }
        if let numbers = value as? [Int] { return numbers.count }
        let mirror = Mirror(reflecting: value)
        var total = 0
        switch mirror.displayStyle {
        case .class?:
            guard seen.insert(ObjectIdentifier(value as AnyObject)).inserted else { return 0 }
        case .collection?, .dictionary?, .set?:
            total += mirror.children.count
        default:
            break
        }
        var superclass = mirror.superclassMirror
        while let parent = superclass {
            for child in parent.children { total += count(child.value, seen: &seen) }
            superclass = parent.superclassMirror
        }
        for child in mirror.children { total += count(child.value, seen: &seen) }
        return total
    }
}
