import CityDashCore

/// The `?` screen, generated from `KeyMap.bindings`: every key the reducer obeys is listed,
/// then the legend of the figures and charts (what bars, marks and qualifiers mean). In kiosk
/// mode the keys that do nothing there (`Action.worksInKiosk`: quit, export, copy, marks) are
/// left out, so the booth's help lists only keys that work there.
public enum HelpOverlay {
    /// What the marks on cards and charts mean, in words, so no meaning rests on colour alone.
    public static func legend(_ lang: Language) -> [String] {
        lang == .zh ? [
            "图例",
            "█ 实际数字   ░ 距目标   ┃ 目标位置（下方注明“目标”和年份）",
            "▲ 增长  ▼ 下降：以竖线 │ 为零点的带符号条",
            "┌超┐ 框内是原文限定词：超/超过/破/余/多/+/以上 = 多于所示",
            "      近/接近 = 略少于所示；约/左右 = 约数",
            "占比条（0-100%）只用于“占整体的比例”，增速、降本不画占比条",
            "同一图中的条用同一标尺，每条旁是原文数字；目标用目标色并标“目标”",
        ] : [
            "Legend",
            "█ actual   ░ still to go   ┃ target (named \"target\" with its year below)",
            "▲ growth  ▼ reduction: signed bars either side of the axis │",
            "┌over┐ a framed word is the article's qualifier: over/+ = more than shown",
            "      nearly = a little less than shown; about = approximate",
            "0-100% share bars only for shares of a whole, never growth or cuts",
            "Bars in one chart share one scale, each beside its stated figure;",
            "targets are in the target colour and always labelled \"target\"",
        ]
    }

    public static func lines(_ lang: Language, kiosk: Bool = false) -> [String] {
        let bindings = KeyMap.bindings.filter { !kiosk || $0.action.worksInKiosk }
        let labelWidth = bindings.map { DisplayWidth.of($0.label) }.max() ?? 0
        return bindings.map { $0.label.padded(toWidth: labelWidth) + "  " + $0.help[lang] }
    }

    public static func render(_ state: AppState, scroll: Int, in body: Rect, buffer: inout Buffer) {
        let lang = state.displayLanguage
        let lines = lines(lang, kiosk: state.kiosk != nil) + [""] + legend(lang)
        let width = min(body.width, max(44, (lines.map { DisplayWidth.of($0) }.max() ?? 0) + 6))
        let box = body.centered(width: width, height: lines.count + 2)
        buffer.fill(box)
        let inner = TitledBox(title: UIText.help[lang], borders: state.borders).render(in: box, buffer: &buffer)
        let first = min(max(0, scroll), max(0, lines.count - inner.height))
        for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            buffer.write(" " + line, x: inner.x, y: inner.y + offset, role: .normal, clip: inner)
        }
    }
}
