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

    /// Light text on the terminal's own (usually dark) background.
    public static let dark = Theme(name: .dark, styles: [
        .normal: CellStyle(),
        .title: CellStyle(.indexed(81, fallback: 6), bold: true),
        .label: CellStyle(.indexed(250, fallback: 7)),
        .value: CellStyle(.indexed(222, fallback: 3), bold: true),
        .target: CellStyle(.indexed(177, fallback: 5), bold: true),
        .accent: CellStyle(.indexed(114, fallback: 2)),
        .warning: CellStyle(.indexed(231, fallback: 7), .indexed(124, fallback: 1), bold: true),
        .selection: CellStyle(.indexed(16, fallback: 0), .indexed(81, fallback: 6), reverse: false),
        .muted: CellStyle(.indexed(244, fallback: 7)),
        .border: CellStyle(.indexed(240, fallback: 4)),
        .tabActive: CellStyle(.indexed(16, fallback: 0), .indexed(222, fallback: 3), bold: true),
        .tabInactive: CellStyle(.indexed(250, fallback: 7)),
        .statusBar: CellStyle(.indexed(252, fallback: 7), .indexed(237, fallback: 4)),
        .gaugeFilled: CellStyle(.indexed(114, fallback: 2)),
        .gaugeEmpty: CellStyle(.indexed(238, fallback: 7)),
        .quote: CellStyle(.indexed(223, fallback: 3)),
        .header: CellStyle(.indexed(16, fallback: 0), .indexed(31, fallback: 6), bold: true),
        .match: CellStyle(.indexed(16, fallback: 0), .indexed(221, fallback: 3), bold: true),
    ])

    /// Dark text for light terminal backgrounds.
    public static let light = Theme(name: .light, styles: [
        .normal: CellStyle(),
        .title: CellStyle(.indexed(25, fallback: 4), bold: true),
        .label: CellStyle(.indexed(238, fallback: 0)),
        .value: CellStyle(.indexed(124, fallback: 1), bold: true),
        .target: CellStyle(.indexed(90, fallback: 5), bold: true),
        .accent: CellStyle(.indexed(28, fallback: 2)),
        .warning: CellStyle(.indexed(231, fallback: 7), .indexed(160, fallback: 1), bold: true),
        .selection: CellStyle(.indexed(231, fallback: 7), .indexed(25, fallback: 4)),
        .muted: CellStyle(.indexed(244, fallback: 0)),
        .border: CellStyle(.indexed(248, fallback: 4)),
        .tabActive: CellStyle(.indexed(231, fallback: 7), .indexed(25, fallback: 4), bold: true),
        .tabInactive: CellStyle(.indexed(238, fallback: 0)),
        .statusBar: CellStyle(.indexed(235, fallback: 0), .indexed(253, fallback: 7)),
        .gaugeFilled: CellStyle(.indexed(28, fallback: 2)),
        .gaugeEmpty: CellStyle(.indexed(250, fallback: 7)),
        .quote: CellStyle(.indexed(94, fallback: 3)),
        .header: CellStyle(.indexed(231, fallback: 7), .indexed(25, fallback: 4), bold: true),
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
        .match: CellStyle(.black, .yellow, bold: true, underline: true),
    ])

    /// The look of a role when the terminal has no colour (or NO_COLOR is set): attributes only.
    public static func monochrome(_ role: Role) -> CellStyle {
        switch role {
        case .title, .value, .target, .header: CellStyle(bold: true)
        case .selection, .tabActive, .warning, .statusBar: CellStyle(bold: role != .statusBar, reverse: true)
        case .accent: CellStyle(underline: true)
        case .match: CellStyle(bold: true, underline: true)
        default: CellStyle()
        }
    }
}
