import Foundation
import KYCCore

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
/// Measured on the shared fixtures by `bench/face.sh` (numbers in BENCHMARKS.md): accuracy on
/// the 280 pivot pairs is flat at its peak from 0.58 to 0.68 (98.9–99.3%); the threshold sits
/// at the low, stricter end of that plateau, 0.6, since a false accept costs a KYC business more
/// than a retake. The score is a logistic curve in the distance fitted to the pivot pairs'
/// same/different labels (fitted slope 36.2, midpoint 0.607), shifted so 0.5 falls exactly on
/// the threshold.
public enum FaceMatchCalibration {
    public static let threshold = 0.6
    /// Logistic slope (per unit of distance).
    public static let slope = 36.0

    public static func score(distance: Double) -> Double {
        1 / (1 + exp(slope * (distance - threshold)))
    }

    public static func distance(_ a: [Float], _ b: [Float]) -> Double { FaceDescriptorDistance.between(a, b) }
}
