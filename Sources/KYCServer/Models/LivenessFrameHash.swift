import Fluent
import Foundation

/// A perceptual hash of one liveness frame, kept per tenant so a burst sent again in another
/// session is recognised. 256 bits of gradient signs: not an image, and not reversible to one.
final class LivenessFrameHash: Model, @unchecked Sendable {
    static let schema = "liveness_frame_hashes"

    @ID(key: .id) var id: UUID?
    @Field(key: "tenant_id") var tenantID: UUID
    @Field(key: "session_id") var sessionID: UUID
    @Field(key: "hash") var hash: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(tenantID: UUID, sessionID: UUID, hash: String, createdAt: Date) {
        id = UUID()
        self.tenantID = tenantID
        self.sessionID = sessionID
        self.hash = hash
        self.createdAt = createdAt
    }
}
