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
    /// What was seen in each frame, in capture order (for tools that study the signals).
    public let observations: [FrameObservation]
}

/// Runs the face engine over every frame (both engine copies in parallel), then the pure
/// evaluator over what it saw:
/// 1. decode and detect every frame;
/// 2. where the detector missed a face that its neighbours show (a strong turn, motion blur),
///    take the nearest frame's box and find the landmarks there; the descriptor of that frame
///    must then match the others like any frame, so tracking cannot slip in someone else;
/// 3. descriptor and passive cues per frame;
/// 4. for turned frames, whether the face moved with its surroundings (a photo) or against them.
public struct LivenessAnalyzer: Sendable {
    public let engine: FaceEngine
    public let policy: LivenessPolicy
    /// Frames are searched for faces at this longest side: a liveness face fills the frame, and
    /// HOG at 480 px costs a third of 640 px.
    public var frameDetectionSide = 480
    /// How a video is cut into frames.
    public var videoSampling = LivenessVideoSampling()
    /// Size limits for frames and videos (the engine's by default).
    public var limits: UploadLimits

    public init(engine: FaceEngine, policy: LivenessPolicy = LivenessPolicy()) {
        self.engine = engine
        self.policy = policy
        self.limits = engine.config.uploadLimits
    }

    /// Judges an upload as it came: one WebM or MP4 video, or image frames with their capture
    /// times (one per frame; a video carries its own).
    public func analyze(upload files: [[UInt8]], timestamps: [Double]?, challenge: LivenessChallenge, selfie: [UInt8]? = nil,
                        knownHashes: [FrameHash] = []) async throws(KYCError) -> LivenessAnalysis {
        if files.count == 1, FileFormat.sniff(files[0])?.isVideo == true {
            guard timestamps == nil else {
                throw KYCError.invalid("timestamps", "a video carries its own frame times: send timestamps only with image frames")
            }
            return try await analyze(video: files[0], challenge: challenge, selfie: selfie, knownHashes: knownHashes)
        }
        if let timestamps, timestamps.count != files.count {
            throw KYCError.invalid("timestamps", "give one capture time per frame (\(files.count))")
        }
        let frames = files.enumerated().map { index, bytes in LivenessFrame(bytes: bytes, timestamp: timestamps?[index]) }
        return try await analyze(frames, challenge: challenge, selfie: selfie, knownHashes: knownHashes)
    }

    /// Judges a burst of still frames.
    public func analyze(_ frames: [LivenessFrame], challenge: LivenessChallenge, selfie: [UInt8]? = nil,
                        knownHashes: [FrameHash] = []) async throws(KYCError) -> LivenessAnalysis {
        let limits = self.limits, side = frameDetectionSide
        return try await judge(policy: policy, challenge: challenge, selfie: selfie, knownHashes: knownHashes) { () async throws(KYCError) in
            try await inParallel(frames) { frame, handle throws(KYCError) in
                // Every frame stays in memory until the burst is judged: keep at most 960 px of it
                // (a camera frame already is; a 40-megapixel upload would otherwise hold 120 MB).
                let image = try VisionImage.decode(frame.bytes, limits: limits).shrunk(toAtMost: Self.keptSide)
                return try Self.detect(image, timestamp: frame.timestamp, engine: handle, side: side)
            }
        }
    }

    /// Judges a short WebM or MP4 video: frames spread over it (see `videoSampling`) with the
    /// video's own frame times.
    public func analyze(video: [UInt8], challenge: LivenessChallenge, selfie: [UInt8]? = nil,
                        knownHashes: [FrameHash] = []) async throws(KYCError) -> LivenessAnalysis {
        let limits = self.limits, side = frameDetectionSide
        var policy = policy
        policy.stillNeighboursAllowed = true
        var capped = videoSampling
        capped.maxFrames = min(capped.maxFrames, policy.maxFrames)   // never more than a burst may have
        let sampling = capped
        return try await judge(policy: policy, challenge: challenge, selfie: selfie, knownHashes: knownHashes) { () async throws(KYCError) in
            let decoded = try await engine.pool.run { _ throws(KYCError) in
                try VisionImage.videoFrames(video, sampling: sampling, maxSide: Self.keptSide, limits: limits)
            }
            return try await inParallel(decoded) { frame, handle throws(KYCError) in
                try Self.detect(frame.image, timestamp: frame.timestamp, engine: handle, side: side)
            }
        }
    }

    /// Sees the frames (`see`), then describes them and runs the pure evaluator.
    private func judge(policy: LivenessPolicy, challenge: LivenessChallenge, selfie: [UInt8]?, knownHashes: [FrameHash],
                       see: () async throws(KYCError) -> [SeenFrame]) async throws(KYCError) -> LivenessAnalysis {
        let clock = ContinuousClock()
        let start = clock.now
        var seen = try await see()
        Self.fillGaps(&seen)
        var observed = try await inParallel(seen) { frame, handle throws(KYCError) in try Self.describe(frame, engine: handle) }
        try await measureSurroundMotion(seen, &observed)
        let framesDone = clock.now
        var reference: SelfieReference?
        if let selfie {
            let limits = self.limits
            let seen = try await engine.pool.run { handle throws(KYCError) in
                let image = try VisionImage.decode(selfie, limits: limits).shrunk(toAtMost: Self.keptSide)
                return try Self.describe(try Self.detect(image, timestamp: nil, engine: handle, side: 640), engine: handle)
            }
            reference = SelfieReference(descriptor: seen.descriptor, hash: seen.hash)
        }
        let selfieDone = clock.now
        let report = LivenessEvaluator(policy: policy).evaluate(observed, challenge: challenge, selfie: reference,
                                                                knownHashes: knownHashes)
        var timings = ["frames_ms": (framesDone - start).milliseconds, "total_ms": (clock.now - start).milliseconds]
        if selfie != nil { timings["selfie_ms"] = (selfieDone - framesDone).milliseconds }
        return LivenessAnalysis(report: report, timings: timings, observations: observed)
    }

    // MARK: - Steps

    /// A decoded frame and the faces in it (largest first); `tracked` when the face was
    /// borrowed from a neighbouring frame's box.
    struct SeenFrame: @unchecked Sendable {  // the image is only read, one engine call at a time
        let image: VisionImage
        let timestamp: Double?
        var faces: [kv_face]
        var tracked = false
    }

    /// Frames are kept at most this large while a burst is judged.
    static let keptSide = 960

    private static func detect(_ image: VisionImage, timestamp: Double?, engine: OpaquePointer,
                               side: Int) throws(KYCError) -> SeenFrame {
        let faces = try FaceEngine.detectFaces(in: image, engine: engine, maxSide: side, cnn: false)
        return SeenFrame(image: image, timestamp: timestamp, faces: faces)
    }

    /// Frames without a face get the box of the nearest frame with one (landmarks are found in
    /// step 3's engine call).
    static func fillGaps(_ frames: inout [SeenFrame]) {
        let found = frames.indices.filter { !frames[$0].faces.isEmpty }
        for index in frames.indices where frames[index].faces.isEmpty {
            guard let nearest = found.min(by: { abs($0 - index) < abs($1 - index) }) else { return }
            var borrowed = frames[nearest].faces[0]
            borrowed.detector = Int32(KV_DETECTOR_TRACKED.rawValue)
            frames[index].faces = [borrowed]
            frames[index].tracked = true
        }
    }

    private static func describe(_ frame: SeenFrame, engine: OpaquePointer) throws(KYCError) -> FrameObservation {
        var status = kv_status()
        var cues = kv_frame_cues()
        guard var face = frame.faces.first else {
            var whole = [0, 0, Double(frame.image.width), Double(frame.image.height)]
            let result = whole.withUnsafeMutableBufferPointer { kv_frame_cues_measure(frame.image.pointer, $0.baseAddress, &cues, &status) }
            guard result == 0 else { throw VisionFailure.error(from: status, fallback: .internalError) }
            return FrameObservation(timestamp: frame.timestamp, faceCount: 0, faceSize: 0, pose: nil, descriptor: nil,
                                    hash: FrameHash(cues), patch: [], moire: cues.moire, border: cues.border,
                                    dynamicRange: cues.dynamic_range, saturation: cues.saturation,
                                    screenPattern: cues.screen_pattern, deviceEdge: cues.device_edge != 0)
        }
        if frame.tracked, kv_face_in_box(engine, frame.image.pointer, &face, &status) != 0 {
            throw VisionFailure.error(from: status, fallback: .internalError)
        }
        let box = FaceBox(face)
        var corners = [box.left, box.top, box.right, box.bottom]
        let measured = corners.withUnsafeMutableBufferPointer { kv_frame_cues_measure(frame.image.pointer, $0.baseAddress, &cues, &status) }
        guard measured == 0 else { throw VisionFailure.error(from: status, fallback: .internalError) }
        var descriptor = [Float](repeating: 0, count: 128)
        let embedded = descriptor.withUnsafeMutableBufferPointer {
            kv_face_descriptor(engine, frame.image.pointer, &face, $0.baseAddress, &status)
        }
        guard embedded == 0 else { throw VisionFailure.error(from: status, fallback: .internalError) }
        // Background faces far smaller than the user's (posters, HOG's stray hits) do not
        // count, nor a second box on the user's own face (centre inside the first box).
        let count = 1 + frame.faces.dropFirst().map(FaceBox.init).filter { other in
            let x = (other.left + other.right) / 2, y = (other.top + other.bottom) / 2
            let inside = x > box.left && x < box.right && y > box.top && y < box.bottom
            return other.size >= 0.4 * box.size && !inside
        }.count
        return FrameObservation(timestamp: frame.timestamp, faceCount: count, faceSize: box.size,
                                pose: HeadPose(landmarks: box.landmarks), descriptor: descriptor, hash: FrameHash(cues),
                                patch: withUnsafeBytes(of: cues.patch) { Array($0) }, moire: cues.moire, border: cues.border,
                                dynamicRange: cues.dynamic_range, saturation: cues.saturation,
                                screenPattern: cues.screen_pattern, deviceEdge: cues.device_edge != 0,
                                texture: withUnsafeBytes(of: cues.texture) { Array($0.bindMemory(to: Float.self)) },
                                tracked: frame.tracked,
                                landmarks: box.landmarks, box: corners)
    }

    /// From the first frame to each turned frame (it is the turn that a photo cannot make):
    /// how far the landmarks moved against the surroundings, and how well one plane explains
    /// the face's own features. The two regions run side by side, each over all turned frames.
    private func measureSurroundMotion(_ seen: [SeenFrame], _ observed: inout [FrameObservation]) async throws(KYCError) {
        guard let first = observed.first, let firstLandmarks = first.landmarks, let firstBox = first.box,
              let start = ChallengeTracker.start(of: observed.compactMap(\.pose)) else { return }
        let turned = observed.indices.filter { index in
            guard let pose = observed[index].pose, index > 0, observed[index].landmarks != nil, observed[index].box != nil
            else { return false }
            return abs(pose.yaw - start.yaw) >= policy.turnYaw
        }
        guard !turned.isEmpty else { return }
        let job = PlaneMotionJob(from: seen[0].image, fromBox: firstBox, fromLandmarks: firstLandmarks.flatMap { $0 },
                                 to: turned.map { seen[$0].image }, toBoxes: turned.flatMap { observed[$0].box! },
                                 toLandmarks: turned.flatMap { observed[$0].landmarks!.flatMap { $0 } })
        let fits = try await inParallel([KV_REGION_SURROUNDINGS, KV_REGION_FACE]) { region, _ throws(KYCError) in
            try job.fits(region)
        }
        for (position, index) in turned.enumerated() {
            let surroundings = fits[0][position], face = fits[1][position]
            // Too few surroundings matches, or a fit that explains few of them, says nothing.
            if surroundings.inliers > 0, surroundings.inlier_share >= 0.3 { observed[index].surroundResidual = surroundings.residual }
            if face.inliers > 0 { observed[index].faceFlatness = face.inlier_share }
        }
    }

    struct PlaneMotionJob: @unchecked Sendable {  // images are only read
        let from: VisionImage
        let fromBox: [Double], fromLandmarks: [Double]
        let to: [VisionImage]
        let toBoxes: [Double], toLandmarks: [Double]

        func fits(_ region: kv_plane_region) throws(KYCError) -> [kv_plane_fit] {
            var status = kv_status()
            var fits = [kv_plane_fit](repeating: kv_plane_fit(), count: to.count)
            let targets: [OpaquePointer?] = to.map(\.pointer)
            let result = targets.withUnsafeBufferPointer { frames in
                fits.withUnsafeMutableBufferPointer { out in
                    kv_plane_motion(from.pointer, fromBox, fromLandmarks, frames.baseAddress, toBoxes, toLandmarks,
                                    Int32(to.count), Int32(region.rawValue), out.baseAddress, &status)
                }
            }
            guard result == 0 else { throw VisionFailure.error(from: status, fallback: .internalError) }
            return fits
        }
    }

    /// Runs `body` over `items` on the engine pool (one engine copy per call), keeping order.
    private func inParallel<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ body: @escaping @Sendable (Item, OpaquePointer) throws(KYCError) -> Result
    ) async throws(KYCError) -> [Result] {
        let pool = engine.pool
        do {
            return try await withThrowingTaskGroup(of: (Int, Result).self) { group in
                for (index, item) in items.enumerated() {
                    group.addTask { (index, try await pool.run { handle throws(KYCError) in try body(item, handle) }) }
                }
                var results = [Result?](repeating: nil, count: items.count)
                for try await (index, result) in group { results[index] = result }
                return results.compactMap { $0 }
            }
        } catch let error as KYCError {
            throw error
        } catch {
            throw KYCError(.internalError, "Liveness analysis failed")
        }
    }
}

extension FrameHash {
    init(_ cues: kv_frame_cues) {
        self.init(words: withUnsafeBytes(of: cues.frame_hash) { Array($0.bindMemory(to: UInt64.self)) })
    }
}
