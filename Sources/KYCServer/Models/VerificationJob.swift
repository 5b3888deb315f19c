import Fluent
import Foundation

/// One session's verification, queued for a worker. A worker holds it under a lease that it
/// renews while it works; when the worker dies the lease lapses and another takes the job over.
final class VerificationJob: Model, @unchecked Sendable {
    static let schema = "verification_jobs"

    enum State: String {
        case queued, running, done
        /// Gave up after `max_attempts`: the session went to review with the error as a reason.
        case failed
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "tenant_id") var tenantID: UUID
    @Field(key: "session_id") var sessionID: UUID
    @Field(key: "state") var state: String
    @Field(key: "attempts") var attempts: Int
    @Field(key: "max_attempts") var maxAttempts: Int
    @OptionalField(key: "lease_owner") var leaseOwner: String?
    @OptionalField(key: "lease_expires_at") var leaseExpiresAt: Date?
    /// The last failure's error type or code (never personal data).
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "finished_at") var finishedAt: Date?

    init() {}
}
