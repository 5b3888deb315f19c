import CKYCVision
import KYCCore

/// One frame of a liveness burst: image bytes and, when the client sent it, its capture time.
public struct LivenessFrame: Sendable {
    public let bytes: [UInt8]
    /// Milliseconds, any origin.
    public let timestamp: Double?

    public init(bytes: [UInt8], timestamp: Double?) {
        self.bytes = bytes
        self.timestamp = timestamp
    }
}

/// The report and how long the frames took.
public struct LivenessAnalysis: Sendable {
    public let report: LivenessReport
    public let timings: [String: Double]
}

/// Runs the face engine over every frame (both engine copies in parallel), then the pure
/// evaluator over what it saw.
public struct LivenessAnalyzer: Sendable {
    public let engine: FaceEngine
    public let policy: LivenessPolicy
    /// Frames are searched for faces at this longest side: a liveness face fills the frame, and
    /// HOG at 480 px costs a third of 640 px.
    public var frameDetectionSide = 480

    public init(engine: FaceEngine, policy: LivenessPolicy = LivenessPolicy()) {
        self.engine = engine
        self.policy = policy
    }

    public func analyze(_ frames: [LivenessFrame], challenge: LivenessChallenge, selfie: [UInt8]? = nil,
                        knownHashes: [FrameHash] = []) async throws(KYCError) -> LivenessAnalysis {
        let clock = ContinuousClock()
        let start = clock.now
        let observed = try await observeAll(frames)
        let framesDone = clock.now
        var reference: SelfieReference?
        if let selfie {
            let seen = try await observe(LivenessFrame(bytes: selfie, timestamp: nil), detectionSide: 640)
            reference = SelfieReference(descriptor: seen.descriptor, hash: seen.hash)
        }
        let selfieDone = clock.now
        let report = LivenessEvaluator(policy: policy).evaluate(observed, challenge: challenge, selfie: reference,
                                                                knownHashes: knownHashes)
        var timings = ["frames_ms": (framesDone - start).milliseconds, "total_ms": (clock.now - start).milliseconds]
        if selfie != nil { timings["selfie_ms"] = (selfieDone - framesDone).milliseconds }
        return LivenessAnalysis(report: report, timings: timings)
    }

    private func observeAll(_ frames: [LivenessFrame]) async throws(KYCError) -> [FrameObservation] {
        do {
            return try await withThrowingTaskGroup(of: (Int, FrameObservation).self) { group in
                for (index, frame) in frames.enumerated() {
                    group.addTask { (index, try await observe(frame, detectionSide: frameDetectionSide)) }
                }
                var observed = [FrameObservation?](repeating: nil, count: frames.count)
                for try await (index, observation) in group { observed[index] = observation }
                return observed.compactMap { $0 }
            }
        } catch let error as KYCError {
            throw error
        } catch {
            throw KYCError(.internalError, "Liveness analysis failed")
        }
    }

    /// Decode, detect (upright only: camera frames are), landmarks, descriptor, passive cues.
    private func observe(_ frame: LivenessFrame, detectionSide: Int) async throws(KYCError) -> FrameObservation {
        let limits = engine.config.uploadLimits
        return try await engine.pool.run { handle throws(KYCError) in
            let image = try VisionImage.decode(frame.bytes, limits: limits)
            let faces = try FaceEngine.detectFaces(in: image, engine: handle, maxSide: detectionSide, cnn: false)
            var cues = kv_frame_cues()
            var status = kv_status()
            guard var face = faces.first else {
                var whole = [0, 0, Double(image.width), Double(image.height)]
                let result = whole.withUnsafeMutableBufferPointer { kv_frame_cues_measure(image.pointer, $0.baseAddress, &cues, &status) }
                guard result == 0 else { throw VisionFailure.error(from: status, fallback: .internalError) }
                return FrameObservation(timestamp: frame.timestamp, faceCount: 0, faceSize: 0, pose: nil, descriptor: nil,
                                        hash: FrameHash(cues), patch: [], moire: cues.moire, border: cues.border,
                                        dynamicRange: cues.dynamic_range, saturation: cues.saturation)
            }
            let box = FaceBox(face)
            var corners = [box.left, box.top, box.right, box.bottom]
            let measured = corners.withUnsafeMutableBufferPointer { kv_frame_cues_measure(image.pointer, $0.baseAddress, &cues, &status) }
            guard measured == 0 else { throw VisionFailure.error(from: status, fallback: .internalError) }
            var descriptor = [Float](repeating: 0, count: 128)
            let embedded = descriptor.withUnsafeMutableBufferPointer {
                kv_face_descriptor(handle, image.pointer, &face, $0.baseAddress, &status)
            }
            guard embedded == 0 else { throw VisionFailure.error(from: status, fallback: .internalError) }
            let patch = withUnsafeBytes(of: cues.patch) { Array($0) }
            // Background faces far smaller than the user's (posters, HOG's stray hits) do not
            // count, nor a second box on the user's own face (centre inside the first box).
            let count = 1 + faces.dropFirst().map(FaceBox.init).filter { other in
                let x = (other.left + other.right) / 2, y = (other.top + other.bottom) / 2
                let inside = x > box.left && x < box.right && y > box.top && y < box.bottom
                return other.size >= 0.4 * box.size && !inside
            }.count
            return FrameObservation(timestamp: frame.timestamp, faceCount: count, faceSize: box.size,
                                    pose: HeadPose(landmarks: box.landmarks), descriptor: descriptor, hash: FrameHash(cues),
                                    patch: patch, moire: cues.moire, border: cues.border,
                                    dynamicRange: cues.dynamic_range, saturation: cues.saturation)
        }
    }
}

extension FrameHash {
    init(_ cues: kv_frame_cues) {
        self.init(words: withUnsafeBytes(of: cues.frame_hash) { Array($0.bindMemory(to: UInt64.self)) })
    }
}
