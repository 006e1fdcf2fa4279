import Foundation
import CityDashTestBridge
import Testing
@testable import CityDashCore

/// District filtering, per-district counts, bilingual search and finding the data directory.
@Suite("Queries and data location")
struct QueryAndLocatorTests {
    @Test("the district filter admits only its district; all admits everything")
    func districtFilter() {
        #expect(DistrictFilter.all.admits(nil))
        #expect(DistrictFilter.all.admits("yangpu"))
        #expect(DistrictFilter.district("yangpu").admits("yangpu"))
        #expect(!DistrictFilter.district("yangpu").admits("pudong"))
        #expect(!DistrictFilter.district("yangpu").admits(nil))
        #expect(DistrictFilter.district("yangpu").districtID == "yangpu")
        #expect(DistrictFilter.all.districtID == nil)
    }

    @Test("queries narrow every kind; counts by district add up")
    func queries() throws {
        let dataset = try TestSupport.bundledDataset()
        let query = DatasetQuery(dataset)
        #expect(query.metrics(in: .all) == dataset.metrics)
        #expect(query.events(in: .all) == dataset.events)
        #expect(query.totalCount == dataset.metrics.count + dataset.newTowns.count + dataset.zones.count
            + dataset.actions.count + dataset.projects.count + dataset.events.count)
        let counts = query.countsByDistrict()
        #expect(Set(counts.keys).isSubset(of: Set(dataset.districts.map(\.id))))
        for (id, count) in counts {
            let filter = DistrictFilter.district(id)
            let sum = query.metrics(in: filter).count + query.newTowns(in: filter).count + query.zones(in: filter).count
                + query.actions(in: filter).count + query.projects(in: filter).count + query.events(in: filter).count
            #expect(sum == count, "\(id)")
        }
        #expect(query.zones(in: .district("pudong")).count == 2)
        #expect(query.newTowns(in: .district("pudong")).map(\.id) == ["nanhui"])
        #expect(counts["chongming"] == nil)
    }

    @Test("bilingual search matches either language, ignoring case")
    func localizedMatches() {
        let name = Localized(zh: "杨浦大创智数字创新实践区", en: "Yangpu Dachuangzhi Digital Innovation Zone")
        #expect(name.matches("大创智"))
        #expect(name.matches("digital"))
        #expect(name.matches("DIGITAL"))
        #expect(name.matches(""))
        #expect(!name.matches("浦东"))
        #expect(name[.zh] == name.zh && name[.en] == name.en)
        #expect(Language.zh.toggled == .en && Language.en.toggled == .zh)
    }

    @Test("the data directory: --data, then CITYDASH_DATA, then beside the installed executable, then the checkout")
    func dataLocator() throws {
        let nowhere = FilePath("/nowhere-checkout")
        let explicit = DataLocator(environment: ["CITYDASH_DATA": "/env/data"], executablePath: "/nowhere/bin/citydash",
                                   checkoutDirectory: nowhere)
        #expect(explicit.locate(explicit: "/explicit/data").path == "/explicit/data")
        #expect(explicit.locate(explicit: nil).path == "/env/data")
        #expect(explicit.locate(explicit: "").path == "/env/data")

        let install = try TestSupport.makeTemporaryDirectory("citydash-install")
        defer { TestSupport.removeQuietly(install) }
        let share = install.appendingPathComponent("share/citydash/data")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try Data("sources: []\n".utf8).write(to: share.appendingPathComponent("sources.yaml"))
        // Installed data wins over the checkout the binary was built from.
        let installed = DataLocator(environment: [:], executablePath: install.appendingPathComponent("bin/citydash").path,
                                    checkoutDirectory: FilePath(TestSupport.repositoryRoot.path))
        #expect(installed.locate(explicit: nil).resolvingSymlinksInPath().path == share.resolvingSymlinksInPath().path)

        // A binary run from the build folder finds the checkout it was built from.
        let built = DataLocator(environment: [:], executablePath: "/nowhere/.build/debug/citydash",
                                checkoutDirectory: FilePath(TestSupport.repositoryRoot.path))
        #expect(built.locate(explicit: nil).standardized().path == TestSupport.dataDirectory.standardizedFileURL.path)
    }

    @Test("an unrelated data/ near the executable is never used; a failed search lists where it looked")
    func dataLocatorNeverWalksUp() throws {
        let root = try TestSupport.makeTemporaryDirectory("citydash-unrelated")
        defer { TestSupport.removeQuietly(root) }
        let unrelated = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: unrelated.appendingPathComponent("x/y"), withIntermediateDirectories: true)
        try Data("sources: []\n".utf8).write(to: unrelated.appendingPathComponent("sources.yaml"))
        // root/data sits beside root/bin: walking up from the executable would find it.
        let locator = DataLocator(environment: [:], executablePath: root.appendingPathComponent("bin/citydash").path,
                                  checkoutDirectory: FilePath("/nowhere-checkout"))
        let search = locator.search(explicit: nil)
        #expect(search.directory == nil)
        #expect(search.looked.map(\.path) == [root.appendingPathComponent("share/citydash/data").path,
                                               "/nowhere-checkout/data"])
    }

    @Test("the running executable is resolved through /proc/self/exe, not argv[0]")
    func runningExecutable() {
        let path = DataLocator.runningExecutable()
        #expect(path.hasPrefix("/"))
        #expect(FileManager.default.isExecutableFile(atPath: path))
    }
}
