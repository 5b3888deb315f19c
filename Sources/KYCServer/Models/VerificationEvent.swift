import Fluent
import Foundation

/// An event for the business (verification.approved, fraud.detected, …), written in the same
/// transaction as the decision that caused it: the webhook sender delivers from this outbox,
/// so a decision is never stored without its events, nor an event without its decision.
final class VerificationEvent: Model, @unchecked Sendable {
    static let schema = "verification_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "tenant_id") var tenantID: UUID
    @Field(key: "session_id") var sessionID: UUID
    @Field(key: "event") var event: String
    /// The JSON body to send, as it will be signed.
    @Field(key: "payload") var payload: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "delivered_at") var deliveredAt: Date?

    init() {}
}
