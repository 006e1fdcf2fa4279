@testable import CityDashCore
import Testing

/// `FigureFormatter.chinese` writes its string directly and `FigureGroups` groups with plain
/// arrays, for the first frame's sake: each must say exactly what the slower forms said.
@Suite struct FigureTextTests {
    @Test func theChineseStringIsItsPiecesJoinedForEveryScaleUnitAndQualifier() throws {
        let value = try #require(ExactDecimal("10738.8"))
        for scale in Scale.allCases {
            for unit in MetricUnit.allCases {
                for qualifier in [nil] + Qualifier.allCases.map(Optional.some) {
                    let pieces = FigureFormatter.chinesePieces(value: value, scale: scale, unit: unit, qualifier: qualifier)
                    let text = FigureFormatter.chinese(value: value, scale: scale, unit: unit, qualifier: qualifier)
                    #expect(text == pieces.map(\.text).joined(), "\(scale) \(unit) \(String(describing: qualifier))")
                }
            }
        }
    }

    @Test func everyBundledFigureReadsAsItsPiecesInBothLanguages() throws {
        let dataset = try TestSupport.bundledDataset()
        #expect(!dataset.metrics.isEmpty)
        for metric in dataset.metrics {
            for language in [Language.zh, .en] {
                #expect(FigureFormatter.format(metric, language)
                    == FigureFormatter.pieces(metric, language).map(\.text).joined(), "\(metric.id)")
            }
        }
    }

    /// The grouping as it was written before (a dictionary keyed on quote, unit and kind),
    /// compared subject by subject with the plain-array one.
    @Test func groupsAndPairsMatchADictionaryGroupingOnTheBundledData() throws {
        let dataset = try TestSupport.bundledDataset()
        let subjects = Set(dataset.metrics.compactMap(\.subject))
        #expect(!subjects.isEmpty)
        var grouped = 0
        for subject in subjects.sorted() {
            let figures = FigureGroups.figures(about: subject, in: dataset)
            var order: [String] = []
            var members: [String: [Metric]] = [:]
            for metric in figures {
                let key = "\(metric.unit)|\(metric.kind)|\(metric.quote)"
                if members[key] == nil { order.append(key) }
                members[key, default: []].append(metric)
            }
            let expected = order.compactMap { members[$0] }.filter { $0.count >= 2 }
            let groups = FigureGroups.groups(about: subject, in: dataset)
            #expect(groups.map { $0.map(\.id) } == expected.map { $0.map(\.id) }, "\(subject)")
            grouped += groups.count

            var units: [MetricUnit] = []
            for metric in figures where !units.contains(metric.unit) { units.append(metric.unit) }
            let pairs = units.compactMap { unit -> [String]? in
                let actual = figures.filter { $0.unit == unit && $0.kind == .actual }
                let target = figures.filter { $0.unit == unit && $0.kind != .actual }
                return actual.count == 1 && target.count == 1 ? [actual[0].id, target[0].id] : nil
            }
            #expect(FigureGroups.progressPairs(about: subject, in: dataset).map { [$0.actual.id, $0.target.id] } == pairs,
                    "\(subject)")
        }
        #expect(grouped > 0, "the bundled data has groups to compare")
    }
}

/// `String(repeatingBytesOf:count:)` is `String(repeating:count:)` written as bytes.
@Suite struct RepeatedTextTests {
    @Test func itIsTheStandardRepetitionForEverySymbolAndCount() {
        for symbol in ["█", "░", "─", "-", "#", "ab", "é", "🇨🇳", ""] {
            for count in [-1, 0, 1, 2, 7, 100] {
                #expect(String(repeatingBytesOf: symbol, count: count) == String(repeating: symbol, count: max(0, count)),
                        "\(symbol) × \(count)")
            }
        }
    }
}
