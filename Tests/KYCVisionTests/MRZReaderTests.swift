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

    /// As read on a phone app's screen showing a passport's zone as text in Fira Code: the
    /// OCR-B classifier read `8` for `3` (weighed 7 and 1: 40) and letters for digits, and every
    /// check digit still passed; Tesseract's reading of the page agrees with the printed fields.
    @Test("a valid zone the printed fields contradict gives way to the page's own valid reading they agree with")
    func zoneConfirmedByPage() throws {
        let misread = try #require(MRZParser.parse([
            "P<UGABYARUGABA<<ROBERT<<<<<<<<<<<<<<<<<<<<<<", "MNII78B9B1UGA6107174F8104085<<<<<<<<<<<<<<08",
        ]))
        #expect(misread.valid)
        let page = [
            OCRLine(text: "P<UGABYARUGABA <<ROBERT<<<<<<<<<<ccecseccecc¢", left: 43, top: 952, width: 500, height: 13, confidence: 0.05),
            OCRLine(text: "MN11738931UGA6107174F3104035<<<<<<<<<<<<<<08", left: 42, top: 979, width: 502, height: 15, confidence: 0.43),
        ]
        let printed: [DocumentField: FieldReading] = [
            .documentNumber: FieldReading(value: "MN1173893", confidence: 0.9, source: .visual),
            .dateOfBirth: FieldReading(value: "1961-07-17", confidence: 0.9, source: .visual),
            .expiryDate: FieldReading(value: "2031-04-03", confidence: 0.9, source: .visual),
        ]
        let zone = try #require(DocumentReader.zone(misread, confirmedBy: page, fields: printed))
        #expect(zone.valid && zone.documentNumber == "MN1173893" && zone.expiryDate == "2031-04-03")
        // Printed fields that agree with the zone found keep it; so does a page without a zone.
        let agreeing: [DocumentField: FieldReading] = [.documentNumber: FieldReading(value: "MNII78B9B", confidence: 0.9, source: .visual)]
        #expect(DocumentReader.zone(misread, confirmedBy: page, fields: agreeing) == misread)
        #expect(DocumentReader.zone(misread, confirmedBy: [page[0]], fields: printed) == misread)

        // No zone found (the classifier reads no Fira Code): the page's, its first line read
        // in two pieces at a run of fillers (5151/012). A valid zone holding no real expiry
        // (`800181`, a misread that passes its check digit) gives way to one that does (5151/024).
        let pieces = [
            OCRLine(text: "P<GHAASANTE", left: 54, top: 1185, width: 151, height: 29, confidence: 0.86),
            OCRLine(text: "<<AKOSUA<KOFI<<<<<<<cceeeseeseccc", left: 212, top: 1190, width: 467, height: 16, confidence: 0),
            OCRLine(text: "GX18936594GHA9709052F3102145<<<<<<<<<<<<<<00", left: 53, top: 1224, width: 627, height: 18, confidence: 0.87),
        ]
        let fromPage = try #require(DocumentReader.zone(nil, confirmedBy: pieces, fields: [:]))
        #expect(fromPage.valid && fromPage.surname == "ASANTE" && fromPage.documentNumber == "GX1893659")
        #expect(DocumentReader.zone(nil, confirmedBy: Array(pieces.dropFirst()), fields: [:]) == nil)
        let card = ["I<GHANA84726024GHA1944009191<<", "6701158M3001318GHA<<<<<<<<<<<7", "MENSAH<<EFUA<<<<<<<<<<<<<<<<<<"]
        let noDate = try #require(MRZParser.parse([card[0], "6701158M8001818GHA<<<<<<<<<<<7", card[2]]))
        #expect(noDate.valid && noDate.expiryDate == nil)
        let back = card.enumerated().map { OCRLine(text: $1, left: 125, top: 873 + 46 * $0, width: 847, height: 33, confidence: 0.8) }
        #expect(DocumentReader.zone(noDate, confirmedBy: back, fields: [:])?.expiryDate == "2030-01-31")
    }
}
