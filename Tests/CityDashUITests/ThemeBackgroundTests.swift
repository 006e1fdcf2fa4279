@testable import CityDashUI
import Testing

/// Every theme reads on any terminal (issue 13 §5): a role whose text has its own colour must
/// have its own background too, since on the terminal's default background the contrast
/// depends on how the terminal is set (the light theme's dark red figures vanished on a black
/// terminal). Only text in the terminal's own colour may sit on the terminal's own background.
@Suite struct ThemeBackgroundTests {
    @Test(arguments: ThemeName.allCases)
    func noColouredTextSitsOnTheTerminalsDefaultBackground(name: ThemeName) {
        let theme = Theme.named(name)
        for role in Role.allCases {
            let style = theme.style(role)
            #expect(style.background != .default || style.foreground == .default,
                    "\(name) \(role): coloured text on the terminal's default background")
        }
    }

    /// The light theme paints all of its screen, blanks included: it is the one chosen for
    /// bright rooms, where the terminal itself may well be black.
    @Test func theLightThemeSetsABackgroundOnEveryRole() {
        for role in Role.allCases {
            #expect(Theme.light.style(role).background != .default, "light \(role) leaves the background to the terminal")
        }
    }

    /// No role may draw text in its background colour, with 256 colours or on an 8-colour
    /// terminal (the fallbacks).
    @Test(arguments: ThemeName.allCases)
    func noRoleDrawsTextInItsBackgroundColour(name: ThemeName) {
        let theme = Theme.named(name)
        for role in Role.allCases {
            let style = theme.style(role)
            guard style.background != .default else { continue }
            for colors in [8, 256] {
                #expect(style.foreground.number(colors: colors) != style.background.number(colors: colors),
                        "\(name) \(role) is invisible with \(colors) colours")
            }
        }
    }
}
