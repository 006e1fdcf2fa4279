import CityDashCore

/// The `?` screen, generated from `KeyMap.bindings`: every key the reducer obeys is listed.
/// In kiosk mode the keys the kiosk locks (quit) are left out, so the booth's help lists
/// only keys that work there.
public enum HelpOverlay {
    public static func lines(_ lang: Language, kiosk: Bool = false) -> [String] {
        let bindings = KeyMap.bindings.filter { !kiosk || $0.action != .quit }
        let labelWidth = bindings.map { DisplayWidth.of($0.label) }.max() ?? 0
        return bindings.map { $0.label.padded(toWidth: labelWidth) + "  " + $0.help[lang] }
    }

    public static func render(_ state: AppState, scroll: Int, in body: Rect, buffer: inout Buffer) {
        let lang = state.displayLanguage
        let lines = lines(lang, kiosk: state.kiosk != nil)
        let width = min(body.width, max(44, (lines.map { DisplayWidth.of($0) }.max() ?? 0) + 6))
        let box = body.centered(width: width, height: lines.count + 2)
        buffer.fill(box)
        let inner = Frame(title: UIText.help[lang], borders: state.borders).render(in: box, buffer: &buffer)
        let first = min(max(0, scroll), max(0, lines.count - inner.height))
        for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            buffer.write(" " + line, x: inner.x, y: inner.y + offset, role: .normal, clip: inner)
        }
    }
}
