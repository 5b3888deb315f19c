/// A face found in an image, in that image's pixel coordinates.
public struct FaceBox: Sendable, Codable, Equatable {
    public let left: Double
    public let top: Double
    public let right: Double
    public let bottom: Double
    /// Detector confidence.
    public let score: Double
    /// Which detector found it: "hog", "hog_upsampled" or "cnn".
    public let detector: String
    /// Five points (eye corners and nose base) as [x, y].
    public let landmarks: [[Double]]

    /// The shorter side of the box, in pixels: how large the face is.
    public var size: Double { min(right - left, bottom - top) }
}

/// Raw image measures, as numbers.
public struct ImageMeasures: Sendable, Codable, Equatable {
    /// Variance of the Laplacian at ≤ 512 px (higher is sharper).
    public let sharpness: Double
    /// Mean gray level 0–255.
    public let brightness: Double
    /// Fraction of pixels at 250 or above.
    public let overexposed: Double
    /// Fraction of pixels at 5 or below.
    public let underexposed: Double
}

/// Limits a capture must meet; each is reported as its own pass/fail so the Mini App can say
/// "too dark, try again" before the user submits.
public struct QualityLimits: Sendable, Equatable {
    public var minSharpness: Double = 40
    public var minBrightness: Double = 50
    public var maxBrightness: Double = 215
    public var maxOverexposed: Double = 0.20
    public var minFaceSize: Double = 80

    public init() {}
}

/// One quality check: the measured value, its limit, and whether it passed.
public struct QualityCheck: Sendable, Codable, Equatable {
    public let name: String
    public let value: Double
    public let limit: Double
    public let passed: Bool
}

/// Every quality check of one image and whether all passed.
public struct QualityReport: Sendable, Codable, Equatable {
    public let passed: Bool
    public let checks: [QualityCheck]
    public let measures: ImageMeasures

    init(measures: ImageMeasures, face: FaceBox?, faceCount: Int, limits: QualityLimits) {
        var checks = [
            QualityCheck(name: "sharpness", value: measures.sharpness, limit: limits.minSharpness,
                         passed: measures.sharpness >= limits.minSharpness),
            QualityCheck(name: "brightness_min", value: measures.brightness, limit: limits.minBrightness,
                         passed: measures.brightness >= limits.minBrightness),
            QualityCheck(name: "brightness_max", value: measures.brightness, limit: limits.maxBrightness,
                         passed: measures.brightness <= limits.maxBrightness),
            QualityCheck(name: "overexposed", value: measures.overexposed, limit: limits.maxOverexposed,
                         passed: measures.overexposed <= limits.maxOverexposed),
            QualityCheck(name: "face_count", value: Double(faceCount), limit: 1, passed: faceCount == 1),
        ]
        checks.append(QualityCheck(name: "face_size", value: face?.size ?? 0, limit: limits.minFaceSize,
                                   passed: (face?.size ?? 0) >= limits.minFaceSize))
        self.checks = checks
        self.measures = measures
        self.passed = checks.allSatisfy(\.passed)
    }
}

/// What detection found in one image.
public struct FaceDetection: Sendable, Codable {
    public let width: Int
    public let height: Int
    /// Clockwise quarter turns applied to find the faces (0 when upright).
    public let rotation: Int
    /// Largest first; coordinates are in the rotated image when `rotation` is not 0.
    public let faces: [FaceBox]
    /// Measured on the largest face (or the whole image when there is none).
    public let quality: QualityReport
}
