import CityDashCore
@testable import CityDashUI
import Foundation
import CityDashTestBridge
import Testing

/// The attract loop driven by an injected clock: rotation, pausing, idle return, the lock.
@Suite struct KioskTests {
    static let start = 1_700_000_000.0

    static func kioskState(rotate: Double = 20, idle: Double = 60, unlock: String? = "open",
                           width: Int = 120, height: Int = 36) -> AppState {
        var config = KioskConfig()
        config.rotate = rotate
        config.playlist = [KioskPage(panel: "overview"), KioskPage(panel: "towns"),
                           KioskPage(panel: "overview", district: "jiading", duration: 5), KioskPage(panel: "zones")]
        var state = Fixture.state(width: width, height: height)
        state.kiosk = KioskState(config: config, dataset: Fixture.dataset, rotate: nil, idle: idle, unlock: unlock,
                                 utcOffset: 0)
        AppReducer.reduce(&state, .tick(now: start))
        return state
    }

    @Test func rotatesThroughThePlaylistInOrderWithEachPagesDuration() {
        var state = Self.kioskState(rotate: 10)
        var seen: [(Double, PanelID, DistrictFilter)] = [(0, state.panel, state.district)]
        for second in stride(from: 0.5, through: 60, by: 0.5) {
            let before = state.kiosk?.index
            AppReducer.reduce(&state, .tick(now: Self.start + second))
            if state.kiosk?.index != before { seen.append((second, state.panel, state.district)) }
        }
        // 10 s pages, except the Jiading page's own 5 s.
        #expect(seen.map(\.0) == [0, 10, 20, 25, 35, 45, 55, 60])
        #expect(seen.map(\.1) == [.overview, .towns, .overview, .zones, .overview, .towns, .overview, .zones])
        #expect(seen[2].2 == .district("jiading"))
        #expect(seen[3].2 == .all)
    }

    @Test func aKeyPausesTheLoopAndIsNotObeyed() {
        var state = Self.kioskState()
        AppReducer.reduce(&state, .tick(now: Self.start + 3))
        AppReducer.reduce(&state, .key(.character("3")))
        #expect(state.kiosk?.isPaused == true)
        #expect(state.panel == .overview, "the waking key only wakes")
        AppReducer.reduce(&state, .key(.character("3")))
        #expect(state.panel == .zones)
        // Paused: no rotation however long the visitor stays, as long as they keep pressing keys.
        for second in stride(from: 10.0, through: 300, by: 10) {
            AppReducer.reduce(&state, .tick(now: Self.start + second))
            AppReducer.reduce(&state, .key(.down))
        }
        #expect(state.panel == .zones)
        #expect(state.kiosk?.index == 0)
    }

    @Test func idleReturnsToTheLoopAndResetsFilterLanguageAndOverlays() {
        var state = Self.kioskState(idle: 60)
        AppReducer.reduce(&state, .key(.character(" ")))
        for key: Key in [.character("l"), .character("]"), .character("2"), .character("?")] {
            AppReducer.reduce(&state, .key(key))
        }
        #expect(state.language == .en)
        #expect(state.district != .all)
        #expect(state.overlay != .none)
        AppReducer.reduce(&state, .tick(now: Self.start + 59))
        #expect(state.kiosk?.isPaused == true)
        AppReducer.reduce(&state, .tick(now: Self.start + 60))
        #expect(state.kiosk?.isPaused == false)
        #expect(state.language == .zh)
        #expect(state.district == .all)
        #expect(state.overlay == .none)
        #expect(state.panel == .overview)
        #expect(state.kiosk?.pageStartedAt == Self.start + 60)
    }

    @Test func quitAndSuspendKeysDoNothing() {
        var state = Self.kioskState()
        for key: Key in [.character(" "), .character("q"), .control("c"), .control("z"), .control("\\"),
                         .control("d"), .character("?"), .character("q"), .escape, .character("/"), .control("c")] {
            #expect(!AppReducer.reduce(&state, .key(key)).quit, "\(key) quit the kiosk")
        }
    }

    /// The booth's help lists a key only if it works there: each key left out does nothing
    /// in kiosk mode (no file, no clipboard, no marks, no quit), and each listed key is not one
    /// of those.
    @Test func kioskHelpListsOnlyKeysThatWork() {
        let listed = Set(HelpOverlay.lines(.zh, kiosk: true))
        for binding in KeyMap.bindings {
            let line = HelpOverlay.lines(.zh).first { $0.hasPrefix(binding.label) && $0.hasSuffix(binding.help.zh) }
            let shown = line.map { _ in listed.contains { $0.hasSuffix("  " + binding.help.zh) } } ?? false
            #expect(shown == binding.action.worksInKiosk, "\(binding.label) \(binding.help.zh)")
            guard !binding.action.worksInKiosk, let key = binding.keys.first else { continue }
            var state = Self.kioskState()
            AppReducer.reduce(&state, .key(.character(" ")))  // the first key only wakes the screen
            _ = AppReducer.reduce(&state, .key(.character("m")))
            let effects = AppReducer.reduce(&state, .key(key))
            #expect(!effects.quit && effects.export == nil && effects.clipboard == nil, "\(binding.label)")
            #expect(state.marks.isEmpty && state.overlay == .none, "\(binding.label)")
        }
    }

    @Test func theUnlockSequenceExitsEvenAmongOtherKeys() {
        var state = Self.kioskState(unlock: "open")
        let quits = "xxopeopen".map { AppReducer.reduce(&state, .key(.character($0))).quit }
        #expect(quits == Array(repeating: false, count: 8) + [true])
        #expect((state.kiosk?.recentKeys.count ?? 0) <= 4)
    }

    @Test func withoutAnUnlockSequenceNoKeyExits() {
        var state = Self.kioskState(unlock: nil)
        let effects = Fixture.press("open q exit quit".map { .character($0) }, &state)
        #expect(!effects.quit)
        #expect(state.kiosk?.recentKeys.isEmpty == true)
    }

    @Test func wakesOnlyWhenSomethingIsDue() throws {
        var state = Self.kioskState(rotate: 20)
        // Just after a page appears: the next animation frame or ticker step.
        let first = try #require(KioskSchedule.nextWake(state))
        let frame = KioskState.arrivalDuration / Double(KioskArrival.highlights.count)
        #expect(abs(first - (Self.start + min(KioskState.tickerStep, frame))) < 1e-6)
        // After the arrival: the next ticker step (0.25 s).
        AppReducer.reduce(&state, .tick(now: Self.start + 2.1))
        #expect(abs((KioskSchedule.nextWake(state) ?? 0) - (Self.start + 2.25)) < 1e-6)
        // Paused: only the countdown's next change (60 s shown until 50 s are left), the idle
        // timeout or the next clock minute.
        AppReducer.reduce(&state, .key(.character(" ")))
        let paused = try #require(KioskSchedule.nextWake(state))
        let nextMinute = (floor((Self.start + 2.1) / 60) + 1) * 60
        #expect(abs(paused - min(Self.start + 2.1 + 10, nextMinute)) < 1e-6)
        // Not in kiosk mode: never (sleep until input).
        #expect(KioskSchedule.nextWake(Fixture.state()) == nil)
    }

    /// The session patches only the clock rows between ticks; the result must be the full frame.
    @Test func patchedClockRowsEqualAFullRedraw() {
        var state = Self.kioskState(width: 200, height: 60)
        AppReducer.reduce(&state, .tick(now: Self.start + 2))
        var frame = DashboardView.render(state)
        var patched = 0
        for step in 1...400 {
            let effects = AppReducer.reduce(&state, .tick(now: Self.start + 2 + Double(step) * 0.25))
            if effects.redraw == .clockRows && DashboardView.canPatchClockRows(state) {
                let before = frame
                DashboardView.refreshClockRows(state, in: &frame)
                patched += 1
                // The terminal compares only these rows with the last frame: nothing else may move.
                let rows = Set(DashboardView.clockRows(state))
                let width = frame.area.width
                for y in 0..<frame.area.height where !rows.contains(y) {
                    #expect(frame.cells[y * width..<(y + 1) * width] == before.cells[y * width..<(y + 1) * width],
                            "row \(y) changed outside the clock rows")
                }
            } else {
                frame = DashboardView.render(state)
            }
            #expect(frame == DashboardView.render(state), "patched frame differs at step \(step)")
        }
        #expect(patched > 300)
    }

    /// A week of rotations with a tick every 0.6 s (1,008,000 ticks, with a visitor pausing it now
    /// and then): the state holds no more in the second half of the week than in the first, and
    /// frames sampled along the way are still well formed. The measure is the state's own
    /// footprint (`StateFootprint`: elements of every collection it holds), not the process's
    /// memory, which other tests running beside this one move; a history that gained one entry
    /// a page would add over 15,000 elements by the end.
    @Test func aWeekOfTicksKeepsTheStateBounded() {
        var state = Self.kioskState(rotate: 20, width: 200, height: 60)
        let initialKiosk = state.kiosk
        let ticks = 1_008_000
        let sampleEvery = ticks / 400
        var firstHalfMost = 0
        var secondHalfMost = 0
        for tick in 1...ticks {
            let now = Self.start + Double(tick) * 0.6
            AppReducer.reduce(&state, .tick(now: now))
            if tick % 97_000 == 0 {
                if tick % 2 == 0 { AppReducer.reduce(&state, .key(.character(" "))) }
                let buffer = DashboardView.render(state)
                FrameGeometryTests.checkInvariants(buffer, width: 200, height: 60)
            }
            if tick % sampleEvery == 0 {
                let footprint = Self.footprint(state)
                if tick <= ticks / 2 { firstHalfMost = max(firstHalfMost, footprint) }
                else { secondHalfMost = max(secondHalfMost, footprint) }
            }
        }
        #expect(state.kiosk?.playlist == initialKiosk?.playlist)
        #expect((state.kiosk?.recentKeys.count ?? 0) <= (initialKiosk?.unlock.count ?? 0))
        #expect(state.selection.count <= PanelID.allCases.count)
        #expect(state.scroll.count <= PanelID.allCases.count)
        #expect(state.dataset == Fixture.dataset, "ticks changed the data set")
        #expect(firstHalfMost > 0)
        // A few elements of slack for what a pause keeps (the key just pressed), not for growth.
        #expect(secondHalfMost <= firstHalfMost + 16,
                "the state grew from at most \(firstHalfMost) elements in the first half of the week to \(secondHalfMost)")
    }

    /// The elements the state holds apart from the data set, which ticks never change (checked
    /// separately) and which would dominate the count.
    static func footprint(_ state: AppState) -> Int {
        Mirror(reflecting: state).children.filter { $0.label != "dataset" }
            .reduce(0) { $0 + StateFootprint.elements(of: $1.value) }
    }

    /// The footprint sees growth anywhere in the state, however deep: the soak test relies on it.
    @Test func theStateFootprintCountsWhatTheStateHolds() {
        let state = Self.kioskState()
        var grown = state
        grown.kiosk?.recentKeys.append("x")
        let withKey = Self.footprint(grown)
        #expect(withKey > Self.footprint(state))
        grown.dataWarnings.append(Diagnostic(file: "metrics.yaml", line: 1, column: 1, message: "m"))
        let withWarning = Self.footprint(grown)
        #expect(withWarning > withKey)
        grown.selection[.zones] = 3
        #expect(Self.footprint(grown) > withWarning)
    }
}
