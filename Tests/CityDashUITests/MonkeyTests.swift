import CityDashCore
@testable import CityDashUI
import Testing

/// 100,000 random events (every key the backend can deliver, clicks, resizes from 1x1 to
/// 500x200, data reloads and rejections, ticks) through the reducer, in normal and kiosk
/// mode; after each event the state's invariants hold, and sampled frames are exactly the
/// terminal's size with no half of a wide character.
@Suite struct MonkeyTests {
    static let specialKeys: [Key] = [.enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left,
                                     .right, .pageUp, .pageDown, .home, .end]
        + (1...12).map { .function($0) }
        + "abcdefghijklmnopqrstuvwxyz\\[]^_".map { .control($0) }
    static let printable: [Character] = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
        + " /?[]{}<>-_=+!@#$%^&*()~`'\",.;:|\\杨浦区中文浦东新区é\u{1B}\u{7F}\u{9B}\u{202E}\u{200B}😀")

    static func randomEvent(_ random: inout SplitMix64, now: inout Double, datasets: [Dataset]) -> AppEvent {
        switch random.int(0...99) {
        case 0..<45: return .key(.character(printable[random.int(0...(printable.count - 1))]))
        case 45..<80: return .key(specialKeys[random.int(0...(specialKeys.count - 1))])
        case 80..<86: return .click(x: random.int(-5...520), y: random.int(-5...210))
        case 86..<91:
            // Mostly usable sizes, sometimes absurd ones.
            return random.int(0...3) == 0
                ? .resize(width: random.int(0...500), height: random.int(0...200))
                : .resize(width: random.int(80...220), height: random.int(24...70))
        case 91..<93: return .dataReloaded(datasets[random.int(0...(datasets.count - 1))])
        case 93..<94:
            return .dataRejected([Diagnostic(file: "metrics.yaml", line: random.int(0...5000), column: 1,
                                             message: "broken \u{1B}[2J")])
        default:
            now += Double(random.int(0...30_000)) / 1000
            return .tick(now: now)
        }
    }

    /// Kiosk mode with a short rotation and idle time, and an unlock sequence no monkey types.
    static func startKiosk(_ state: inout AppState, now: Double) {
        var config = KioskConfig()
        config.unlock = "zz-unlock-zz"
        state.kiosk = KioskState(config: config, dataset: Fixture.dataset, rotate: 5, idle: 10, unlock: nil,
                                 utcOffset: 0)
        AppReducer.reduce(&state, .tick(now: now))
    }

    static func checkInvariants(_ state: AppState) {
        let count = state.items.count
        let selected = state.selection[state.panel] ?? 0
        #expect(selected >= 0 && (count == 0 ? selected == 0 : selected < count), "selection \(selected) of \(count)")
        let scroll = state.scroll[state.panel] ?? 0
        #expect(scroll >= 0 && scroll <= max(0, count - 1))
        if case .districtPicker(let picker) = state.overlay {
            #expect(picker.selection >= 0)
        }
        if case .detail(let item, let scroll) = state.overlay {
            #expect(scroll >= 0)
            #expect(DetailContent.exists(item, in: state.dataset))
        }
        if let kiosk = state.kiosk {
            #expect(kiosk.recentKeys.count <= kiosk.unlock.count)
            #expect(kiosk.playlist.indices.contains(kiosk.index))
        }
        #expect(state.width >= 0 && state.height >= 0)
    }

    @Test(arguments: [(UInt64(1), false), (UInt64(2), true)])
    func randomEventsKeepInvariants(seed: UInt64, kiosk: Bool) {
        var random = SplitMix64(seed: seed)
        var smaller = Fixture.dataset
        smaller.metrics = Array(smaller.metrics.prefix(7))
        smaller.zones = []
        let datasets = [Fixture.dataset, smaller]
        var state = Fixture.state(width: 120, height: 40)
        var now = 1_700_000_000.0
        if kiosk { Self.startKiosk(&state, now: now) }
        for step in 0..<Fixture.scaled("MonkeyTests events per run (2 runs)", full: 50_000, quick: 10_000) {
            let event = Self.randomEvent(&random, now: &now, datasets: datasets)
            if AppReducer.reduce(&state, event).quit {
                #expect(!kiosk, "kiosk quit at step \(step) without the unlock sequence")
            }
            Self.checkInvariants(state)
            if step % 500 == 0 {
                let buffer = DashboardView.render(state)
                FrameGeometryTests.checkInvariants(buffer, width: state.terminalWidth, height: state.terminalHeight)
            }
        }
    }
}

extension SplitMix64 {
    /// A number in `range`; the monkey draws every event from one seeded generator, so a
    /// failure reproduces from its seed.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }
}
