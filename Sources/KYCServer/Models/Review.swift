import Fluent
import Foundation

/// A person's decision on a session the pipeline sent to review.
final class Review: Model, @unchecked Sendable {
    static let schema = "reviews"

    @ID(key: .id) var id: UUID?
    @Field(key: "tenant_id") var tenantID: UUID
    @Field(key: "session_id") var sessionID: UUID
    @Field(key: "decision") var decision: String
    @Field(key: "reason") var reason: String
    @OptionalField(key: "note") var note: String?
    /// The API key's label (or its display prefix) that decided.
    @Field(key: "reviewer") var reviewer: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
