/// Reads `kiosk.yaml`, reporting every problem with file, line and column like the data loader.
public struct KioskConfigLoader: Sendable {
    public static let fileName = "kiosk.yaml"
    public static let panels = ["overview", "towns", "zones", "actions", "projects", "district", "story"]

    /// Longest unlock sequence accepted, in characters.
    public static let maxUnlockLength = 64

    public init() {}

    /// Why `unlock` could not be typed on the booth's keyboard, or nil when it can. Every
    /// character must be printable ASCII without the space (U+0021 `!` to U+007E `~`): those
    /// reach citydash as the same character on any terminal and layout, while a control
    /// character is read as Ctrl+key or a terminal command, anything beyond ASCII needs an input
    /// method a booth does not have (or TERM=linux cannot deliver), and spaces vanish at the
    /// ends of YAML and shell values. Also for `CITYDASH_UNLOCK`.
    public static func unlockProblem(_ unlock: String) -> String? {
        if unlock.isEmpty { return "is empty; expected the characters to type, or null for no keyboard exit" }
        let untypable = unlock.unicodeScalars.filter { !(0x21...0x7E).contains($0.value) }
        if !untypable.isEmpty {
            let shown = RecordReader.codePoints(String(String.UnicodeScalarView(untypable)))
            return "cannot be typed on a keyboard: \(shown) "
                + "\(untypable.count == 1 ? "is" : "are") not printable ASCII; use the characters ! to ~ (no spaces)"
        }
        if unlock.count > maxUnlockLength {
            return "is \(unlock.count) characters long; at most \(maxUnlockLength) can be typed reliably"
        }
        return nil
    }

    /// Loads the file; a missing file gives the defaults.
    public func load(_ url: FilePath, dataset: Dataset) -> (config: KioskConfig, diagnostics: [Diagnostic]) {
        let context = LoadContext()
        let name = url.lastPathComponent
        guard FileSystem.exists(url.path) else { return (KioskConfig(), []) }
        guard let text = DatasetLoader.readText(url, name: name, context: context) else {
            return (KioskConfig(), context.diagnostics)
        }
        return parse(text, name: name, dataset: dataset, context: context)
    }

    public func parse(_ text: String, name: String = fileName, dataset: Dataset) -> (config: KioskConfig, diagnostics: [Diagnostic]) {
        parse(text, name: name, dataset: dataset, context: LoadContext())
    }

    private func parse(_ text: String, name: String, dataset: Dataset, context: LoadContext)
        -> (config: KioskConfig, diagnostics: [Diagnostic]) {
        var config = KioskConfig()
        let node: YAMLNode
        switch YAMLComposer.document(text) {
        case .success(let root):
            guard let root else { return (config, []) }
            node = root
        case .failure(let error):
            context.report(Diagnostic(file: name, line: error.line, column: error.column, message: error.message))
            return (config, context.diagnostics)
        }
        let r = RecordReader(file: name, path: RecordPath(list: "kiosk"), node: node, context: context)
        guard r.isMapping else { return (config, context.diagnostics) }
        if let rotate = r.int("rotate", range: 1...86_400) { config.rotate = Double(rotate) }
        if let idle = r.int("idle", range: 1...86_400) { config.idle = Double(idle) }
        if let unlock = r.string("unlock", required: false) {
            if let problem = Self.unlockProblem(unlock) { r.fail("unlock", problem) } else { config.unlock = unlock }
        }
        if let language = r.string("language", required: false) {
            if ["zh", "en"].contains(language) { config.language = language } else {
                r.fail("language", "unknown value \"\(language)\"; expected zh or en")
            }
        }
        readMotionAndLook(r, into: &config)
        let pages = r.list("playlist")
        if !pages.isEmpty { config.playlist = [] }
        let districts = Set(dataset.districts.map(\.id))
        for (index, pageNode) in pages.enumerated() {
            let page = RecordReader(file: name, path: RecordPath(list: "playlist", index: index), node: pageNode, context: context)
            guard page.isMapping else { continue }
            let panel = page.string("panel")
            if let panel, !Self.panels.contains(panel) {
                page.fail("panel", "unknown panel \"\(panel)\"; expected one of \(Self.panels.joined(separator: ", "))")
            }
            let district = page.string("district", required: false)
            if let district, !districts.contains(district) {
                page.fail("district", "unknown district id \"\(district)\"")
            }
            let duration = page.int("duration", range: 1...86_400)
            let advance = page.int("advance", range: 1...86_400)
            let story = panel == "story" ? KioskStory(reading: page, dataset: dataset) : nil
            page.finish()
            if let panel, Self.panels.contains(panel), panel != "story" || story != nil {
                let kioskPage = KioskPage(panel: panel, district: district, duration: duration.map(Double.init),
                                          advance: advance.map(Double.init), story: story)
                config.playlist.append(kioskPage)
                // An unknown district is already an error above.
                if district.map(districts.contains) ?? true, kioskPage.recordCount(in: dataset) == 0 {
                    config.warnings.append(Diagnostic(
                        file: name, line: pageNode.mark?.line ?? 0, column: pageNode.mark?.column ?? 0,
                        message: "warning: playlist[\(index)]: page \(kioskPage.label) would show nothing: "
                            + "the data has no records for it; the booth skips it"))
                }
            }
        }
        let metricIDs = Set(dataset.metrics.map(\.id))
        for (index, idNode) in r.list("ticker").enumerated() {
            guard let id = idNode.scalar?.string, metricIDs.contains(id) else {
                r.report(at: idNode, "kiosk.ticker[\(index)]: expected a metric id from metrics.yaml")
                continue
            }
            config.ticker.append(id)
        }
        r.finish()
        return (config, context.diagnostics)
    }

    /// Themes `theme:` accepts (the dashboard's `--theme` values).
    public static let themes = ["dark", "light", "contrast"]

    /// The loop's theme, its selection step and the burn-in shift.
    private func readMotionAndLook(_ r: RecordReader, into config: inout KioskConfig) {
        if let theme = r.string("theme", required: false) {
            if Self.themes.contains(theme) { config.theme = theme } else {
                r.fail("theme", "unknown value \"\(theme)\"; expected one of \(Self.themes.joined(separator: ", "))")
            }
        }
        if let advance = r.int("advance", range: 1...86_400) { config.advance = Double(advance) }
        config.shiftMinutes = r.int("shift_minutes", range: 1...1_440)
    }
}
