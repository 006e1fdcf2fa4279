/// The table from style roles to looks, one per theme (htop's colour schemes, in spirit).
public struct Theme: Sendable {
    public let name: ThemeName
    private let styles: [Role: CellStyle]

    public func style(_ role: Role) -> CellStyle {
        styles[role] ?? CellStyle()
    }

    public static func named(_ name: ThemeName) -> Theme {
        switch name {
        case .dark: dark
        case .light: light
        case .contrast: contrast
        }
    }

    /// Light text on black: every role with a colour of its own paints its black background, so
    /// it reads on a terminal set to white too. Plain text and blanks (`normal`) keep the
    /// terminal's own colours, whose contrast the terminal ensures: curses can then erase runs
    /// of blanks in one go, which keeps a panel switch within its byte budget (painting them
    /// too cost 3.6 bytes per changed cell at 200x60). Basic black, whose escape is short.
    public static let dark = Theme(name: .dark, styles: [
        .normal: CellStyle(),
        .title: CellStyle(.indexed(81, fallback: 6), .black, bold: true),
        .label: CellStyle(.indexed(250, fallback: 7), .black),
        .value: CellStyle(.indexed(222, fallback: 3), .black, bold: true),
        .target: CellStyle(.indexed(177, fallback: 5), .black, bold: true),
        .accent: CellStyle(.indexed(114, fallback: 2), .black),
        .warning: CellStyle(.indexed(231, fallback: 7), .indexed(124, fallback: 1), bold: true),
        .selection: CellStyle(.indexed(16, fallback: 0), .indexed(81, fallback: 6), reverse: false),
        .muted: CellStyle(.indexed(244, fallback: 7), .black),
        .border: CellStyle(.indexed(240, fallback: 4), .black),
        .tabActive: CellStyle(.indexed(16, fallback: 0), .indexed(222, fallback: 3), bold: true),
        .tabInactive: CellStyle(.indexed(250, fallback: 7), .black),
        .statusBar: CellStyle(.indexed(252, fallback: 7), .indexed(237, fallback: 4)),
        .gaugeFilled: CellStyle(.indexed(114, fallback: 2), .black),
        .gaugeEmpty: CellStyle(.indexed(238, fallback: 7), .black),
        .quote: CellStyle(.indexed(223, fallback: 3), .black),
        .header: CellStyle(.indexed(16, fallback: 0), .indexed(31, fallback: 6), bold: true),
        .mapNone: CellStyle(.indexed(245, fallback: 7), .indexed(235, fallback: 0)),
        .mapLow: CellStyle(.indexed(231, fallback: 7), .indexed(24, fallback: 4)),
        .mapMid: CellStyle(.indexed(231, fallback: 7), .indexed(31, fallback: 6), bold: true),
        .mapHigh: CellStyle(.indexed(16, fallback: 0), .indexed(80, fallback: 6), bold: true),
        .mapActive: CellStyle(.indexed(16, fallback: 0), .indexed(222, fallback: 3), bold: true),
        .mapCursor: CellStyle(.indexed(16, fallback: 0), .indexed(213, fallback: 5), bold: true),
        .banner: CellStyle(.indexed(16, fallback: 0), .indexed(222, fallback: 3), bold: true),
        .match: CellStyle(.indexed(16, fallback: 0), .indexed(221, fallback: 3), bold: true),
    ])

    /// Dark text on a white background the theme paints itself, so it reads the same on a terminal
    /// set to black (its dark red figures on a black terminal were unreadable).
    public static let light = Theme(name: .light, styles: [
        .normal: CellStyle(.indexed(235, fallback: 0), .indexed(231, fallback: 7)),
        .title: CellStyle(.indexed(25, fallback: 4), .indexed(231, fallback: 7), bold: true),
        .label: CellStyle(.indexed(238, fallback: 0), .indexed(231, fallback: 7)),
        .value: CellStyle(.indexed(124, fallback: 1), .indexed(231, fallback: 7), bold: true),
        .target: CellStyle(.indexed(90, fallback: 5), .indexed(231, fallback: 7), bold: true),
        .accent: CellStyle(.indexed(28, fallback: 2), .indexed(231, fallback: 7)),
        .warning: CellStyle(.indexed(231, fallback: 7), .indexed(160, fallback: 1), bold: true),
        .selection: CellStyle(.indexed(231, fallback: 7), .indexed(25, fallback: 4)),
        .muted: CellStyle(.indexed(244, fallback: 0), .indexed(231, fallback: 7)),
        .border: CellStyle(.indexed(248, fallback: 4), .indexed(231, fallback: 7)),
        .tabActive: CellStyle(.indexed(231, fallback: 7), .indexed(25, fallback: 4), bold: true),
        .tabInactive: CellStyle(.indexed(238, fallback: 0), .indexed(231, fallback: 7)),
        .statusBar: CellStyle(.indexed(235, fallback: 0), .indexed(253, fallback: 7)),
        .gaugeFilled: CellStyle(.indexed(28, fallback: 2), .indexed(231, fallback: 7)),
        .gaugeEmpty: CellStyle(.indexed(250, fallback: 0), .indexed(231, fallback: 7)),
        .quote: CellStyle(.indexed(94, fallback: 0), .indexed(231, fallback: 7)),
        .header: CellStyle(.indexed(231, fallback: 7), .indexed(25, fallback: 4), bold: true),
        .mapNone: CellStyle(.indexed(242, fallback: 0), .indexed(254, fallback: 7)),
        .mapLow: CellStyle(.indexed(16, fallback: 0), .indexed(153, fallback: 6)),
        .mapMid: CellStyle(.indexed(16, fallback: 0), .indexed(74, fallback: 6), bold: true),
        .mapHigh: CellStyle(.indexed(231, fallback: 7), .indexed(25, fallback: 4), bold: true),
        .mapActive: CellStyle(.indexed(231, fallback: 7), .indexed(124, fallback: 1), bold: true),
        .mapCursor: CellStyle(.indexed(16, fallback: 0), .indexed(214, fallback: 3), bold: true),
        .banner: CellStyle(.indexed(231, fallback: 7), .indexed(124, fallback: 1), bold: true),
        .match: CellStyle(.indexed(16, fallback: 0), .indexed(229, fallback: 3), bold: true),
    ])

    /// Maximum contrast: black and white with bold and reverse, for projectors and poor eyesight.
    public static let contrast = Theme(name: .contrast, styles: [
        .normal: CellStyle(.white, .black),
        .title: CellStyle(.white, .black, bold: true, underline: true),
        .label: CellStyle(.white, .black),
        .value: CellStyle(.yellow, .black, bold: true),
        .target: CellStyle(.cyan, .black, bold: true),
        .accent: CellStyle(.white, .black, bold: true),
        .warning: CellStyle(.black, .yellow, bold: true),
        .selection: CellStyle(.black, .white, bold: true),
        .muted: CellStyle(.white, .black),
        .border: CellStyle(.white, .black),
        .tabActive: CellStyle(.black, .white, bold: true),
        .tabInactive: CellStyle(.white, .black),
        .statusBar: CellStyle(.black, .white),
        .gaugeFilled: CellStyle(.white, .black, bold: true),
        .gaugeEmpty: CellStyle(.white, .black),
        .quote: CellStyle(.white, .black),
        .header: CellStyle(.black, .white, bold: true),
        .mapNone: CellStyle(.white, .black),
        .mapLow: CellStyle(.black, .cyan),
        .mapMid: CellStyle(.black, .green, bold: true),
        .mapHigh: CellStyle(.black, .white, bold: true),
        .mapActive: CellStyle(.black, .yellow, bold: true),
        .mapCursor: CellStyle(.white, .magenta, bold: true),
        .banner: CellStyle(.black, .yellow, bold: true),
        .match: CellStyle(.black, .yellow, bold: true, underline: true),
    ])

    /// The look of a role when the terminal has no colour (or NO_COLOR is set): attributes only.
    public static func monochrome(_ role: Role) -> CellStyle {
        switch role {
        case .title, .value, .target, .header, .mapHigh: CellStyle(bold: true)
        case .mapActive, .banner: CellStyle(bold: true, reverse: true)
        case .mapCursor: CellStyle(bold: true, reverse: true, underline: true)
        case .selection, .tabActive, .warning, .statusBar: CellStyle(bold: role != .statusBar, reverse: true)
        case .accent: CellStyle(underline: true)
        case .match: CellStyle(bold: true, underline: true)
        default: CellStyle()
        }
    }
}
