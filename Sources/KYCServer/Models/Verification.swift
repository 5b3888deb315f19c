import Fluent
import Foundation

/// The automated decision on one session, with the component results in typed columns. Its
/// signals are rows of `verification_signals`; written once, never patched.
final class Verification: Model, @unchecked Sendable {
    static let schema = "verifications"

    @ID(key: .id) var id: UUID?
    @Field(key: "tenant_id") var tenantID: UUID
    @Field(key: "session_id") var sessionID: UUID
    /// approved, rejected or pending_review, as the pipeline decided (a reviewer's later
    /// decision is in `reviews`).
    @Field(key: "status") var status: String
    @Field(key: "overall_score") var overallScore: Double
    @OptionalField(key: "face_match") var faceMatch: Bool?
    @OptionalField(key: "face_score") var faceScore: Double?
    @OptionalField(key: "face_distance") var faceDistance: Double?
    @OptionalField(key: "liveness_passed") var livenessPassed: Bool?
    @OptionalField(key: "liveness_score") var livenessScore: Double?
    @OptionalField(key: "document_valid") var documentValid: Bool?
    @OptionalField(key: "document_score") var documentScore: Double?
    @Field(key: "fraud_score") var fraudScore: Double
    @Field(key: "fraud_risk_level") var fraudRiskLevel: String
    /// The decision's reason codes, comma-separated, in order.
    @Field(key: "reason_codes") var reasonCodes: String
    /// Keyed hash of the document or ID number, to find the same document under another user.
    @OptionalField(key: "document_number_hash") var documentNumberHash: String?
    /// What was read off the document (names, numbers, dates): personal data, sealed.
    @OptionalField(key: "ocr_sealed") var ocrSealed: Data?
    /// The policy the decision was taken under, to recompute it.
    @Field(key: "policy_json") var policyJSON: String
    /// Which worker decided (host:pid), for operations.
    @Field(key: "worker") var worker: String
    @Field(key: "created_at") var createdAt: Date

    @Children(for: \.$verification) var signals: [VerificationSignalRecord]

    init() {}

    /// The stored comma-separated reason codes, in order.
    var reasonCodeList: [String] { reasonCodes.split(separator: ",").map(String.init) }
}

/// One signal of a verification: name, value, threshold, verdict, reason code and sentence.
final class VerificationSignalRecord: Model, @unchecked Sendable {
    static let schema = "verification_signals"

    @ID(key: .id) var id: UUID?
    @Parent(key: "verification_id") var verification: Verification
    @Field(key: "position") var position: Int
    @Field(key: "name") var name: String
    @Field(key: "signal_group") var group: String
    @OptionalField(key: "value") var value: Double?
    @OptionalField(key: "threshold") var threshold: Double?
    @Field(key: "verdict") var verdict: String
    @OptionalField(key: "reason") var reason: String?
    @Field(key: "detail") var detail: String

    init() {}
}
