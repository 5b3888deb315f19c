/// A business's rules for deciding verifications. Every value has a documented default
/// (README, "Verification"); a tenant may change them.
public struct VerificationPolicy: Sendable, Equatable, Codable {
    /// Where the selfie-to-ID-portrait distance approves (`match`), goes to a person (`review`)
    /// or rejects (`no_match`); see `FaceMatchPolicy` for how each point was measured.
    public var face = FaceMatchPolicy.standard
    /// Youngest age (in whole years, from the document's date of birth) the business accepts.
    public var minimumAge = 18
    /// When false every verification that would be approved goes to review instead.
    public var autoApprove = true
    /// Whether proof of address is required before submitting.
    public var requiresAddress = false
    /// Name similarity (0–1, see `NameMatcher`) at or above which the names match.
    public var nameMatchThreshold = 0.90
    /// Below this the names are different people's (a fraud signal); between it and
    /// `nameMatchThreshold` the case goes to review.
    public var nameMismatchThreshold = 0.70
    /// Printed fields read with less confidence than this send the case to review.
    public var minimumFieldConfidence = 0.5
    /// Fraud score from which the risk is medium (review) and high (reject, or review when only
    /// review-only signals fired).
    public var mediumRiskScore = 0.3
    public var highRiskScore = 0.6
    /// Put the face, document number and Telegram user on the blocklist when the risk is high.
    public var autoBlocklistOnHighRisk = false

    public init() {}
}
