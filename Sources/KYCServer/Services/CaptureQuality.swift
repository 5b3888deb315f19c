import KYCCore
import KYCVision

/// The server's answer on a capture before the user moves on, so the Mini App can ask for a
/// retake at once instead of failing the verification later: a selfie must show exactly one
/// face, large, bright and sharp enough (the engine's quality checks, README "Face tools"); a
/// document photo must not be too dark to read. Nothing is stored when a check fails.
enum CaptureQuality {
    static func check(_ bytes: [UInt8], docType: DocumentType, engines: VisionEngines) async throws(KYCError) {
        switch docType {
        case .selfie:
            let detection = try await engines.face().detect(bytes)
            guard !detection.faces.isEmpty else { throw KYCError(.noFaceDetected, "No face was found in the selfie") }
            guard detection.faces.count == 1 else {
                throw KYCError(.multipleFaces, "\(detection.faces.count) faces were found in the selfie; only the user should be in it",
                               details: ["faces": String(detection.faces.count)])
            }
            let failed = Set(detection.quality.checks.filter { !$0.passed }.map(\.name))
            for (check, problem) in [("brightness_min", "too_dark"), ("sharpness", "blurry"), ("face_size", "face_too_small")]
            where failed.contains(check) {
                throw KYCError(.poorImageQuality, "The selfie is \(problem.replacingOccurrences(of: "_", with: " ")): take it again",
                               details: ["check": problem])
            }
        case .idFront, .idBack:
            let measures = try await engines.face().measure(bytes)
            if measures.brightness < QualityLimits().minBrightness {
                throw KYCError(.poorImageQuality, "The document photo is too dark to read: take it again in better light",
                               details: ["check": "too_dark"])
            }
        default:
            return
        }
    }
}
