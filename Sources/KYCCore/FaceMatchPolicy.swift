import Foundation

/// What a face comparison concludes: the same person clearly enough to act on alone, a case for
/// a person to look at, or different people.
public enum FaceMatchDecision: String, Sendable, Codable, CaseIterable {
    case match
    case review
    case noMatch = "no_match"
}

/// Where descriptor distances become decisions, for every place two faces are compared: the
/// selfie against the ID portrait, liveness frames against the selfie, and the duplicate search.
///
/// Distances are between descriptors of version `descriptorVersion` (the mean of a face's and
/// its mirror image's dlib ResNet outputs, scaled to length 1). The operating points were
/// chosen on `faces-lfw-black` (real photos of Black and African people, where dlib separates
/// faces worst) and checked on the original fixtures and the ID-style portraits; the numbers
/// behind each are in BENCHMARKS.md ("Face fairness") and the README ("Face matching").
public struct FaceMatchPolicy: Sendable, Equatable, Codable {
    /// The descriptor recipe these distances belong to. Templates stored with another version
    /// are not comparable with new descriptors at these operating points.
    public static let descriptorVersion = 2

    /// Below this a match is approved without a person: different people fall below it in 0.08%
    /// of pairs on faces-lfw-black (a normal fit of the impostor tail puts it at 0.13%).
    public var autoMatchBelow = 0.34
    /// `match: true` below this: about 1% of different-person pairs and 96% of same-person pairs
    /// on faces-lfw-black; the single-threshold answer of `face-match`.
    public var matchBelow = 0.38
    /// At and above this the faces are different people; no same-person pair of any shared set
    /// reaches it. Between `autoMatchBelow` and here a person decides.
    public var noMatchFrom = 0.45
    /// The duplicate search (one selfie against every enrolled face of the tenant) flags faces
    /// closer than this: tuned for few false flags in a large gallery (bench/face_duplicates.py).
    /// A hit goes to review, never rejects alone.
    public var duplicateWithin = 0.22
    /// Steepness of the score curve, centred on `matchBelow`: a logistic fit to the pivot pairs'
    /// same/different labels gave slope 56.9 and midpoint 0.387 (bench/face.sh). The score is
    /// then about 0.91 at `autoMatchBelow` and 0.02 at `noMatchFrom`.
    public var scoreSlope = 57.0

    public static let standard = FaceMatchPolicy()

    public init() {}

    public func decision(distance: Double) -> FaceMatchDecision {
        if distance < autoMatchBelow { return .match }
        return distance < noMatchFrom ? .review : .noMatch
    }

    /// The single-threshold answer: probably the same person.
    public func isMatch(distance: Double) -> Bool { distance < matchBelow }

    /// A probability-like score in [0, 1] that both faces are the same person.
    public func score(distance: Double) -> Double { 1 / (1 + exp(scoreSlope * (distance - matchBelow))) }
}
