import Foundation
import Testing
@testable import CityDashCore

@Test func zzScratch() throws {
    func show(_ label: String, _ files: [String: String]) {
        let r = TestSupport.load(replacing: files)
        print("== \(label)")
        for d in r.diagnostics { print("   \(d)") }
    }
    let m = TestSupport.metricYAML()
    show("esc", ["metrics.yaml": "metrics:\n" + TestSupport.metricYAML(["stated": "\"a\u{1B}b\""])])
    show("c1", ["metrics.yaml": "metrics:\n" + TestSupport.metricYAML(["stated": "\"a\u{9B}b\""])])
    show("alias", ["metrics.yaml": "base: &b\n  id: x\nmetrics:\n  - *b\n  - {<<: *b, id: y}\n"])
    show("tags", ["metrics.yaml": "metrics:\n" + TestSupport.metricYAML(["value": "!!float .nan", "year": "!!str 2021", "stated": "!!binary aGVsbG8="])])
    show("multidoc", ["metrics.yaml": "metrics: []\n---\nmetrics: []\n"])
    show("complexkey", ["metrics.yaml": "metrics:\n  - ? [a, b]\n    : c\n    id: z\n"])
    show("scalars", ["metrics.yaml": "metrics: [1, \"x\", [a], null]\n"])
    show("toplevel", ["metrics.yaml": "- a\n- b\n"])
    show("tab", ["metrics.yaml": "metrics:\n\t- id: a\n"])
    show("mapping", ["metrics.yaml": "metrics: {}\n"])
    show("bigint", ["metrics.yaml": "metrics:\n" + TestSupport.metricYAML(["year": "99999999999999999999999", "value": "\"" + String(repeating: "9", count: 5000) + "\""])])
    show("plusyear", ["metrics.yaml": "metrics:\n" + TestSupport.metricYAML(["year": "+2021"])])
    show("unicodeid", ["metrics.yaml": "metrics:\n" + TestSupport.metricYAML(id: "é")])
    show("nullrecord", ["metrics.yaml": "metrics:\n  -\n  - ~\n"])
    show("localized wrong", ["metrics.yaml": "metrics:\n" + TestSupport.metricYAML(["name": "{zh: \"\", fr: x}"])])
    show("events unsorted", ["events.yaml": "events: []\n"])
    _ = m
    // dir tests
    var files = TestSupport.minimalFiles()
    files["metrics.yaml"] = Data("metrics:\n".utf8) + Data(TestSupport.metricYAML().utf8).prefix(30) + Data([0xFF, 0xFE]) + Data(TestSupport.metricYAML().utf8).dropFirst(30)
    files["events.yaml"] = nil
    files["sources.yaml"] = Data([0xEF, 0xBB, 0xBF]) + files["sources.yaml"]!
    let dir = try TestSupport.writeDataDirectory(files)
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("events.yaml"), withIntermediateDirectories: true)
    let r = try DatasetLoader().load(directory: dir)
    for d in r.diagnostics { print("  DIR \(d)") }
    print(String(data: files["metrics.yaml"]!, encoding: .utf8) as Any)
}
