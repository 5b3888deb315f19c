/// The decision, from stored signals and component scores only, so it can be recomputed and
/// explained at any time.
public enum VerificationDecider {
    /// 0–1 scores of the three engines, as reported in the API.
    public struct ComponentScores: Sendable, Equatable, Codable {
        public var face: Double?
        public var liveness: Double?
        public var document: Double?
        public init(face: Double?, liveness: Double?, document: Double?) {
            self.face = face
            self.liveness = liveness
            self.document = document
        }
    }

    public struct Outcome: Sendable, Equatable {
        /// approved, rejected or pending_review.
        public let status: SessionStatus
        public let overallScore: Double
        public let fraudScore: Double
        public let fraudRiskLevel: FraudRiskLevel
        public let reasons: [DecisionReason]
    }

    /// Weights of the overall score (README, "Verification"): the face match carries most,
    /// liveness and the document the rest; fraud scales the whole down.
    public static let faceWeight = 0.4, livenessWeight = 0.3, documentWeight = 0.3

    public static func decide(_ signals: [VerificationSignal], scores: ComponentScores,
                              policy: VerificationPolicy) -> Outcome {
        let fraud = signals.filter { $0.group == .fraud && $0.verdict != .pass }
        let fraudScore = FraudScoring.score(contributions: fraud.compactMap(\.value))
        let level = FraudScoring.level(fraudScore, policy: policy)
        let overall = (faceWeight * (scores.face ?? 0) + livenessWeight * (scores.liveness ?? 0)
            + documentWeight * (scores.document ?? 0)) * (1 - fraudScore)

        func reasons(_ verdicts: Set<VerificationSignal.Verdict>, in group: [VerificationSignal]) -> [DecisionReason] {
            group.filter { verdicts.contains($0.verdict) }.map { DecisionReason(code: $0.reason ?? $0.name.uppercased(), message: $0.detail) }
        }
        let checks = signals.filter { $0.group != .fraud }
        let decided: (SessionStatus, [DecisionReason])
        let hardFailures = reasons([.fail], in: checks)
        if !hardFailures.isEmpty {
            decided = (.rejected, hardFailures)
        } else if level == .high && fraud.contains(where: { $0.verdict == .fail }) {
            decided = (.rejected, [riskReason(level, fraudScore)] + reasons([.fail], in: fraud))
        } else {
            var review = reasons([.review, .unavailable], in: checks)
            if level != .low { review.append(riskReason(level, fraudScore)) ; review += reasons([.review, .fail], in: fraud) }
            if review.isEmpty && !policy.autoApprove {
                review = [DecisionReason(code: "AUTO_APPROVE_OFF", message: "The business reviews every verification by hand.")]
            }
            decided = review.isEmpty ? (.approved, []) : (.pendingReview, review)
        }
        return Outcome(status: decided.0, overallScore: (overall * 1000).rounded() / 1000,
                       fraudScore: (fraudScore * 1000).rounded() / 1000, fraudRiskLevel: level, reasons: decided.1)
    }

    private static func riskReason(_ level: FraudRiskLevel, _ score: Double) -> DecisionReason {
        DecisionReason(code: level == .high ? "FRAUD_RISK_HIGH" : "FRAUD_RISK_MEDIUM",
                       message: "Fraud risk is \(level.rawValue) (score \((score * 100).rounded() / 100)).")
    }
}
