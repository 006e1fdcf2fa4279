import CityDashCore

/// A story page of the attract loop: one to three figures in the largest block digits the
/// screen has room for, under the article's own words, with each figure's name and year, the
/// verbatim quotes and the sources. Every word on it comes from the data: the headline is the
/// first figure's quote (or its note, with `headline: note`), the labels are the figures'
/// names, the source line is the outlet (or the title) and the date (or what the article says
/// instead of one). Quotes stay Chinese in English, as the articles state them.
///
/// The figures stand side by side when they fit, else one under another, at the largest
/// size that leaves room for the headline, the quotes and the source: the poster sizes of
/// `BigFigure` (10 to 18 rows) on big screens, else 7, 5 or 3 rows;
/// when even that is too much the quotes and source give way first, and notes are shown only
/// on screens with rows to spare.
public enum KioskStoryPage {
    /// Columns between figures standing side by side.
    static let gap = 4
    /// Most rows the headline and each figure's note may take.
    static let maxHeadlineRows = 3
    static let maxNoteRows = 3

    /// The story on screen: the current page's, while the loop runs (a visitor's first key
    /// shows the overview instead).
    public static func story(_ state: AppState) -> KioskStory? {
        guard let kiosk = state.kiosk, !kiosk.isPaused else { return nil }
        return kiosk.page.story
    }

    /// Digit heights a story page tries, tallest first.
    static let digitRows = BigFigure.posterRows + DigitSize.allCases.reversed().map(\.rows)

    /// How the figures are placed: side by side or stacked, and how many rows tall their
    /// digits are (nil: one line of text each).
    struct Arrangement: Hashable, Sendable {
        var sideBySide: Bool
        var rows: Int?

        /// Rows the figures take, each with its name above and its year below.
        func height(count: Int) -> Int {
            let one = (rows ?? 1) + 2
            return sideBySide ? one : count * one + (count - 1)
        }

        /// The rectangle of figure `index` of `count` in `rect` (whose top is the figures' top).
        func cell(_ index: Int, of count: Int, in rect: Rect) -> Rect {
            let one = (rows ?? 1) + 2
            guard sideBySide else {
                return Rect(x: rect.x, y: rect.y + index * (one + 1), width: rect.width, height: one)
            }
            let width = (rect.width - KioskStoryPage.gap * (count - 1)) / count
            return Rect(x: rect.x + index * (width + KioskStoryPage.gap), y: rect.y, width: width, height: one)
        }
    }

    /// The text of a story page for one language, before layout.
    struct Content {
        var metrics: [Metric]
        var headline: [String]
        var quotes: [String]
        var sources: [String]
        /// Each figure's note (empty when it has none, or when it is the headline).
        var notes: [String]
    }

    static func content(_ story: KioskStory, _ state: AppState) -> Content {
        let lang = state.displayLanguage
        let chinese = !state.asciiOnly
        let metrics = story.metrics(in: state.dataset)
        guard let first = metrics.first else { return Content(metrics: [], headline: [], quotes: [], sources: [], notes: []) }
        let noteIsHeadline = story.headline == .note && first.note != nil
        var headline: [String] = []
        if noteIsHeadline, let note = first.note {
            headline = [note[lang]]
        } else if chinese {
            headline = ["「" + first.quote + "」"]
        }
        var quotes: [String] = []
        for metric in metrics where !quotes.contains(metric.quote) { quotes.append(metric.quote) }
        if !noteIsHeadline { quotes.removeAll { $0 == first.quote } }
        // Without Chinese the quotes (and a quote headline) are not shown: one line says why.
        let quoteLines = chinese ? quotes.map { "「" + $0 + "」" } : [UIText.chineseOnly[lang]]
        var sourceIDs: [String] = []
        for metric in metrics where !sourceIDs.contains(metric.source) { sourceIDs.append(metric.source) }
        let sources = sourceIDs.map { id -> String in
            guard let source = state.dataset.source(id) else { return "\(UIText.source[lang]): \(id)" }
            let name = source.outlet?[lang] ?? (lang == .zh ? "《" + source.title.zh + "》" : "\u{201C}" + source.title.en + "\u{201D}")
            let when = source.date ?? source.dateNote?[lang]
            return (lang == .zh ? "出处：" : "Source: ") + name + (when.map { " · " + $0 } ?? "")
        }
        let notes = metrics.enumerated().map { index, metric in
            index == 0 && noteIsHeadline ? "" : metric.note?[lang] ?? ""
        }
        return Content(metrics: metrics, headline: headline, quotes: quoteLines, sources: sources, notes: notes)
    }

    /// The arrangement for `content` in `rect`: the largest digits that fit across and leave
    /// room, first for everything but the notes, then for the headline alone.
    static func arrangement(_ content: Content, headlineRows: Int, textRows: Int, in rect: Rect,
                            _ lang: Language) -> Arrangement {
        let pieces = content.metrics.map { FigureFormatter.pieces($0, lang) }
        let count = content.metrics.count
        var candidates: [Arrangement] = []
        for rows in digitRows {
            candidates += [Arrangement(sideBySide: true, rows: rows), Arrangement(sideBySide: false, rows: rows)]
        }
        let fitsAcross = candidates.filter { arrangement in
            let width = arrangement.cell(0, of: count, in: rect).width
            return pieces.allSatisfy { (BigFigure.width(of: $0, rows: arrangement.rows ?? 3) ?? .max) <= width }
        }
        for extra in [textRows, 0] {
            let room = rect.height - headlineRows - (headlineRows > 0 ? 1 : 0) - extra
            if let fit = fitsAcross.first(where: { $0.height(count: count) <= room }) { return fit }
        }
        return Arrangement(sideBySide: count == 1 || rect.width >= count * 24, rows: nil)
    }

    /// Where everything on a story page goes, for one page, area, language and data: the
    /// wrapped text, the digit size and the first row. Working it out (wrapping every text,
    /// trying every digit size) cost more than drawing the page, and a page is drawn about six
    /// times in its first second (the arrival's frames and the ticker's steps during it), so the
    /// loop keeps it in `KioskState.storyPlacement` (see `refreshPlacement`).
    public struct Placement: Hashable, Sendable {
        /// What it was worked out for: the playlist page, the area, the language and ASCII mode.
        var page: Int
        var rect: Rect
        var language: Language
        var ascii: Bool
        var headline: [String]
        var quotes: [String]
        var sources: [String]
        /// Each figure's note, wrapped to its cell and cut to `noteRows` (none when 0).
        var notes: [[String]]
        var noteRows: Int
        var arrangement: Arrangement
        /// The row of the headline (or of the figures, without one).
        var top: Int

        func fits(_ state: AppState, _ rect: Rect) -> Bool {
            page == state.kiosk?.index && self.rect == rect && language == state.displayLanguage && ascii == state.asciiOnly
        }
    }

    /// Keeps the placement of the story on screen in the kiosk state, working it out again only
    /// when the page, the screen's size, the language or the data changed (a reload clears it).
    static func refreshPlacement(_ state: inout AppState) {
        guard state.kiosk != nil else { return }
        guard let story = story(state), !state.isTooSmall else {
            if state.kiosk?.storyPlacement != nil { state.kiosk?.storyPlacement = nil }
            return
        }
        let rect = DashboardLayout(for: state).body
        if state.kiosk?.storyPlacement?.fits(state, rect) == true { return }
        let placement = placement(story, state, in: rect)
        state.kiosk?.storyPlacement = placement
    }

    /// The placement of `story` in `rect`; nil when it has no figures or the area is too small.
    static func placement(_ story: KioskStory, _ state: AppState, in rect: Rect) -> Placement? {
        let lang = state.displayLanguage
        let content = content(story, state)
        guard !content.metrics.isEmpty, rect.width > 4, rect.height > 0 else { return nil }
        let area = rect.inset(right: 2, left: 2)
        let headline = Array(content.headline.flatMap { TextWrap.lines($0, width: area.width) }.prefix(maxHeadlineRows))
        let quotes = content.quotes.flatMap { TextWrap.lines($0, width: area.width) }
        let sources = content.sources.flatMap { TextWrap.lines($0, width: area.width) }
        let textRows = (quotes.isEmpty ? 0 : quotes.count + 1) + (sources.isEmpty ? 0 : sources.count + 1)
        let arrangement = arrangement(content, headlineRows: headline.count, textRows: textRows, in: area, lang)
        let count = content.metrics.count
        let figureRows = arrangement.height(count: count)
        let headRows = headline.isEmpty ? 0 : headline.count + 1
        // Notes under figures that stand side by side, when the screen has their rows to spare.
        var noteRows = 0
        var notes: [[String]] = []
        if arrangement.sideBySide {
            let width = arrangement.cell(0, of: count, in: area).width
            notes = content.notes.map { TextWrap.lines($0, width: width) }
            noteRows = min(maxNoteRows, notes.map(\.count).max() ?? 0)
            if headRows + figureRows + textRows + noteRows + 1 > area.height { noteRows = 0 }
            notes = noteRows > 0 ? notes.map { Array($0.prefix(noteRows)) } : []
        }
        let used = headRows + figureRows + (noteRows > 0 ? noteRows + 1 : 0) + textRows
        return Placement(page: state.kiosk?.index ?? -1, rect: rect, language: lang, ascii: state.asciiOnly,
                      headline: headline, quotes: quotes, sources: sources, notes: notes, noteRows: noteRows,
                      arrangement: arrangement, top: area.y + max(0, (area.height - used) / 2))
    }

    public static func render(_ story: KioskStory, _ state: AppState, in rect: Rect, buffer: inout Buffer) {
        let cached = state.kiosk?.storyPlacement.flatMap { $0.fits(state, rect) ? $0 : nil }
        guard let layout = cached ?? placement(story, state, in: rect) else { return }
        // The page is the same in each frame that shows it (the arrival's, a list step's): drawn
        // once, remembered under what it is drawn from (the placement names the page, area,
        // language and ASCII mode; the memo belongs to one data set), recoloured after.
        state.frameMemo.draw(.storyPage, key: StoryKey(story: story, placement: layout), in: rect, buffer: &buffer) {
            draw(story, layout, state, in: rect, &$0)
        }
        KioskArrival.apply(state, in: rect, buffer: &buffer)
    }

    /// What a story page is drawn from, besides the data set.
    struct StoryKey: Hashable, Sendable {
        var story: KioskStory
        var placement: Placement
    }

    /// Draws the page as `layout` places it, before the arrival recolours its figures.
    static func draw(_ story: KioskStory, _ layout: Placement, _ state: AppState, in rect: Rect, _ buffer: inout Buffer) {
        let lang = state.displayLanguage
        let metrics = story.metrics(in: state.dataset)
        let area = rect.inset(right: 2, left: 2)
        let count = metrics.count
        var y = layout.top
        for line in layout.headline {
            writeCentred(line, y: y, in: area, role: .title, &buffer)
            y += 1
        }
        if !layout.headline.isEmpty { y += 1 }
        let figures = Rect(x: area.x, y: y, width: area.width, height: max(0, area.maxY - y))
        for (index, metric) in metrics.enumerated() {
            let cell = layout.arrangement.cell(index, of: count, in: figures)
            drawFigure(metric, rows: layout.arrangement.rows, ascii: state.asciiOnly, in: cell, lang, &buffer)
            if layout.noteRows > 0 {
                let notes = Rect(x: cell.x, y: cell.maxY + 1, width: cell.width, height: layout.noteRows)
                for (row, line) in layout.notes[index].enumerated() {
                    writeCentred(line, y: notes.y + row, in: notes, role: .muted, &buffer)
                }
            }
        }
        y += layout.arrangement.height(count: count) + (layout.noteRows > 0 ? layout.noteRows + 1 : 0)
        for block in [(layout.quotes, Role.quote), (layout.sources, Role.muted)] where !block.0.isEmpty {
            y += 1
            for line in block.0 where y < area.maxY {
                writeCentred(line, y: y, in: area, role: block.1, &buffer)
                y += 1
            }
        }
    }

    /// One figure centred in its cell: its name, the figure (block digits `rows` tall when
    /// given and the figure fits, else one line), and its year.
    static func drawFigure(_ metric: Metric, rows: Int?, ascii: Bool, in cell: Rect, _ lang: Language,
                           _ buffer: inout Buffer) {
        let role: Role = metric.kind == .target ? .target : .value
        writeCentred(metric.name[lang], y: cell.y, in: cell, role: .label, &buffer)
        let pieces = FigureFormatter.pieces(metric, lang)
        let digitRows = rows ?? 1
        var drawn = false
        if let rows, let width = BigFigure.width(of: pieces, rows: rows), width <= cell.width {
            let x = cell.x + (cell.width - width) / 2
            drawn = BigFigure.render(pieces, rows: rows, in: Rect(x: x, y: cell.y + 1, width: width, height: rows),
                                     role: role, ascii: ascii, buffer: &buffer)
        }
        if !drawn {
            writeCentred(FigureFormatter.format(metric, lang), y: cell.y + 1 + digitRows / 2, in: cell, role: role, &buffer)
        }
        writeCentred(FigureFormatter.when(metric, lang), y: cell.y + 1 + digitRows, in: cell, role: .muted, &buffer)
    }

    static func writeCentred(_ text: String, y: Int, in rect: Rect, role: Role, _ buffer: inout Buffer) {
        guard y >= rect.y, y < rect.maxY else { return }
        let line = text.truncated(toWidth: rect.width)
        let x = rect.x + max(0, (rect.width - DisplayWidth.of(line)) / 2)
        buffer.write(line, x: x, y: y, role: role, clip: rect)
    }
}
