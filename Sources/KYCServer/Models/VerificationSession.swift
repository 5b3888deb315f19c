import Fluent
import Foundation
import KYCCore

/// A verification session: one user's attempt to verify with one business.
final class VerificationSession: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "tenant_id") var tenantID: UUID
    @Field(key: "telegram_id") var telegramID: String
    @OptionalField(key: "username") var username: String?
    @OptionalField(key: "first_name") var firstName: String?
    @OptionalField(key: "last_name") var lastName: String?
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "country_code") var countryCode: String?
    @OptionalField(key: "webhook_url") var webhookURL: String?
    @OptionalField(key: "callback_url") var callbackURL: String?
    @OptionalField(key: "external_user_id") var externalUserID: String?
    /// Business metadata as JSON text, returned as given.
    @OptionalField(key: "metadata_json") var metadataJSON: String?
    @Field(key: "status") var status: String
    /// Comma-separated `VerificationStep` raw values already done.
    @Field(key: "completed_steps") var completedSteps: String
    @Field(key: "requires_address") var requiresAddress: Bool
    /// "tenant:telegram_id" while the session is active, nil otherwise. A unique column, so two
    /// concurrent creates for the same user cannot both make an active session, on SQLite and
    /// PostgreSQL alike (NULLs never collide).
    @OptionalField(key: "active_user_key") var activeUserKey: String?
    /// Verification results as JSON text; nil until a verification has run.
    @OptionalField(key: "verification_json") var verificationJSON: String?
    /// The liveness challenge waiting to be performed ("turn_left,look_up"); nil once used.
    @OptionalField(key: "liveness_challenge") var livenessChallenge: String?
    @OptionalField(key: "liveness_challenge_expires_at") var livenessChallengeExpiresAt: Date?
    /// Challenges issued so far (each allows one liveness attempt).
    @OptionalField(key: "liveness_challenges_issued") var livenessChallengesIssued: Int?
    /// The last liveness report (every signal) as JSON text, for reviewers.
    @OptionalField(key: "liveness_json") var livenessJSON: String?
    /// Declared by the user (or the business): ISO date, and the document kind they will show.
    @OptionalField(key: "date_of_birth") var dateOfBirth: String?
    @OptionalField(key: "document_kind") var documentKind: String?
    /// SHA-256 of the creating request's client address, for velocity checks (not the address).
    @OptionalField(key: "client_ip_hash") var clientIPHash: String?
    /// When the session was submitted for verification; nil before.
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "completed_at") var completedAt: Date?

    init() {}

    static func activeUserKey(tenantID: UUID, telegramID: String) -> String {
        tenantID.uuidString.lowercased() + ":" + telegramID
    }

    /// The domain view of this row's lifecycle. A stored value this version does not know is
    /// an error, never quietly read as something else.
    var progress: SessionProgress {
        get throws(KYCError) {
            guard let known = SessionStatus(rawValue: status) else {
                throw KYCError(.internalError, "A session has an unknown stored status")
            }
            let steps = try completedSteps.split(separator: ",").map { raw throws(KYCError) -> VerificationStep in
                guard let step = VerificationStep(rawValue: String(raw)) else {
                    throw KYCError(.internalError, "A session has an unknown stored step")
                }
                return step
            }
            return SessionProgress(
                status: known,
                completedSteps: Set(steps),
                requiresAddress: requiresAddress,
                requiresBack: try declaredDocumentKind?.hasBack ?? true,
                expiresAt: expiresAt,
                submitted: submittedAt != nil
            )
        }
    }

    var declaredDocumentKind: IdentityDocumentKind? {
        get throws(KYCError) {
            guard let documentKind else { return nil }
            guard let kind = IdentityDocumentKind(rawValue: documentKind) else {
                throw KYCError(.internalError, "A session has an unknown stored document kind")
            }
            return kind
        }
    }

    /// Writes a lifecycle value back, keeping the active-user marker in step with the status.
    func apply(_ progress: SessionProgress, at now: Date) {
        status = progress.status.rawValue
        completedSteps = VerificationStep.allCases.filter(progress.completedSteps.contains).map(\.rawValue)
            .joined(separator: ",")
        activeUserKey = progress.status.isActive
            ? Self.activeUserKey(tenantID: tenantID, telegramID: telegramID) : nil
        updatedAt = now
    }
}
