/// A record that names the article it comes from and quotes the fragment that states it.
public protocol Cited {
    var source: String { get }
    var quote: String { get }
}

extension Cited {
    public var provenance: Provenance { Provenance(source: source, quote: quote) }
}
