/// The themes `t` cycles through and `--theme` selects.
public enum ThemeName: String, CaseIterable, Sendable {
    case dark
    case light
    case contrast

    public var next: ThemeName {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}
