import CityDashCore
import CityDashUI
import Foundation
import CityDashTestBridge
import Testing

/// Shared fixtures: the bundled dataset (loaded once) and a state factory.
enum Fixture {
    /// `CITYDASH_TEST_SCALE=full` (set by .ci/run): monkey and soak runs at their full size. By
    /// default they run a smaller seeded size so that `swift test` on a fresh clone stays quick.
    static let fullScale = ProcessInfo.processInfo.environment["CITYDASH_TEST_SCALE"] == "full"

    /// `full` in CI, `quick` by default; prints which size ran, so a log always says.
    static func scaled(_ what: String, full: Int, quick: Int) -> Int {
        let size = fullScale ? full : quick
        print("\(what): \(size) (\(fullScale ? "full size" : "quick size; CITYDASH_TEST_SCALE=full runs \(full)"))")
        return size
    }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let dataset: Dataset = {
        do {
            let result = try DatasetLoader().load(directory: root.appendingPathComponent("data"))
            precondition(result.isValid, "bundled data invalid: \(result.diagnostics)")
            return result.dataset
        } catch {
            preconditionFailure("bundled data missing: \(error)")
        }
    }()

    static func state(width: Int = 80, height: Int = 24, panel: PanelID = .overview,
                      language: Language = .zh) -> AppState {
        var state = AppState(dataset: dataset, width: width, height: height)
        state.panel = panel
        state.language = language
        return state
    }

    /// Feeds keys through the reducer, as a user would type them; returns their effects merged.
    @discardableResult
    static func press(_ keys: [Key], _ state: inout AppState) -> Effects {
        keys.reduce(Effects()) { $0.merged(with: AppReducer.reduce(&state, .key($1))) }
    }

    @discardableResult
    static func type(_ text: String, _ state: inout AppState) -> Effects {
        press(text.map { .character($0) }, &state)
    }
}
