/// What is drawn over the panel, if anything; it takes the keys while it is open.
public enum Overlay: Equatable, Sendable {
    case none
    /// All fields and the provenance of one item; `scroll` is the first visible line.
    case detail(ItemRef, scroll: Int)
    case help(scroll: Int)
    case districtPicker(DistrictPicker)
    /// The marked figures side by side (`b`), one bar chart per unit.
    case compare
}
