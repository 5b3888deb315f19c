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

    /// Real photos whose page outline did not flatten them: a passport 19° askew on a table
    /// with the page cut off by the frame (read once turned level), a Luxembourg page tilted
    /// 5°, and an open Latvian booklet photographed across (its zone runs up the picture). A
    /// regression gate: they are among the photos these views were built for.
    @Test("tilted and sideways pages without an outline are read turned", arguments: [
        ("62_pass-aus.png", "PA0940409"), ("100_pass-lux.jpg", "S99BS27"), ("0_pass-lva.jpg", nil),
    ])
    func tiltedPages(name: String, documentNumber: String?) async throws {
        let reader = try DocumentReader()
        let mrz = try #require(try await reader.readMRZ(Array(try Data(contentsOf: Self.mrzFixtures.appendingPathComponent(name)))))
        #expect(mrz.valid, "\(mrz.lines) \(mrz.checks)")
        if let documentNumber { #expect(mrz.documentNumber == documentNumber) }
    }

    /// The Comoros specimen card's composite check digit fails as printed; read sideways, its
    /// name line once passed every check digit as a TD2 made of fillers. A zone must have an
    /// ICAO document code and a birth date that is a date.
    @Test("fillers that pass check digits are not a zone")
    func fillersAreNotAZone() async throws {
        let reader = try DocumentReader()
        let mrz = try await reader.readMRZ(Array(try Data(contentsOf: Self.mrzFixtures.appendingPathComponent("77_card-cmw.png"))))
        #expect(mrz?.valid != true, "\(mrz?.lines ?? [])")
        #expect(mrz?.documentCode.first == "I")
    }

    @Test("a photo without a document reads no MRZ, without crashing")
    func noDocument() async throws {
        let reader = try DocumentReader()
        let mrz = try await reader.readMRZ(try VisionFixtures.image("img1.jpg"))
        #expect(mrz?.valid != true)
    }
}

