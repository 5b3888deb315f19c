import Fluent
import Foundation

/// One try at delivering an event: what the receiver answered (or what went wrong), how long
/// it took, and when the next try is due. Never holds the body or the receiver's answer.
final class WebhookAttempt: Model, @unchecked Sendable {
    static let schema = "webhook_attempts"

    @ID(key: .id) var id: UUID?
    @Field(key: "tenant_id") var tenantID: UUID
    @Field(key: "event_id") var eventID: UUID
    /// From 1, over the event's whole life (redeliveries continue the count).
    @Field(key: "attempt") var attempt: Int
    @Field(key: "url") var url: String
    @Field(key: "started_at") var startedAt: Date
    @Field(key: "duration_ms") var durationMilliseconds: Int
    @OptionalField(key: "status_code") var statusCode: Int?
    @OptionalField(key: "error") var error: String?
    @OptionalField(key: "next_attempt_at") var nextAttemptAt: Date?
    /// The dispatcher (host and process) that made it.
    @Field(key: "dispatcher") var dispatcher: String

    init() {}
}
