import Foundation

/// The outcome of comparing two faces.
public struct FaceComparison: Sendable, Encodable {
    /// Euclidean distance between the two 128-D descriptors (0 = identical).
    public let distance: Double
    /// Calibrated probability-like score in [0, 1] that both are the same person.
    public let score: Double
    /// `distance < threshold`.
    public let match: Bool
    public let threshold: Double
    public let probe: FaceAnalysis
    public let reference: FaceAnalysis

    init(probe: FaceAnalysis, reference: FaceAnalysis) {
        let distance = FaceMatchCalibration.distance(probe.descriptor, reference.descriptor)
        self.distance = distance
        self.score = FaceMatchCalibration.score(distance: distance)
        self.match = distance < FaceMatchCalibration.threshold
        self.threshold = FaceMatchCalibration.threshold
        self.probe = probe
        self.reference = reference
    }
}

/// How descriptor distances become a decision and a score.
///
/// Measured on the shared fixtures (`bench/face_accuracy` writes the numbers to BENCHMARKS.md):
/// the threshold is the distance that maximises accuracy on the pivot pairs, and the score is
/// a logistic curve fitted to the same-person/different-person labels of those pairs, so
/// `score` 0.5 sits at the threshold and its slope reflects how well distances separate.
public enum FaceMatchCalibration {
    public static let threshold = 0.6
    /// Logistic slope (per unit of distance).
    public static let slope = 12.0

    public static func score(distance: Double) -> Double {
        1 / (1 + exp(slope * (distance - threshold)))
    }

    public static func distance(_ a: [Float], _ b: [Float]) -> Double {
        sqrt(zip(a, b).reduce(0) { $0 + Double(($1.0 - $1.1) * ($1.0 - $1.1)) })
    }
}
