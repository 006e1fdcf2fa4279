import CityDashCore

/// The kiosk's part of the reducer: rotation on ticks, pausing when a visitor presses a key,
/// returning to the loop when they leave, and the unlock sequence. Nothing here exits
/// except the unlock sequence.
public enum KioskReducer {
    /// Keys that would quit or suspend a normal terminal program; in kiosk mode they do nothing.
    static let lockedKeys: Set<Key> = [.character("q"), .control("c"), .control("z"), .control("\\"), .control("d")]

    /// Called for every key in kiosk mode; returns whether the normal reducer should handle it.
    static func admit(_ key: Key, _ state: inout AppState) -> Bool {
        guard var kiosk = state.kiosk else { return true }
        defer { state.kiosk = kiosk }
        kiosk.lastInputAt = state.now
        if case .character(let c) = key, !kiosk.unlock.isEmpty {
            kiosk.recentKeys.append(c)
            if kiosk.recentKeys.count > kiosk.unlock.count {
                kiosk.recentKeys.removeFirst(kiosk.recentKeys.count - kiosk.unlock.count)
            }
            if kiosk.recentKeys == kiosk.unlock {
                state.requested.quit = true
                return false
            }
        }
        if !kiosk.isPaused {
            // The first key only wakes the screen for the visitor.
            kiosk.isPaused = true
            return false
        }
        return !lockedKeys.contains(key)
    }

    /// Called for a click or wheel notch in kiosk mode: the first one only wakes the screen.
    static func admitPointer(_ state: inout AppState) -> Bool {
        guard var kiosk = state.kiosk else { return true }
        kiosk.lastInputAt = state.now
        let wasPaused = kiosk.isPaused
        kiosk.isPaused = true
        state.kiosk = kiosk
        return wasPaused
    }

    /// Advances the loop for `state.now`: the page, the selection stepping through its list,
    /// the burn-in shift. Returns `.clockRows` when only the clock rows (clock, ticker,
    /// status) changed on screen, `.all` when anything else did, the arrival animation included
    /// (`arrivalWasOver`: whether the last frame, at the previous tick, showed it finished).
    static func tick(_ state: inout AppState, arrivalWasOver: Bool) -> Effects.Redraw {
        let changed = advance(&state)
        return changed || !arrivalWasOver || KioskArrival.progress(state) < 1 ? .all : .clockRows
    }

    /// `tick`'s work; returns true when anything on screen but the clock rows changed.
    private static func advance(_ state: inout AppState) -> Bool {
        guard var kiosk = state.kiosk else { return false }
        let now = state.now
        if kiosk.startedAt == 0 {
            kiosk.startedAt = now
            kiosk.baseMargin = state.margin
            state.kiosk = kiosk
            showFilledPage(from: kiosk.index, at: now, &state)
            return true
        }
        let shifted = shift(&state)
        if kiosk.isPaused {
            guard now - kiosk.lastInputAt + KioskState.tolerance >= kiosk.idleTimeout else { return shifted }
            kiosk.isPaused = false
            kiosk.recentKeys = []
            state.kiosk = kiosk
            showFilledPage(from: kiosk.index, at: now, &state)
            return true
        }
        let motion = KioskMotion(state)
        guard now - kiosk.pageStartedAt + KioskState.tolerance >= kiosk.page.duration else {
            return step(motion, &state) || shifted
        }
        // After a long sleep (a suspended machine), skip ahead rather than replaying every page.
        showFilledPage(from: (kiosk.index + 1) % kiosk.playlist.count, at: now, &state)
        return true
    }

    /// After a data reload: a loop page that has nothing left to show gives way to the next
    /// page that has, at once. A visitor's session is left alone (the idle return checks again).
    static func reloaded(_ state: inout AppState) {
        KioskChrome.refreshTickerCache(&state)
        state.kiosk?.storyPlacement = nil
        guard let kiosk = state.kiosk, !kiosk.isPaused, kiosk.startedAt != 0,
              isEmpty(kiosk.page, state.dataset) else { return }
        showFilledPage(from: kiosk.index, at: state.now, &state)
    }

    /// Shows the first page from `index` on (cycling) that has records to show for the current
    /// data, and says on the status line which pages it passed over, so staff watching the booth
    /// learn that a reload emptied them. When every page is empty it shows `index` anyway.
    static func showFilledPage(from index: Int, at now: Double, _ state: inout AppState) {
        guard let kiosk = state.kiosk else { return }
        let count = kiosk.playlist.count
        let order = (0..<count).map { (index + $0) % count }
        let target = order.first { !isEmpty(kiosk.playlist[$0], state.dataset) } ?? index
        let skipped = order.prefix { $0 != target }.map { kiosk.playlist[$0] }
        showPage(target, at: now, &state)
        if !skipped.isEmpty { state.notice = skippedNotice(skipped, state.dataset) }
    }

    /// True when the page would list nothing (the same count `validate` warns about).
    static func isEmpty(_ page: KioskState.Page, _ dataset: Dataset) -> Bool {
        if let story = page.story { return story.metrics(in: dataset).isEmpty }
        return KioskPage(panel: page.panel.rawValue, district: page.district.districtID).recordCount(in: dataset) == 0
    }

    /// `已跳过无内容的页：区概况 青浦区` / `Skipped empty page: District page Qingpu`.
    static func skippedNotice(_ pages: [KioskState.Page], _ dataset: Dataset) -> Localized {
        func name(_ page: KioskState.Page, _ lang: Language) -> String {
            // The figures a reload removed have no name left to show: their ids.
            if let story = page.story { return story.figures.joined(separator: lang == .zh ? "、" : ", ") }
            let district = page.district.districtID.map { id in dataset.district(id).map { $0.name[lang] } ?? id }
            return [page.panel.title[lang], district].compactMap { $0 }.joined(separator: " ")
        }
        return Localized(zh: "已跳过无内容的页：" + pages.map { name($0, .zh) }.joined(separator: "、"),
                         en: "Skipped empty page\(pages.count == 1 ? "" : "s"): " + pages.map { name($0, .en) }.joined(separator: ", "))
    }

    /// Puts the list's selection (and scroll) where the page's motion has it now.
    static func step(_ motion: KioskMotion?, _ state: inout AppState) -> Bool {
        guard let motion, motion.moves, let kiosk = state.kiosk else { return false }
        let (selection, scroll) = motion.position(at: state.now - kiosk.pageStartedAt)
        let panel = state.panel
        guard state.selection[panel] != selection || (scroll != nil && state.scroll[panel] != scroll) else {
            return false
        }
        state.selection[panel] = selection
        if let scroll { state.scroll[panel] = scroll }
        return true
    }

    /// Moves the frame for the burn-in shift when its time has come.
    static func shift(_ state: inout AppState) -> Bool {
        guard let kiosk = state.kiosk else { return false }
        let margin = KioskShift.margin(kiosk, now: state.now)
        guard margin != state.margin else { return false }
        state.margin = margin
        return true
    }

    /// Shows a playlist page as the loop presents it, whatever a visitor changed: its panel and
    /// district, the loop's language and theme, nothing selected or scrolled, no overlay,
    /// search or notice, and the list at the first step of its motion.
    public static func showPage(_ index: Int, at now: Double, _ state: inout AppState) {
        guard var kiosk = state.kiosk else { return }
        kiosk.index = index
        kiosk.pageStartedAt = now
        state.kiosk = kiosk
        let page = kiosk.page
        state.panel = page.panel
        state.district = page.district
        state.language = kiosk.homeLanguage
        state.theme = kiosk.homeTheme
        state.overlay = .none
        state.search = ""
        state.isEditingSearch = false
        state.notice = nil
        AppReducer.resetSelections(&state)
        state.refreshItemCache()
        KioskChrome.refreshTickerCache(&state)
        if let first = page.story?.figures.first,
           let row = state.items.firstIndex(where: { $0 == .metric(first) }) {
            // A visitor who stops at a story page finds its first figure selected.
            state.selection[.overview] = row
        }
        _ = step(KioskMotion(state), &state)
    }
}
