import ArgumentParser
import CityDashCore
import CityDashUI

extension PanelID: ArgumentEnum {}
extension Language: ArgumentEnum {}
extension ThemeName: ArgumentEnum {}

/// When to use colour: `auto` follows the terminal and NO_COLOR.
enum ColorChoice: String, ArgumentEnum {
    case auto, always, never
}

/// The options that set up what the dashboard shows, shared by the dashboard and `render`, for
/// ArgumentParser.
struct ViewOptions: ParsableArguments {
    @Option(help: "Panel to start on: \(PanelID.allCases.map { $0.rawValue }.joined(separator: ", ")) (default: the district page with --district, else overview).")
    var panel: PanelID?

    @Option(help: ArgumentHelp("Show only this district (id, 杨浦, 杨浦区, Yangpu; all or 全市 for the whole city).", valueName: "district"))
    var district: String?

    /// Optional so kiosk mode can tell "given" (overrides kiosk.yaml) from "not given".
    @Option(help: "Language: zh or en (default zh; with --kiosk, kiosk.yaml's language).")
    var lang: Language?

    @Option(help: "Colour theme: dark, light or contrast (default dark; with --kiosk, kiosk.yaml's theme).")
    var theme: ThemeName?

    @Option(help: "Colour: auto, always or never (NO_COLOR also turns it off).")
    var color: ColorChoice = .auto

    @Flag(help: "ASCII borders and English names, for terminals that cannot show CJK.")
    var ascii = false

    @OptionGroup var queryOptions: QueryOptions

    @Option(help: ArgumentHelp("Where e / E write the list on screen (default: the current directory).",
                               valueName: "dir"))
    var exportDir: String?

    var settings: ViewSettings {
        ViewSettings(panel: panel, district: district, lang: lang, theme: theme, color: color, ascii: ascii,
                     query: queryOptions.settings, exportDir: exportDir)
    }
}
