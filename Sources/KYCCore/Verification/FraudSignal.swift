/// A sign that a verification may be fraudulent, with its evidence. Fraud signals add up to
/// `fraud_score`; none of them decides alone except through the score.
public struct FraudSignal: Sendable, Equatable {
    /// Stable names, with their weights (how much one certain hit adds to the score) and
    /// whether a high risk built on them may reject without a human.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// The same face is already verified or pending under another Telegram user.
        case duplicateFace = "duplicate_face"
        /// The same ID or document number under another Telegram user.
        case duplicateDocumentNumber = "duplicate_document_number"
        /// The selfie is a photo of the ID portrait (the descriptors are nearly identical).
        case selfieIsIDPortrait = "selfie_is_id_portrait"
        /// A document or selfie file already uploaded in another session.
        case imageReused = "image_reused"
        /// Many sessions from one client address, or for one Telegram user, in an hour or a day.
        case velocityIP = "velocity_ip"
        case velocityUser = "velocity_user"
        /// Editor software named in the image's metadata, or a screenshot without camera metadata.
        case editingTraces = "editing_traces"
        /// The name or date of birth the user gave differs from the document's.
        case nameMismatch = "name_mismatch"
        case dateOfBirthMismatch = "dob_mismatch"

        /// Documented in the README ("Fraud signals"). A hit of strength 1 alone gives a score of
        /// this weight: 0.6 and above is high risk, 0.3 and above medium.
        public var weight: Double {
            switch self {
            case .selfieIsIDPortrait: 0.9
            case .duplicateFace, .duplicateDocumentNumber: 0.7
            case .imageReused: 0.6
            case .nameMismatch, .dateOfBirthMismatch: 0.4
            case .velocityIP, .velocityUser: 0.25
            case .editingTraces: 0.15
            }
        }

        /// Signals that can be innocent (a returning customer with a new Telegram account, a
        /// family sharing a phone, a user who typed a nickname) send the case to a human even
        /// at high risk; the others may reject.
        public var rejectsAtHighRisk: Bool { self == .selfieIsIDPortrait }
    }

    public let kind: Kind
    /// 0–1: how certain the hit is (1 for an exact hash match, less for a near one).
    public let strength: Double
    /// What was found, for the reviewer (no personal data: ids, distances, counts).
    public let evidence: String

    public init(_ kind: Kind, strength: Double = 1, evidence: String) {
        self.kind = kind
        self.strength = min(1, max(0, strength))
        self.evidence = evidence
    }

    /// This hit's share of the score.
    public var contribution: Double { kind.weight * strength }
}

public enum FraudRiskLevel: String, Codable, Sendable {
    case low, medium, high
}

/// Combines fraud contributions: independent hints accumulate (1 − Π(1 − cᵢ)), the score
/// stays within 0–1, and one strong hit outweighs several weak ones.
public enum FraudScoring {
    public static func score(contributions: [Double]) -> Double {
        1 - contributions.reduce(1) { $0 * (1 - min(1, max(0, $1))) }
    }

    public static func level(_ score: Double, policy: VerificationPolicy) -> FraudRiskLevel {
        score >= policy.highRiskScore ? .high : score >= policy.mediumRiskScore ? .medium : .low
    }
}
