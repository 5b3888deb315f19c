import Foundation
import KYCCore

/// The outcome of comparing two faces.
public struct FaceComparison: Sendable, Encodable {
    /// Euclidean distance between the two descriptors (0 = identical; see `FaceMatchPolicy`).
    public let distance: Double
    /// Probability-like score in [0, 1] that both are the same person.
    public let score: Double
    /// The single-threshold answer: `distance < threshold`.
    public let match: Bool
    /// The three-way answer: `match` (clear enough to act on alone), `review` (a person should
    /// look) or `no_match`.
    public let decision: FaceMatchDecision
    public let threshold: Double
    /// `[from, to)`: distances in it are decided by a person.
    public let reviewBand: [Double]
    public let probe: FaceAnalysis
    public let reference: FaceAnalysis

    enum CodingKeys: String, CodingKey {
        case distance, score, match, decision, threshold, reviewBand = "review_band", probe, reference
    }

    init(probe: FaceAnalysis, reference: FaceAnalysis, policy: FaceMatchPolicy = .standard) {
        let distance = FaceDescriptorDistance.between(probe.descriptor, reference.descriptor)
        self.distance = distance
        self.score = policy.score(distance: distance)
        self.match = policy.isMatch(distance: distance)
        self.decision = policy.decision(distance: distance)
        self.threshold = policy.matchBelow
        self.reviewBand = [policy.autoMatchBelow, policy.noMatchFrom]
        self.probe = probe
        self.reference = reference
    }
}
