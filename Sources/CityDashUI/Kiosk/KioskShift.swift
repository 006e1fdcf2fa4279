/// The burn-in shift (`shift_minutes:` in kiosk.yaml): every N minutes the whole frame moves
/// by one cell, right, down, left, up, and round again, as signage players do for plasma and
/// OLED screens. The frame gets one column and one row of slack added to the booth's margin,
/// and the shift only moves which side of the frame that slack is on, so the frame never
/// leaves the margin and nothing is cut off.
public enum KioskShift {
    /// The four positions of the frame inside its slack: (columns right, rows down).
    static let offsets = [(0, 0), (1, 0), (1, 1), (0, 1)]

    /// The margin for the current time: the booth's own plus the slack placed by the shift.
    /// Without a shift, the booth's own margin.
    public static func margin(_ kiosk: KioskState, now: Double) -> Margin {
        let base = kiosk.baseMargin
        guard let phase = phase(kiosk, now: now) else { return base }
        let (dx, dy) = offsets[phase]
        return Margin(top: base.top + dy, right: base.right + 1 - dx, bottom: base.bottom + 1 - dy,
                      left: base.left + dx)
    }

    /// Which of the four positions the frame is in, or nil when the shift is off.
    static func phase(_ kiosk: KioskState, now: Double) -> Int? {
        guard let period = period(kiosk), kiosk.startedAt > 0 else { return nil }
        return Int(((now - kiosk.startedAt + KioskState.tolerance) / period).rounded(.down)) % offsets.count
    }

    /// When the frame next moves (monotonic seconds), or nil when the shift is off.
    static func nextMove(_ kiosk: KioskState, now: Double) -> Double? {
        guard let period = period(kiosk), kiosk.startedAt > 0 else { return nil }
        return kiosk.startedAt + ((now - kiosk.startedAt + KioskState.tolerance) / period + 1).rounded(.down) * period
    }

    static func period(_ kiosk: KioskState) -> Double? {
        guard let minutes = kiosk.shiftMinutes, minutes > 0 else { return nil }
        return minutes * 60
    }
}
