import Fluent
import Foundation

/// The selfie's 128-D face descriptor of a decided session, sealed like the images, for the
/// tenant's duplicate-face search.
final class FaceTemplate: Model, @unchecked Sendable {
    static let schema = "face_templates"

    @ID(key: .id) var id: UUID?
    @Field(key: "tenant_id") var tenantID: UUID
    @Field(key: "session_id") var sessionID: UUID
    @Field(key: "telegram_id") var telegramID: String
    @Field(key: "descriptor_sealed") var descriptorSealed: Data
    /// `FaceMatchPolicy.descriptorVersion` when the template was made.
    @Field(key: "descriptor_version") var descriptorVersion: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}

    static func sealContext(tenantID: UUID, sessionID: UUID) -> String {
        "face-template:" + tenantID.uuidString.lowercased() + "/" + sessionID.uuidString.lowercased()
    }
}
