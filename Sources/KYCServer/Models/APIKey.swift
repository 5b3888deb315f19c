import Fluent
import Foundation

/// An API key of a tenant, stored only as the SHA-256 of the key.
final class APIKey: Model, @unchecked Sendable {
    static let schema = "api_keys"

    @ID(key: .id) var id: UUID?
    @Field(key: "tenant_id") var tenantID: UUID
    @Field(key: "key_hash") var keyHash: String
    /// The first characters of the key, so an operator can tell keys apart.
    @Field(key: "display_prefix") var displayPrefix: String
    @OptionalField(key: "label") var label: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    init(id: UUID = UUID(), tenantID: UUID, keyHash: String, displayPrefix: String, label: String?) {
        self.id = id
        self.tenantID = tenantID
        self.keyHash = keyHash
        self.displayPrefix = displayPrefix
        self.label = label
    }
}
