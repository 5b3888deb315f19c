import Foundation
import KYCCore
import KYCVision
import Testing

@Suite("Reading machine readable zones from photos")
struct MRZReaderTests {
    static let mrzFixtures = VisionFixtures.root.deletingLastPathComponent().appendingPathComponent("shared/fixtures/mrz")

    @Test("clean TD3 and TD2 renders read with every check digit valid",
          arguments: ["passport-td3.png", "passport-td3.jpg", "passport-td2.png", "passport-td2.jpg"])
    func cleanRenders(name: String) async throws {
        let reader = try DocumentReader()
        let mrz = try #require(try await reader.readMRZ(Array(try Data(contentsOf: Self.mrzFixtures.appendingPathComponent(name)))))
        #expect(mrz.valid, "\(mrz.lines) \(mrz.checks)")
        #expect(mrz.format == (name.contains("td3") ? .td3 : .td2))
        #expect(mrz.dateOfBirth != nil && mrz.expiryDate != nil)
    }

    /// Two small real scans (455 and 600 px wide) whose zone reads only when enlarged: a
    /// regression gate on the second, enlarged pass (they are among the photos it was measured on).
    @Test("small scans are read again at twice the size", arguments: ["98_pass-nld.jpg", "100_pass-cze2.jpg"])
    func smallScans(name: String) async throws {
        let reader = try DocumentReader()
        let mrz = try #require(try await reader.readMRZ(Array(try Data(contentsOf: Self.mrzFixtures.appendingPathComponent(name)))))
        #expect(mrz.valid, "\(mrz.lines) \(mrz.checks)")
    }

    @Test("a photo without a document reads no MRZ, without crashing")
    func noDocument() async throws {
        let reader = try DocumentReader()
        let mrz = try await reader.readMRZ(try VisionFixtures.image("img1.jpg"))
        #expect(mrz?.valid != true)
    }
}

