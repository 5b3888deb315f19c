import Fluent
import Foundation

/// One rule of a business's blocklist (a Telegram user, an IP address or a network).
final class BlockEntry: Model, @unchecked Sendable {
    static let schema = "blocklist"

    @ID(key: .id) var id: UUID?
    @Field(key: "tenant_id") var tenantID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "value") var value: String
    @OptionalField(key: "reason") var reason: String?
    /// Who added it: "api", "cli", or a check that adds entries automatically.
    @Field(key: "source") var source: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
