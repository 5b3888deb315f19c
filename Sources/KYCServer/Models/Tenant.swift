import Fluent
import Foundation

/// A business using the service. Every other record belongs to exactly one tenant.
final class Tenant: Model, @unchecked Sendable {
    static let schema = "tenants"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    /// The webhook signing secret, sealed with the at-rest key (it must be recoverable to sign).
    @Field(key: "webhook_secret_sealed") var webhookSecretSealed: Data
    /// Whether this business asks users for proof of address.
    @Field(key: "requires_address") var requiresAddress: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID = UUID(), name: String, webhookSecretSealed: Data, requiresAddress: Bool) {
        self.id = id
        self.name = name
        self.webhookSecretSealed = webhookSecretSealed
        self.requiresAddress = requiresAddress
    }
}
