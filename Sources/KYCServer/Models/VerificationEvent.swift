import Fluent
import Foundation

/// An event for the business (verification.approved, fraud.detected, …), written in the same
/// transaction as the decision that caused it, and its webhook delivery: the dispatcher sends
/// from this outbox, so a decision is never stored without its events, nor an event without
/// its decision.
final class VerificationEvent: Model, @unchecked Sendable {
    static let schema = "verification_events"

    enum State: String, Codable {
        /// Waiting for its next attempt (or in flight, under a dispatcher's lease).
        case pending
        case delivered
        /// Retries ended: the schedule ran out or the endpoint answered 410 Gone.
        case failed
        /// Neither the session nor the tenant has a webhook URL.
        case noEndpoint = "no_endpoint"
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "tenant_id") var tenantID: UUID
    @Field(key: "session_id") var sessionID: UUID
    @Field(key: "event") var event: String
    /// The JSON body to send, as it will be signed.
    @Field(key: "payload") var payload: String
    @Field(key: "created_at") var createdAt: Date
    /// Order among the events written by one decision (approved before completed).
    @Field(key: "sequence") var sequence: Int
    @OptionalField(key: "delivered_at") var deliveredAt: Date?
    /// Where it goes: the session's webhook URL, else the tenant's default.
    @OptionalField(key: "url") var url: String?
    @Field(key: "state") var state: State
    /// Every attempt made, for the log.
    @Field(key: "attempts") var attempts: Int
    /// Attempts in the current retry schedule (a redelivery or replay starts a new one).
    @Field(key: "scheduled_attempts") var scheduledAttempts: Int
    @OptionalField(key: "next_attempt_at") var nextAttemptAt: Date?
    @OptionalField(key: "lease_owner") var leaseOwner: String?
    @OptionalField(key: "lease_expires_at") var leaseExpiresAt: Date?
    @OptionalField(key: "last_status_code") var lastStatusCode: Int?
    @OptionalField(key: "last_error") var lastError: String?

    init() {}

    /// The id receivers see (`id`, `X-KYC-Id`, `webhook-id`): stable across every attempt.
    var publicID: String { Self.publicID(id ?? UUID()) }

    static func publicID(_ id: UUID) -> String {
        "evt_" + id.uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    }

    /// The row id of a public `evt_…` id; nil when it is not one.
    static func rowID(publicID: String) -> UUID? {
        guard publicID.hasPrefix("evt_") else { return nil }
        let hex = Array(publicID.dropFirst(4))
        guard hex.count == 32 else { return nil }
        let dashed = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }.joined(separator: "-")
        return UUID(uuidString: dashed)
    }
}
