import CityDashTerminal
import Testing

/// The settle rule of live reload on an injected clock, with fingerprints as plain numbers
/// (each write gives the files a new one): a load starts only after a whole quiet window with
/// the files unchanged, its result counts only if they did not change while it read them, and
/// under a stream of writes the newest data still arrives within a bounded time of the pause.
@Suite struct ReloadScheduleTests {
    /// The session asks at every wake-up (four a second in the kiosk's loop); the files are
    /// looked at only when a window is over.
    @Test func theFilesAreLookedAtOnlyWhenAWindowIsOver() {
        var schedule = ReloadSchedule<Int>(settle: 0.3)
        var looks = 0
        func files() -> Int { looks += 1; return 1 }
        for step in 0..<40 { _ = schedule.shouldStartLoad(at: Double(step) * 0.25, files()) }
        #expect(looks == 0, "no window: nothing to look at")
        schedule.changed(at: 10, 1)
        _ = schedule.shouldStartLoad(at: 10.25, files())
        #expect(looks == 0, "the window is not over")
        let started = schedule.shouldStartLoad(at: 10.3, files())
        #expect(started && looks == 1)
        _ = schedule.shouldStartLoad(at: 10.5, files())
        #expect(looks == 1, "a load runs: nothing to look at")
    }

    @Test func aQuietWindowStartsOneLoadWhoseResultCounts() {
        var schedule = ReloadSchedule<Int>(settle: 0.3)
        #expect(schedule.nextWake == nil, "nothing pending: no wake-up")
        schedule.changed(at: 10, 1)
        #expect(schedule.nextWake == 10.3)
        let answer1 = schedule.shouldStartLoad(at: 10.29, 1)
        #expect(!answer1, "the window is not over")
        let answer2 = schedule.shouldStartLoad(at: 10.3, 1)
        #expect(answer2)
        #expect(schedule.nextWake == nil, "while a load runs its result wakes the session, not a timer")
        let answer3 = schedule.shouldStartLoad(at: 11, 1)
        #expect(!answer3, "one load at a time")
        let answer4 = schedule.loadFinished(at: 11, 1)
        #expect(answer4)
        #expect(schedule.nextWake == nil)
    }

    @Test func aFileThatChangedAcrossTheWindowIsNotRead() {
        var schedule = ReloadSchedule<Int>(settle: 0.3)
        schedule.changed(at: 0, 1)
        // The size or mtime differs at the end of the window (a write inotify did not report,
        // e.g. through mmap): the window starts again from now.
        let answer5 = schedule.shouldStartLoad(at: 0.3, 2)
        #expect(!answer5)
        #expect(schedule.nextWake == 0.6)
        let answer6 = schedule.shouldStartLoad(at: 0.6, 2)
        #expect(answer6)
    }

    @Test func aFileThatChangedDuringTheReadIsNotShownAndIsReadAgain() {
        var schedule = ReloadSchedule<Int>(settle: 0.3)
        schedule.changed(at: 0, 1)
        let answer7 = schedule.shouldStartLoad(at: 0.3, 1)
        #expect(answer7)
        let answer8 = schedule.loadFinished(at: 2, 2)
        #expect(!answer8, "the files changed while being read")
        #expect(schedule.nextWake == 2.3, "a new window starts when the read is found stale")
        let answer9 = schedule.shouldStartLoad(at: 2.3, 2)
        #expect(answer9)
        let answer10 = schedule.loadFinished(at: 2.5, 2)
        #expect(answer10)
    }

    /// A file rewritten every 2 s while a load takes 6 s: no stale read is ever shown, and once
    /// the writes stop the newest data is shown at most settle + two loads after the last write.
    @Test func underAStreamOfWritesTheNewestDataArrivesSoonAfterThePause() {
        let settle = 0.3, loadTime = 6.0, lastWrite = 60.0
        var schedule = ReloadSchedule<Int>(settle: settle)
        var files = 0
        var loadEndsAt: Double?
        var shown: [(at: Double, version: Int)] = []
        for step in 0...2_000 {
            let now = Double(step) * 0.05
            if now <= lastWrite && step % 40 == 0 {
                files += 1
                schedule.changed(at: now, files)
            }
            if let end = loadEndsAt, now >= end {
                loadEndsAt = nil
                if schedule.loadFinished(at: now, files) { shown.append((now, files)) }
            }
            if schedule.shouldStartLoad(at: now, files) { loadEndsAt = now + loadTime }
        }
        #expect(shown.allSatisfy { $0.at > lastWrite }, "a read overlapped by a write was shown: \(shown)")
        let last = shown.last
        #expect(last?.version == files, "the newest version was never shown: \(shown)")
        #expect((last?.at ?? .infinity) <= lastWrite + settle + 2 * loadTime + 0.05)
    }

    @Test func aBurstOfWritesGivesOneLoadAfterItEnds() {
        var schedule = ReloadSchedule<Int>(settle: 0.3)
        var starts: [Double] = []
        for step in 0..<100 {
            let now = Double(step) * 0.01
            schedule.changed(at: now, step)
            if schedule.shouldStartLoad(at: now, step) { starts.append(now) }
        }
        #expect(starts.isEmpty, "a load started while writes were still arriving")
        let answer11 = schedule.shouldStartLoad(at: 0.99 + 0.3, 99)
        #expect(answer11)
    }
}
