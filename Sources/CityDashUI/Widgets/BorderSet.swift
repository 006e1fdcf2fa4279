/// The characters a frame is drawn with: Unicode box drawing, or ASCII for terminals that
/// cannot show it (the Linux console, `--ascii`).
public struct BorderSet: Sendable, Equatable {
    public let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    public let gaugeFull, gaugeEmpty: String

    public static let unicode = BorderSet(horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮",
                                          bottomLeft: "╰", bottomRight: "╯", gaugeFull: "█", gaugeEmpty: "░")
    public static let ascii = BorderSet(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                        bottomLeft: "+", bottomRight: "+", gaugeFull: "#", gaugeEmpty: ".")
}
