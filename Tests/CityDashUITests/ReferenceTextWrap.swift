import CityDashCore
@testable import CityDashUI

/// The line wrapper as it was before it worked on UTF-8 bytes: one `String` per character and
/// `Character` comparisons. Kept only as the reference `WrapEquivalenceTests` holds the fast
/// wrapper to, byte for byte.
enum ReferenceTextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0

        func flushLine() {
            lines.append(current.trimmingTrailingSpaces())
            current = ""
            currentWidth = 0
        }
        func place(_ piece: String, _ pieceWidth: Int) {
            if currentWidth + pieceWidth > width && currentWidth > 0 { flushLine() }
            if current.isEmpty && isSpace(piece) { return }
            current += piece
            currentWidth += pieceWidth
        }

        /// A run wider than a line is split between characters, still at the last place on the
        /// line the punctuation rules allow (carrying the characters after it down), and
        /// anywhere only when no such place leaves the carried part within the width.
        func placeSplitting(_ run: Unit) {
            var onLine: [(character: Character, width: Int)] = []  // the run's part on this line
            for character in run.text {
                let w = DisplayWidth.of(character)
                if currentWidth + w > width && currentWidth > 0 {
                    var carried: [(character: Character, width: Int)] = []
                    let lineHasMore = currentWidth > onLine.reduce(0) { $0 + $1.width }
                    for k in stride(from: onLine.count, through: 0, by: -1) {
                        let next = k == onLine.count ? character : onLine[k].character
                        let carriedWidth = onLine[k...].reduce(w) { $0 + $1.width }
                        guard carriedWidth <= width else { break }
                        let previousOpens = k > 0 && isOne(of: openingScalars, onLine[k - 1].character)
                        if !isOne(of: closingScalars, next) && !previousOpens && (k > 0 || lineHasMore) {
                            carried = Array(onLine[k...])
                            break
                        }
                    }
                    current.removeLast(carried.count)
                    flushLine()
                    current = String(carried.map(\.character))
                    currentWidth = carried.reduce(0) { $0 + $1.width }
                    onLine = carried
                }
                current.append(character)
                currentWidth += w
                onLine.append((character, w))
            }
        }

        for run in gluedRuns(units(of: TerminalSanitizer.sanitize(text))) {
            if run.width > width {
                placeSplitting(run)
            } else {
                place(run.text, run.width)
            }
        }
        if !current.isEmpty || lines.isEmpty { flushLine() }
        return lines
    }

    /// A piece of text no line break may fall inside: a Latin word, a space, one CJK character,
    /// or (after `gluedRuns`) several of these held together by punctuation. Whether it starts
    /// with closing or ends with opening punctuation is noted as it is built, so gluing never
    /// searches the text for its first or last character again.
    struct Unit {
        var text: String
        var width: Int
        var isSpace = false
        var startsWithClosing = false
        var endsWithOpening = false
        /// One wide character that is not punctuation ("年" after "2021" stays with it).
        var isIdeograph = false
        var endsWithDigit: Bool { text.last.map { $0.isASCII && $0.isNumber } ?? false }
    }

    /// The text cut at every place a break is allowed before the punctuation rules apply.
    static func units(of text: String) -> [Unit] {
        var units: [Unit] = []
        var word = Unit(text: "", width: 0)
        func flushWord() {
            if !word.text.isEmpty { units.append(word) }
            word = Unit(text: "", width: 0)
        }
        for character in text {
            let w = DisplayWidth.of(character)
            if character == " " {
                flushWord()
                units.append(Unit(text: " ", width: 1, isSpace: true))
            } else if startsWide(character) || isBreakablePunctuation(character) {
                // CJK text may break before or after any character.
                flushWord()
                let closing = isOne(of: closingScalars, character), opening = isOne(of: openingScalars, character)
                units.append(Unit(text: String(character), width: w, startsWithClosing: closing, endsWithOpening: opening,
                                  isIdeograph: startsWide(character) && !closing && !opening
                                      && !isBreakablePunctuation(character)))
            } else {
                if word.text.isEmpty { word.startsWithClosing = isOne(of: closingScalars, character) }
                word.endsWithOpening = isOne(of: openingScalars, character)
                word.text.append(character)
                word.width += w
            }
        }
        flushWord()
        return units
    }

    /// Units joined so that no break falls before closing or after opening punctuation.
    static func gluedRuns(_ units: [Unit]) -> [Unit] {
        var runs: [Unit] = []
        runs.reserveCapacity(units.count)
        for unit in units {
            let glued = runs.last.map { !$0.isSpace && !unit.isSpace
                && ($0.endsWithOpening || unit.startsWithClosing || ($0.endsWithDigit && unit.isIdeograph)) }
            if glued == true {
                runs[runs.count - 1].text += unit.text
                runs[runs.count - 1].width += unit.width
                runs[runs.count - 1].endsWithOpening = unit.endsWithOpening
            } else {
                runs.append(unit)
            }
        }
        return runs
    }

    /// CJK ideographs, kana, Hangul and other wide scalars: lines may break around them.
    static func startsWide(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        return DisplayWidth.wcwidth(first) == 2
    }

    static func isBreakablePunctuation(_ character: Character) -> Bool {
        isOne(of: breakableScalars, character)
    }

    static func isSpace(_ text: String) -> Bool { text.utf8.count == 1 && text.utf8.first == 0x20 }

    /// Whether `character` is a single scalar of `marks`. Asked for every character of every
    /// wrapped line, so ideographs, letters and digits (never marks) are answered without hashing.
    static func isOne(of marks: Set<Unicode.Scalar>, _ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
            return false
        }
        switch first.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x4E00...0x9FFF: return false
        default: return marks.contains(first)
        }
    }

    static let breakableScalars = TextWrap.breakableScalars
    static let closingScalars = TextWrap.closingScalars
    static let openingScalars = TextWrap.openingScalars
}

/// `DetailLine.wrappedText` as it was, on top of `ReferenceTextWrap`.
enum ReferenceDetailWrap {
    static func wrappedText(_ line: DetailLine, width: Int) -> [String] {
        let pad = String(repeating: " ", count: line.indent)
        let hang = String(repeating: " ", count: line.hanging)
        // Sanitized once here, so the rest below is cut from the same text the first row came from.
        let text = TerminalSanitizer.sanitize(line.text)
        let first = ReferenceTextWrap.lines(text, width: max(1, width - line.indent))
        guard line.hanging > 0, first.count > 1, let head = first.first else {
            return first.map { pad + $0 }
        }
        // Re-wrap the rest at the narrower width of the hanging indent.
        let rest = String(text.dropFirst(head.count)).drop { $0 == " " }
        let tail = ReferenceTextWrap.lines(String(rest), width: max(1, width - line.indent - line.hanging))
        return [pad + head] + tail.map { pad + hang + $0 }
    }
}

extension ReferenceTextWrap {
    /// `String.truncated(toWidth:)` as it was, measuring every text.
    static func truncated(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }
}
