import CKYCVision
import Foundation
import KYCCore

/// Settings of the face engine.
public struct FaceEngineConfig: Sendable {
    /// Holds the three dlib model files (see `FaceEngine.requiredModels`).
    public var modelsDirectory: String
    /// Engine copies, one per worker thread; the default keeps both cores of a 2-core server busy.
    public var workers: Int
    /// Detection runs on a copy scaled down to this longest side (HOG is cheap at 640 px).
    public var detectionMaxSide: Int = 640
    /// Whether the slow CNN detector may run when HOG finds nothing.
    public var allowCNN: Bool = true
    public var uploadLimits = UploadLimits()
    public var quality = QualityLimits()

    public init(modelsDirectory: String, workers: Int = 2) {
        self.modelsDirectory = modelsDirectory
        self.workers = workers
    }
}

/// Which face is compared when an image holds several.
public enum FacePolicy: String, Sendable, Codable {
    /// Exactly one face, otherwise `MULTIPLE_FACES` (selfies: a second face is a warning sign).
    case single
    /// The largest face (ID cards print a small second "ghost" portrait).
    case largest
}

/// One image's faces, quality, and the descriptor of the face chosen by the policy.
public struct FaceAnalysis: Sendable, Encodable {
    public let detection: FaceDetection
    /// Biometric template: kept in memory for matching, never written out by `encode`.
    public let descriptor: [Float]
    /// Milliseconds per stage.
    public let timings: [String: Double]

    enum CodingKeys: String, CodingKey { case detection, timings }
}

/// Detection, alignment, 128-D embeddings and 1:1 matching, in-process on CPU with dlib.
public final class FaceEngine: Sendable {
    public static let requiredModels = [
        "shape_predictor_5_face_landmarks.dat",
        "dlib_face_recognition_resnet_model_v1.dat",
        "mmod_human_face_detector.dat",
    ]

    public let config: FaceEngineConfig
    let pool: EnginePool

    /// Loads the models once; fails naming the first missing file.
    public init(config: FaceEngineConfig) throws(KYCError) {
        for name in Self.requiredModels {
            let path = config.modelsDirectory + "/" + name
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw KYCError(.modelUnavailable,
                               "Missing face model \(path): run scripts/serve or scripts/test, which download it",
                               details: ["model": name])
            }
        }
        self.config = config
        pool = try EnginePool(modelsDirectory: config.modelsDirectory, size: config.workers)
    }

    /// Faces and quality, without descriptors.
    public func detect(_ bytes: [UInt8]) async throws(KYCError) -> FaceDetection {
        let config = config
        return try await pool.run { engine throws(KYCError) in
            try Self.locate(bytes, engine: engine, config: config).detection
        }
    }

    /// Brightness, sharpness and over-exposure of the whole image, without looking for faces:
    /// the first check on a photo of a document.
    public func measure(_ bytes: [UInt8]) async throws(KYCError) -> ImageMeasures {
        let limits = config.uploadLimits
        return try await pool.run { _ throws(KYCError) in try VisionImage.decode(bytes, limits: limits).quality() }
    }

    /// Faces in an image already decoded (a rectified document), with the turn that makes them
    /// upright, among `turns` (a flattened document lies long side horizontal: 0 or 2).
    func detect(in image: VisionImage, allowCNN: Bool, turns: [Int] = everyTurn) async throws(KYCError) -> FaceDetection {
        var adjusted = config
        adjusted.allowCNN = config.allowCNN && allowCNN
        let settings = adjusted
        return try await pool.run { engine throws(KYCError) in
            try Self.locate(image, engine: engine, config: settings, turns: turns).detection
        }
    }

    /// Faces, quality and the descriptor of the face `policy` picks.
    public func analyze(_ bytes: [UInt8], policy: FacePolicy = .single) async throws(KYCError) -> FaceAnalysis {
        let config = config
        return try await pool.run { engine throws(KYCError) in
            let clock = ContinuousClock()
            let start = clock.now
            let located = try Self.locate(bytes, engine: engine, config: config)
            let faces = located.detection.faces
            guard var face = located.rawFaces.first else {
                throw KYCError(.noFaceDetected, "No face found in the image")
            }
            if faces.count > 1 && policy == .single {
                throw KYCError(.multipleFaces, "\(faces.count) faces found where one was expected",
                               details: ["faces": String(faces.count)])
            }
            let embedStart = clock.now
            var descriptor = [Float](repeating: 0, count: 128)
            var status = kv_status()
            let result = descriptor.withUnsafeMutableBufferPointer {
                kv_face_descriptor(engine, located.image.pointer, &face, $0.baseAddress, &status)
            }
            guard result == 0 else { throw VisionFailure.error(from: status, fallback: .internalError) }
            var timings = located.timings
            timings["embed_ms"] = (clock.now - embedStart).milliseconds
            timings["total_ms"] = (clock.now - start).milliseconds
            return FaceAnalysis(detection: located.detection, descriptor: descriptor, timings: timings)
        }
    }

    /// Compares the face in `probe` (a selfie) with the face in `reference` (a selfie or an
    /// ID portrait) and calibrates the distance into a score and a decision.
    public func compare(_ probe: [UInt8], _ reference: [UInt8], probePolicy: FacePolicy = .single,
                        referencePolicy: FacePolicy = .largest) async throws(KYCError) -> FaceComparison {
        async let first = analyze(probe, policy: probePolicy)
        async let second = analyze(reference, policy: referencePolicy)
        let a: FaceAnalysis, b: FaceAnalysis
        do {
            (a, b) = try await (first, second)
        } catch let error as KYCError {
            throw error
        } catch {
            throw KYCError(.internalError, "Face comparison failed")
        }
        return FaceComparison(probe: a, reference: b)
    }

    // MARK: - Pipeline (runs on an engine's own thread)

    private struct Located {
        let image: VisionImage
        let detection: FaceDetection
        let rawFaces: [kv_face]
        let timings: [String: Double]
    }

    /// A detection score above which an upright face is taken without trying other turns.
    static let confidentScore = 0.5

    /// Decodes, then detects upright. Unless that finds a confident face, it also tries the
    /// image turned by 90°, 270° and 180° (phones save sideways photos) and keeps the turn
    /// whose best face scores highest: HOG finds spurious faces in a turned photo, but they
    /// score lower than the real face upright. Only if no turn finds anything does the CNN
    /// detector run, upright.
    private static func locate(_ bytes: [UInt8], engine: OpaquePointer, config: FaceEngineConfig) throws(KYCError) -> Located {
        let clock = ContinuousClock()
        let start = clock.now
        let upright = try VisionImage.decode(bytes, limits: config.uploadLimits)
        let located = try locate(upright, engine: engine, config: config)
        var timings = located.timings
        timings["decode_ms"] = (clock.now - start).milliseconds - (timings["detect_ms"] ?? 0)
        return Located(image: located.image, detection: located.detection, rawFaces: located.rawFaces, timings: timings)
    }

    /// Quarter turns a face is looked for in: upright first, then sideways, then upside down.
    static let everyTurn = [0, 1, 3, 2]

    private static func locate(_ upright: VisionImage, engine: OpaquePointer, config: FaceEngineConfig,
                               turns candidates: [Int] = everyTurn) throws(KYCError) -> Located {
        let clock = ContinuousClock()
        let decoded = clock.now
        var best: (image: VisionImage, turns: Int, faces: [kv_face])?
        for turns in candidates {
            guard let image = turns == 0 ? upright : upright.rotated(turns) else { continue }
            let faces = try detectFaces(in: image, engine: engine, maxSide: config.detectionMaxSide, cnn: false)
            guard let top = faces.map(\.score).max() else { continue }
            if top > (best?.faces.map(\.score).max() ?? -.infinity) { best = (image, turns, faces) }
            if turns == 0 && top >= confidentScore { break }
        }
        if best == nil && config.allowCNN {
            let faces = try detectFaces(in: upright, engine: engine, maxSide: config.detectionMaxSide, cnn: true)
            if !faces.isEmpty { best = (upright, 0, faces) }
        }
        let image = best?.image ?? upright
        let raw = best?.faces ?? []
        let faces = raw.map(FaceBox.init)
        let measures = try image.quality(in: faces.first)
        let detection = FaceDetection(
            width: image.width, height: image.height, rotation: best?.turns ?? 0, faces: faces,
            quality: QualityReport(measures: measures, face: faces.first, faceCount: faces.count, limits: config.quality))
        return Located(image: image, detection: detection, rawFaces: raw,
                       timings: ["detect_ms": (clock.now - decoded).milliseconds])
    }

    static func detectFaces(in image: VisionImage, engine: OpaquePointer, maxSide: Int,
                                    cnn: Bool) throws(KYCError) -> [kv_face] {
        var faces = [kv_face](repeating: kv_face(), count: 16)
        var status = kv_status()
        let count = faces.withUnsafeMutableBufferPointer {
            kv_detect_faces(engine, image.pointer, Int32(maxSide), cnn ? 1 : 0, $0.baseAddress, Int32($0.count), &status)
        }
        guard count >= 0 else { throw VisionFailure.error(from: status, fallback: .internalError) }
        return Array(faces.prefix(Int(count)))
    }
}

extension FaceBox {
    init(_ face: kv_face) {
        let points = withUnsafeBytes(of: face.landmarks) { Array($0.bindMemory(to: Double.self)) }
        let names = ["hog", "hog_upsampled", "cnn", "tracked"]
        self.init(left: face.left, top: face.top, right: face.right, bottom: face.bottom, score: face.score,
                  detector: names.indices.contains(Int(face.detector)) ? names[Int(face.detector)] : "unknown",
                  landmarks: stride(from: 0, to: 10, by: 2).map { [points[$0], points[$0 + 1]] })
    }
}
