import Testing
@testable import CityDashCore

/// What a user types for a district (`--district`, the picker's search) resolves to its id.
@Suite("District resolver")
struct DistrictResolverTests {
    static func resolver() throws -> DistrictResolver {
        DistrictResolver(dataset: try TestSupport.bundledDataset())
    }

    @Test("ids, Chinese and English names resolve to their district",
          arguments: [
            ("yangpu", "yangpu"), ("YANGPU", "yangpu"), ("Yangpu", "yangpu"), ("  yangpu ", "yangpu"),
            ("杨浦", "yangpu"), ("杨浦区", "yangpu"), ("Yangpu District", "yangpu"), ("yangpu district", "yangpu"),
            ("浦东", "pudong"), ("浦东新区", "pudong"), ("pudong", "pudong"), ("Pudong New Area", "pudong"),
            ("Jing'an", "jingan"), ("静安区", "jingan"), ("jingan", "jingan"),
          ])
    func resolvesDistricts(_ input: String, _ expected: String) throws {
        #expect(try Self.resolver().resolve(input)?.id == expected)
    }

    @Test("special areas resolve to the district they lie in",
          arguments: [
            ("张江", "pudong"), ("Zhangjiang", "pudong"), ("zhangjiang", "pudong"), ("临港新片区", "pudong"),
            ("lingang", "pudong"), ("漕河泾", "xuhui"), ("长阳秀带", "yangpu"), ("changyang-xiudai", "yangpu"),
            ("市北", "jingan"), ("海纳小镇", "putuo"), ("创智天地", "yangpu"),
          ])
    func resolvesAreas(_ input: String, _ expected: String) throws {
        #expect(try Self.resolver().resolve(input)?.id == expected)
    }

    @Test("every district resolves by its id, both names and both short names")
    func everyDistrictResolves() throws {
        let dataset = try TestSupport.bundledDataset()
        let resolver = DistrictResolver(dataset: dataset)
        #expect(dataset.districts.count == 16)
        for district in dataset.districts {
            for input in [district.id, district.id.uppercased(), district.name.zh, district.name.en,
                          district.short.zh, district.short.en, district.short.zh + "区"] {
                #expect(resolver.resolve(input)?.id == district.id, "\(input)")
            }
        }
    }

    @Test("unknown input resolves to nil", arguments: ["", "   ", "nowhere", "上海", "区", "yangpuu", "杨", "shanghai"])
    func unknownIsNil(_ input: String) throws {
        #expect(try Self.resolver().resolve(input) == nil)
    }

    @Test("all, 全市, All districts and 上海 mean the whole city; a district name means that district; nonsense means nothing",
          arguments: ["all", "ALL", "全市", "All districts", "上海", "shanghai", " 全 市 "])
    func cityWideFilter(_ input: String) throws {
        #expect(try Self.resolver().filter(for: input) == .all)
    }

    @Test("filter(for:) gives the district a name resolves to, and nil for unknown input")
    func districtFilter() throws {
        let resolver = try Self.resolver()
        #expect(resolver.filter(for: "杨浦") == .district("yangpu"))
        #expect(resolver.filter(for: "nowhere") == nil)
        #expect(resolver.filter(for: "") == nil)
    }

    @Test("the unknown-district message names the input and lists all 16 ids")
    func unknownMessage() throws {
        let dataset = try TestSupport.bundledDataset()
        let message = DistrictResolver(dataset: dataset).unknownMessage("nowhere")
        #expect(message.contains("\"nowhere\""))
        #expect(message.contains("all (全市)"))
        #expect(message.hasSuffix(dataset.districts.map(\.id).joined(separator: ", ")))
        for district in dataset.districts {
            #expect(message.contains(district.id))
        }
        #expect(dataset.districts.count == 16)
    }

    @Test("the unknown-district message never echoes control characters")
    func unknownMessageIsSanitized() throws {
        let message = try Self.resolver().unknownMessage("x\u{1B}[2J\u{07}\u{9B}")
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(message.contains("x␛[2J␇"))
    }

    @Test("a resolver over inline data uses that data's areas")
    func inlineData() {
        let dataset = TestSupport.load(replacing: [:]).dataset
        let resolver = DistrictResolver(dataset: dataset)
        #expect(resolver.resolve("张江")?.id == "pudong")
        #expect(resolver.resolve("漕河泾") == nil)
        #expect(resolver.unknownMessage("?").hasSuffix("yangpu, pudong, xuhui"))
    }
}
