@testable import CityDashUI
import Testing

/// Every theme paints its own background (issue 13 §5): a role with the terminal's default
/// background takes whatever the terminal is set to, so the light theme's dark red figures
/// vanished on a black terminal and the dark theme's pale text on a white one.
@Suite struct ThemeBackgroundTests {
    @Test(arguments: ThemeName.allCases)
    func everyRoleSetsItsOwnBackgroundAndForeground(name: ThemeName) {
        let theme = Theme.named(name)
        for role in Role.allCases {
            let style = theme.style(role)
            #expect(style.background != .default, "\(name) \(role) leaves the background to the terminal")
            #expect(style.foreground != .default, "\(name) \(role) leaves the text colour to the terminal")
        }
    }

    /// With the background its own, no role may draw text in its background colour, with 256
    /// colours or on an 8-colour terminal (the fallbacks).
    @Test(arguments: ThemeName.allCases)
    func noRoleDrawsTextInItsBackgroundColour(name: ThemeName) {
        let theme = Theme.named(name)
        for role in Role.allCases {
            let style = theme.style(role)
            for colors in [8, 256] {
                #expect(style.foreground.number(colors: colors) != style.background.number(colors: colors),
                        "\(name) \(role) is invisible with \(colors) colours")
            }
        }
    }
}
