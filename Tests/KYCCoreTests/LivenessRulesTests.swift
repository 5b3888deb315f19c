import Foundation
import KYCCore
import Testing

@Suite("Liveness rules: challenges, head pose, move order, hashes")
struct LivenessRulesTests {
    /// Five dlib-ordered landmarks for a face whose nose sits `yaw` eye distances right of centre
    /// and `drop` below the eyes, eye distance 100 px, with the given eye widths.
    func landmarks(yaw: Double = 0, drop: Double = 0.75, scale: Double = 1, leftWidth: Double = 30,
                   rightWidth: Double = 30) -> [[Double]] {
        let d = 100 * scale
        return [[300 + d / 2 + rightWidth * scale / 2, 200], [300 + d / 2 - rightWidth * scale / 2, 200],
                [300 - d / 2 - leftWidth * scale / 2, 200], [300 - d / 2 + leftWidth * scale / 2, 200],
                [300 + yaw * d, 200 + drop * d]]
    }

    func pose(_ points: [[Double]]) throws -> HeadPose { try #require(HeadPose(landmarks: points)) }

    @Test("random challenges have 2–4 moves, no move twice in a row, and a turn")
    func randomChallenges() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let moves = LivenessChallenge.random(using: &generator).moves
            #expect((2...4).contains(moves.count))
            #expect(moves.contains { $0.isTurn })
            #expect(zip(moves, moves.dropFirst()).allSatisfy { $0 != $1 })
        }
    }

    @Test("challenges parse short and API names; unknown moves are a parameter error")
    func parsing() throws {
        #expect(try LivenessChallenge(parsing: "left,right,up").moves == [.turnLeft, .turnRight, .lookUp])
        #expect(try LivenessChallenge(parsing: "turn_left,move_closer").encoded == "turn_left,move_closer")
        #expect(throws: KYCError.self) { try LivenessChallenge(parsing: "left,jump") }
    }

    @Test("pose: the nose's offset gives yaw, its drop gives pitch, eye widths give depth")
    func headPose() throws {
        let frontal = try pose(landmarks())
        #expect(abs(frontal.yaw) < 1e-9 && abs(frontal.pitch - 0.75) < 1e-9 && abs(frontal.eyeWidthRatio) < 1e-9)
        let turned = try pose(landmarks(yaw: 0.2, leftWidth: 36, rightWidth: 24))
        #expect(abs(turned.yaw - 0.2) < 1e-9)
        #expect(turned.eyeWidthRatio > 0.3)
        #expect(HeadPose(landmarks: [[1, 2]]) == nil)
    }

    @Test("moves are found in order; wrong order and doing every move fail")
    func order() throws {
        let tracker = ChallengeTracker(policy: LivenessPolicy())
        let neutral = try pose(landmarks())
        let left = try pose(landmarks(yaw: 0.2)), right = try pose(landmarks(yaw: -0.2))
        let up = try pose(landmarks(drop: 0.65)), closer = try pose(landmarks(scale: 1.4))
        let challenge = try LivenessChallenge(moves: [.turnLeft, .lookUp])
        let done = tracker.performed([neutral, neutral, left, left, neutral, up, neutral])
        #expect(done == [.turnLeft, .lookUp])
        #expect(tracker.completed(challenge, performed: done) == 2)
        let swapped = tracker.performed([neutral, neutral, up, neutral, left])
        #expect(tracker.completed(challenge, performed: swapped) == 1)
        let everything = tracker.performed([neutral, neutral, right, neutral, left, neutral, closer, neutral, up])
        #expect(tracker.completed(challenge, performed: everything) == 0)
    }

    @Test("frame hashes round-trip through hex and count differing bits")
    func hashes() throws {
        let a = FrameHash(words: [0, 1, 2, .max])
        let b = try #require(FrameHash(hex: a.description))
        #expect(a == b && a.distance(to: b) == 0)
        #expect(a.distance(to: FrameHash(words: [1, 1, 2, .max])) == 1)
        #expect(FrameHash(hex: "xyz") == nil)
    }

    @Test("the evaluator rejects a still photo burst and explains why")
    func stillBurst() throws {
        let still = FrameObservation(timestamp: nil, faceCount: 1, faceSize: 200, pose: try pose(landmarks()),
                                     descriptor: [Float](repeating: 0.1, count: 128), hash: FrameHash(words: [1, 2, 3, 4]),
                                     patch: [UInt8](repeating: 100, count: 64 * 64), moire: 0.7, border: 0,
                                     dynamicRange: 0.6, saturation: 0.3)
        let report = LivenessEvaluator().evaluate(Array(repeating: still, count: 8),
                                                  challenge: try LivenessChallenge(moves: [.turnLeft, .turnRight]))
        #expect(!report.livenessPassed)
        #expect(Set(report.failed).isSuperset(of: ["challenge", "parallax", "eye_depth", "repeated_frames"]))
        #expect(report.livenessScore < 0.5)
        #expect(report.summary.contains("challenge 0/2 done"))
    }

    /// A unit descriptor at `angle` radians in the plane of axes `first` and `second`: two of
    /// them are 2·sin(Δangle/2) apart, so distances can be laid out exactly.
    func descriptor(_ angle: Double, first: Int = 0, second: Int = 1) -> [Float] {
        var values = [Float](repeating: 0, count: 128)
        values[first] = Float(cos(angle))
        values[second] = Float(sin(angle))
        return values
    }

    func observation(yaw: Double, descriptor: [Float], residual: Double? = nil) throws -> FrameObservation {
        FrameObservation(timestamp: nil, faceCount: 1, faceSize: 200, pose: try pose(landmarks(yaw: yaw)), descriptor: descriptor,
                         hash: FrameHash(words: [0, 0, 0, 0]), patch: [UInt8](repeating: UInt8(yaw * 100 + 100), count: 64 * 64),
                         moire: 0.7, border: 0, dynamicRange: 0.6, saturation: 0.3, surroundResidual: residual)
    }

    func signal(_ name: String, _ frames: [FrameObservation]) throws -> LivenessSignal {
        try #require(LivenessEvaluator().evaluate(frames, challenge: try LivenessChallenge(moves: [.turnLeft]))
            .signals.first { $0.name == name })
    }

    @Test("a head turning far keeps its identity: each pose near the last, the far one within its pose's limit")
    func identityAcrossPoses() throws {
        // Turning to 0.4 eye distances walks the descriptor 0.52 away from the frontal face in
        // steps of about 0.13: one limit for every frame (0.45) would call it someone else.
        let angles = [0, 0.01, 0.13, 0.26, 0.39, 0.53]
        let yaws = [0, 0.005, 0.1, 0.2, 0.3, 0.4]
        let frames = try zip(yaws, angles).map { try observation(yaw: $0, descriptor: descriptor($1)) }
        let farthest = FaceDescriptorDistance.between(descriptor(0), descriptor(0.53))
        #expect(farthest > LivenessPolicy().samePersonDistance)
        #expect(try signal("same_person", frames).passed)
        #expect(try signal("face_track", frames).passed)

        // Someone else in the two most turned frames, as far from every frame of the user as a
        // stranger is: within the far pose's limit, but no chain of close frames reaches them.
        // (Half a radian towards an axis no frame of the user has: 0.49 from the frontal face,
        // further from the rest.)
        let stranger = descriptor(0.5, first: 0, second: 2)
        var swapped = frames
        for index in [4, 5] { swapped[index] = try observation(yaw: yaws[index], descriptor: stranger) }
        #expect(try signal("same_person", swapped).passed)
        #expect(try signal("face_track", swapped).passed == false)
        // And a stranger facing the camera is held to the 1:1 no_match limit.
        var frontalStranger = frames
        frontalStranger[1] = try observation(yaw: 0.005, descriptor: stranger)
        #expect(try signal("same_person", frontalStranger).passed == false)
    }

    @Test("the longest link of the minimum spanning tree")
    func spanningLink() {
        let distances: [[Double]] = [[0, 0.1, 0.9, 0.8], [0.1, 0, 0.2, 0.7], [0.9, 0.2, 0, 0.3], [0.8, 0.7, 0.3, 0]]
        #expect(LivenessEvaluator.longestSpanningLink(distances) == 0.3)
        #expect(LivenessEvaluator.longestSpanningLink([[0]]) == 0)
    }

    @Test("surround motion is judged per unit of turn: a slight real turn passes, a photo's background moving with it fails")
    func surroundPerTurn() throws {
        let frames = { (residual: Double) throws in
            [try self.observation(yaw: 0, descriptor: self.descriptor(0)), try self.observation(yaw: 0, descriptor: self.descriptor(0.01)),
             try self.observation(yaw: 0.11, descriptor: self.descriptor(0.05), residual: residual)]
        }
        // 0.11 eye distances of turn moving the landmarks 0.11 against the room: a slight head
        // turn (a strong one moves them further), below the 0.15 a single limit would ask.
        #expect(try signal("surround_motion", frames(0.11)).passed)
        #expect(try signal("surround_motion", frames(0.03)).passed == false)
        let unmeasured = try signal("surround_motion", [try observation(yaw: 0, descriptor: descriptor(0)),
                                                        try observation(yaw: 0, descriptor: descriptor(0))])
        #expect(unmeasured.passed && !unmeasured.measured)
    }

    @Test("a turn whose face features all fit one plane is a photo: face_relief fails")
    func flatTurn() throws {
        let frame = { (yaw: Double, flatness: Double?) in
            FrameObservation(timestamp: nil, faceCount: 1, faceSize: 200, pose: try self.pose(self.landmarks(yaw: yaw)),
                             descriptor: [Float](repeating: 0.1, count: 128), hash: FrameHash(words: [0, 0, 0, 0]),
                             patch: [UInt8](repeating: UInt8(yaw * 100 + 100), count: 64 * 64), moire: 0.7, border: 0,
                             dynamicRange: 0.6, saturation: 0.3, faceFlatness: flatness)
        }
        let challenge = try LivenessChallenge(moves: [.turnLeft])
        let relief = { (flatness: Double) throws in
            LivenessEvaluator().evaluate([try frame(0, nil), try frame(0.01, nil), try frame(0.2, flatness), try frame(0.22, flatness)],
                                         challenge: challenge).signals.first { $0.name == "face_relief" }
        }
        #expect(try relief(0.9)?.passed == false)
        #expect(try relief(0.5)?.passed == true)
    }

    @Test("a device's edge below the face in one frame of four passes (a striped shirt may give one), in more it fails")
    func deviceEdgeShare() throws {
        let frames = { (edged: Int) throws in
            try (0..<8).map { index in
                var frame = try self.observation(yaw: 0, descriptor: self.descriptor(Double(index) * 0.01))
                frame.deviceEdge = index < edged
                return frame
            }
        }
        #expect(try signal("device_edge", frames(0)).passed)
        #expect(try signal("device_edge", frames(2)).passed)
        let replay = try signal("device_edge", frames(3))
        #expect(!replay.passed && replay.value == 0.375, "\(replay.detail)")
    }

    @Test("recapture_texture without a face texture, or with one of another layout, is unmeasured, never passed")
    func recaptureTextureUnmeasured() throws {
        let bare = try (0..<6).map { try self.observation(yaw: 0, descriptor: self.descriptor(Double($0) * 0.01)) }
        let missing = try signal("recapture_texture", bare)
        #expect(!missing.measured, "\(missing.detail)")
        let wrongLayout = try bare.map { frame in
            var frame = frame
            frame.texture = [Float](repeating: 0.1, count: RecaptureModel.trained.weights.count + 1)
            return frame
        }
        #expect(try !signal("recapture_texture", wrongLayout).measured)
        #expect(RecaptureModel.trained.score([]) == nil)
    }

    @Test("recapture_texture is the mean of the frames' scores under the trained model, judged at the policy's limit")
    func recaptureTextureMean() throws {
        let model = RecaptureModel.trained
        // All zero but the last number (a colour moment, weighed as it is), set so the frame
        // scores what is wanted.
        func texture(scoring target: Double) -> [Float] {
            var values = [Float](repeating: 0, count: model.weights.count)
            values[values.count - 1] = Float((target - model.bias) / model.weights[values.count - 1])
            return values
        }
        let limit = LivenessPolicy().maxRecaptureScore
        let frames = { (scores: [Double]) throws in
            try scores.enumerated().map { index, score in
                var frame = try self.observation(yaw: 0, descriptor: self.descriptor(Double(index) * 0.01))
                frame.texture = texture(scoring: score)
                return frame
            }
        }
        let live = try signal("recapture_texture", frames([limit - 2, limit - 1, limit - 1.5]))
        #expect(live.passed && live.measured && abs(live.value - (limit - 1.5)) < 0.01, "\(live.value)")
        let replay = try signal("recapture_texture", frames([limit + 1, limit + 0.5, limit - 0.3]))
        #expect(!replay.passed && abs(replay.value - (limit + 0.4)) < 0.01, "\(replay.value)")
    }

    @Test("implausible timestamps fail the timing signal")
    func timing() throws {
        var policy = LivenessPolicy()
        policy.requireTimestamps = true
        let frame = { (time: Double?) in
            FrameObservation(timestamp: time, faceCount: 1, faceSize: 200, pose: nil, descriptor: nil,
                             hash: FrameHash(words: [0, 0, 0, 0]), patch: [], moire: 0, border: 0, dynamicRange: 1, saturation: 0)
        }
        let evaluator = LivenessEvaluator(policy: policy)
        let challenge = try LivenessChallenge(moves: [.turnLeft])
        let timing = { (frames: [FrameObservation]) in evaluator.evaluate(frames, challenge: challenge).signals.first { $0.name == "timing" } }
        #expect(timing([0, 100, 200, 300, 400].map(frame))?.passed == true)
        #expect(timing([0, 100, 100, 300, 400].map(frame))?.passed == false)   // two frames at one instant
        #expect(timing([400, 300, 200, 100, 0].map(frame))?.passed == false)   // backwards
        #expect(timing([0, 100, 200, 300, nil].map(frame))?.passed == false)   // missing
    }

    @Test("a video may repeat the frame just before (the user held still), never a frame further back")
    func stillNeighbours() throws {
        let frame = { (shade: UInt8) in
            FrameObservation(timestamp: nil, faceCount: 1, faceSize: 200, pose: nil, descriptor: nil,
                             hash: FrameHash(words: [0, 0, 0, 0]), patch: [UInt8](repeating: shade, count: 64 * 64),
                             moire: 0, border: 0, dynamicRange: 1, saturation: 0)
        }
        var video = LivenessPolicy()
        video.stillNeighboursAllowed = true
        let repeats = { (policy: LivenessPolicy, shades: [UInt8]) throws in
            try #require(LivenessEvaluator(policy: policy).evaluate(shades.map(frame), challenge: LivenessChallenge(moves: [.turnLeft]))
                .signals.first { $0.name == "repeated_frames" }).value
        }
        #expect(try repeats(LivenessPolicy(), [10, 10, 30, 40]) == 1)
        #expect(try repeats(video, [10, 10, 30, 40]) == 0)
        #expect(try repeats(video, [10, 20, 10, 40]) == 1)
    }
}
