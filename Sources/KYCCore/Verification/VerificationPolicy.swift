/// A business's rules for deciding verifications. Every value has a documented default
/// (README, "Verification"); a tenant may change them.
public struct VerificationPolicy: Sendable, Equatable, Codable {
    /// Selfie-to-ID-portrait descriptor distance at and above which the faces do not match.
    public var faceMatchThreshold = 0.6
    /// Below this distance a match is clear enough to approve without a human. Between it and
    /// `faceMatchThreshold` the case goes to review: on real photos of Black and African people
    /// dlib accepts about 7% of different-person pairs at 0.6 and about 1% at 0.53
    /// (faces-lfw-black, see BENCHMARKS.md), so a match in that band is not evidence enough.
    public var faceAutoApproveDistance = 0.52
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
