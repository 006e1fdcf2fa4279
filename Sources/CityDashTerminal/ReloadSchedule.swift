/// When the data directory may be read, as a value driven by an injected (monotonic) clock and
/// the files' fingerprints (size, mtime, inode of each data file), so it can be tested without
/// files, threads or waiting.
///
/// The settle guarantee: a load starts only when the fingerprint at the end of a `settle`
/// window equals the one at its start (and no change was reported inside it), and its result
/// is used only when the fingerprint after the read still equals that one. Otherwise a new
/// window starts. One load runs at a time; while it runs no wake-up is scheduled (its result
/// wakes the session).
public struct ReloadSchedule<Fingerprint: Equatable>: Sendable where Fingerprint: Sendable {
    public let settle: Double
    /// The open settle window: when it started and the files as they were then.
    public private(set) var window: (start: Double, fingerprint: Fingerprint)?
    /// The files as they were when the running load started; nil when none runs.
    public private(set) var loading: Fingerprint?

    public init(settle: Double) {
        self.settle = settle
    }

    /// A data file changed (or may have): the settle window starts again now.
    public mutating func changed(at now: Double, _ fingerprint: Fingerprint) {
        window = (now, fingerprint)
    }

    /// When the session must wake for this schedule: the end of the open window, unless a load
    /// runs (its result wakes the session) or nothing is pending.
    public var nextWake: Double? {
        guard loading == nil, let window else { return nil }
        return window.start + settle
    }

    /// Whether a load should start now, given the files as they are now. A window whose files
    /// changed without a reported change starts again instead. The files are looked at only
    /// when a window is over: the session asks at every wake-up (four a second in the kiosk's
    /// loop), and stat-ing the eight data files each time cost more than a ticker step.
    public mutating func shouldStartLoad(at now: Double, _ fingerprint: @autoclosure () -> Fingerprint) -> Bool {
        guard loading == nil, let window, now >= window.start + settle else { return false }
        let current = fingerprint()
        guard current == window.fingerprint else {
            self.window = (now, current)
            return false
        }
        self.window = nil
        loading = current
        return true
    }

    /// The running load finished; `fingerprint` is the files as they are after it. Returns
    /// whether its result may be shown: only if nothing changed since it started. If something
    /// did, a new window starts (unless one already runs from a reported change).
    public mutating func loadFinished(at now: Double, _ fingerprint: Fingerprint) -> Bool {
        guard let before = loading else { return false }
        loading = nil
        if fingerprint == before { return true }
        if window == nil { window = (now, fingerprint) }
        return false
    }
}
