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
