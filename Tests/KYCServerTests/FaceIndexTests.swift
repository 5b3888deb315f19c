import Fluent
import Foundation
import KYCCore
import Testing
@testable import KYCServer

@Suite("Duplicate-face index over stored templates")
struct FaceIndexTests {
    @Test("templates of descriptor version 1 are scaled to unit length and still found")
    func olderTemplatesAreSearched() async throws {
        try await withTestApp(.sqlite) { t in
            let (key, tenantText) = try await t.createTenant()
            let tenantID = try #require(UUID(uuidString: tenantText))
            let sessionID = try #require(UUID(uuidString: try await t.createSession(key: key)))
            var generator = SystemRandomNumberGenerator()
            let raw = (0..<128).map { _ in Float.random(in: -1...1, using: &generator) }
            let unit = FaceIndex.unitLength(raw)
            // Version 1 stored descriptors unscaled (lengths around 0.5-1.5): this one is the
            // same face at length 1.7, 0.7 from its unit form, far outside the duplicate distance.
            let template = FaceTemplate()
            template.id = UUID()
            template.tenantID = tenantID
            template.sessionID = sessionID
            template.telegramID = "555"
            template.descriptorSealed = Data(try t.app.kyc.cipher.seal(FaceIndex.bytes(of: unit.map { $0 * 1.7 }),
                                                                      context: FaceTemplate.sealContext(tenantID: tenantID, sessionID: sessionID)))
            template.descriptorVersion = 1
            template.createdAt = t.clock.now
            try await template.create(on: t.app.db)
            let index = FaceIndex(cipher: t.app.kyc.cipher)
            let hits = try await index.search(unit, tenantID: tenantID, within: FaceMatchPolicy.standard.duplicateWithin, on: t.app.db)
            #expect(hits.count == 1 && hits[0].distance < 0.01, "\(hits.map(\.distance))")
        }
    }
}
