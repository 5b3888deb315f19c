/// A linear model over a frame's colour texture (`FrameObservation.texture`) that leans
/// positive for a face filmed off a screen. A backlit panel, a second lens and a second sensor
/// leave the chroma's micro-texture flatter and its fine detail softer than a face in front of
/// the camera, before any pixel grid can be resolved. Fitted by `bench/recapture_model.py` on
/// screen replays of the shared real videos against real and generated genuine bursts; the
/// weights are in `RecaptureModel+Trained.swift`.
public struct RecaptureModel: Sendable {
    /// How many of the texture's numbers are histogram shares; the model weighs their square
    /// roots, which evens out the few large bins (flat skin) against the many small ones.
    static let histogramFeatures = 3 * 59

    public let bias: Double
    public let weights: [Double]

    public init(bias: Double, weights: [Double]) {
        self.bias = bias
        self.weights = weights
    }

    /// The frame's logit: above 0 it looks more like a recapture than a live face. Nil when the
    /// texture is missing or of another layout than the model's (a check that cannot run).
    public func score(_ texture: [Float]) -> Double? {
        guard !texture.isEmpty, texture.count == weights.count else { return nil }
        var total = bias
        for (index, value) in texture.enumerated() {
            let feature = index < Self.histogramFeatures ? Double(max(value, 0)).squareRoot() : Double(value)
            total += weights[index] * feature
        }
        return total
    }
}
