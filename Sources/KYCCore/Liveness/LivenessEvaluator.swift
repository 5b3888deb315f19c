import Foundation

/// Turns what was seen in each frame into liveness signals and a verdict. Pure: the same
/// observations always give the same report.
public struct LivenessEvaluator: Sendable {
    public let policy: LivenessPolicy

    public init(policy: LivenessPolicy = LivenessPolicy()) { self.policy = policy }

    /// `knownHashes`: frame hashes kept from this tenant's earlier sessions.
    public func evaluate(_ frames: [FrameObservation], challenge: LivenessChallenge, selfie: SelfieReference? = nil,
                         knownHashes: [FrameHash] = []) -> LivenessReport {
        let tracker = ChallengeTracker(policy: policy)
        let faced = frames.filter { $0.faceCount >= 1 && $0.pose != nil }
        let poses = faced.compactMap(\.pose)
        let performed = tracker.performed(poses)
        let completed = tracker.completed(challenge, performed: performed)

        var signals = presence(frames)
        signals.append(contentsOf: samePerson(faced, start: ChallengeTracker.start(of: poses)))
        if let selfie { signals.append(contentsOf: selfieSignals(frames, selfie: selfie)) }
        signals.append(LivenessSignal(
            "challenge", value: Double(completed), threshold: Double(challenge.moves.count),
            passed: completed == challenge.moves.count,
            detail: "\(completed)/\(challenge.moves.count) done (performed: "
                + (performed.isEmpty ? "none" : performed.map(\.rawValue).joined(separator: ",")) + ")"))
        signals.append(contentsOf: depthSignals(poses, frames: faced))
        signals.append(contentsOf: replaySignals(frames, knownHashes: knownHashes))
        if let timing = timing(frames, moves: challenge.moves.count) { signals.append(timing) }
        signals.append(contentsOf: passiveSignals(faced))

        let start = ChallengeTracker.start(of: poses)
        let summaries = frames.enumerated().map { index, frame in
            LivenessFrameSummary(
                index: index, faces: frame.faceCount, faceSize: frame.faceSize.rounded(),
                yaw: frame.pose.map { rounded($0.yaw) }, pitch: frame.pose.map { rounded($0.pitch) },
                moves: frame.pose.flatMap { pose in start.map { tracker.moves(at: pose, from: $0) } }
                    .map { moves in LivenessMove.allCases.filter(moves.contains).map(\.rawValue) } ?? [],
                faceFlatness: frame.faceFlatness.map(rounded), surroundResidual: frame.surroundResidual.map(rounded))
        }
        return LivenessReport(challenge: challenge, movesCompleted: completed, signals: signals,
                              frames: summaries, frameHashes: frames.map(\.hash))
    }

    // MARK: - Faces

    private func presence(_ frames: [FrameObservation]) -> [LivenessSignal] {
        let withFace = frames.filter { $0.faceCount >= 1 }.count
        let tracked = frames.filter(\.tracked).count
        let mostFaces = frames.map(\.faceCount).max() ?? 0
        let smallest = frames.filter { $0.faceCount >= 1 }.map(\.faceSize).min() ?? 0
        let allowedMissing = frames.count * policy.faceMissingPerTenFrames / 10
        let countOK = (policy.minFrames...policy.maxFrames).contains(frames.count)
        return [
            LivenessSignal("frames", value: Double(frames.count), threshold: Double(policy.minFrames), passed: countOK,
                           detail: "\(frames.count) (\(policy.minFrames)–\(policy.maxFrames) accepted)"),
            LivenessSignal("face_in_every_frame", value: Double(withFace), threshold: Double(frames.count - allowedMissing),
                           passed: !frames.isEmpty && withFace >= frames.count - allowedMissing,
                           detail: "\(withFace)/\(frames.count)" + (tracked > 0 ? " (\(tracked) tracked from a neighbouring frame)" : "")),
            LivenessSignal("single_face", value: Double(mostFaces), threshold: 1, passed: mostFaces <= 1,
                           detail: "at most \(mostFaces) per frame"),
            LivenessSignal("face_size", value: smallest, .atLeast, policy.minFaceSize, spread: 10,
                           detail: "smallest \(Int(smallest)) px"),
        ]
    }

    /// Identity across poses, in two signals. A head turned towards profile moves far from its
    /// own frontal descriptor, so one limit for every frame either rejects real turns or lets a
    /// stranger in; instead:
    /// - `same_person`: every frame against the most central frontal face (the anchor), with a
    ///   limit that grows with how far that frame is turned (`samePersonPerYaw`, up to
    ///   `samePersonMaxDistance`), so frontal frames are held to the 1:1 `no_match` limit;
    /// - `face_track`: every frame must reach the anchor through a chain of frames whose every
    ///   link is a close match — a turn passes through intermediate poses, each near the last,
    ///   while a stranger is far from every frame of the user. Its value is the longest link
    ///   such a chain needs (the largest edge of the distances' minimum spanning tree).
    private func samePerson(_ faced: [FrameObservation], start: HeadPose?) -> [LivenessSignal] {
        let frames = faced.filter { $0.descriptor != nil }
        guard frames.count >= 2, let start else {
            let detail = "fewer than two faces to compare"
            return [LivenessSignal("same_person", value: 0, threshold: policy.samePersonDistance, passed: false, detail: detail),
                    LivenessSignal("face_track", value: 0, threshold: policy.trackLinkDistance, passed: false, detail: detail)]
        }
        let descriptors = frames.map { $0.descriptor! }
        let distances = descriptors.map { a in descriptors.map { b in FaceDescriptorDistance.between(a, b) } }
        let turns = frames.map { abs(($0.pose?.yaw ?? start.yaw) - start.yaw) }
        let frontal = frames.indices.filter { turns[$0] < policy.turnYaw }
        let candidates = frontal.isEmpty ? Array(frames.indices) : frontal
        let anchor = candidates.min { distances[$0].reduce(0, +) < distances[$1].reduce(0, +) }!
        // How far beyond its own pose-aware limit each frame lies (≤ 0: inside).
        let excess = frames.indices.map { index in distances[anchor][index] - allowedDistance(turned: turns[index]) }
        let worst = excess.indices.max { excess[$0] < excess[$1] }!
        let link = Self.longestSpanningLink(distances)
        return [
            LivenessSignal("same_person", value: rounded(distances[anchor][worst]), .atMost, allowedDistance(turned: turns[worst]),
                           spread: 0.03, detail: "largest distance to the frontal face, for its pose: \(format(distances[anchor][worst])) "
                               + "at turn \(format(turns[worst])) (limit \(format(allowedDistance(turned: turns[worst]))))"),
            LivenessSignal("face_track", value: rounded(link), .atMost, policy.trackLinkDistance, spread: 0.03,
                           detail: "every frame reaches the frontal face through links of at most \(format(link))"),
        ]
    }

    /// The `same_person` limit for a frame turned `turned` eye distances from the start.
    private func allowedDistance(turned: Double) -> Double {
        min(policy.samePersonMaxDistance,
            policy.samePersonDistance + policy.samePersonPerYaw * max(0, turned - policy.turnYaw))
    }

    /// The largest edge of the minimum spanning tree of a complete distance matrix (Prim): the
    /// shortest "longest link" that connects every frame to every other.
    public static func longestSpanningLink(_ distances: [[Double]]) -> Double {
        guard distances.count > 1 else { return 0 }
        var reached = [Bool](repeating: false, count: distances.count)
        var nearest = distances[0]
        reached[0] = true
        var longest = 0.0
        for _ in 1..<distances.count {
            let next = nearest.indices.filter { !reached[$0] }.min { nearest[$0] < nearest[$1] }!
            longest = max(longest, nearest[next])
            reached[next] = true
            for index in nearest.indices where !reached[index] { nearest[index] = min(nearest[index], distances[next][index]) }
        }
        return longest
    }

    private func selfieSignals(_ frames: [FrameObservation], selfie: SelfieReference) -> [LivenessSignal] {
        let distances = selfie.descriptor.map { reference in
            frames.compactMap(\.descriptor).map { FaceDescriptorDistance.between($0, reference) }.sorted()
        } ?? []
        let closestFace = distances.first ?? 2  // the frame most like the selfie: usually the frontal one
        let closest = frames.map { $0.hash.distance(to: selfie.hash) }.min() ?? 256
        return [
            LivenessSignal("matches_selfie", value: rounded(closestFace), .atMost, policy.selfieDistance, spread: 0.03,
                           detail: "closest distance \(format(closestFace))"),
            LivenessSignal("selfie_replay", value: Double(closest), threshold: Double(policy.sameImageBits),
                           passed: closest > policy.sameImageBits, detail: "closest frame \(closest) bits from the selfie"),
        ]
    }

    // MARK: - 3-D structure

    /// `parallax`: the largest nose offset from the eye line's midpoint, relative to the first
    /// frame (a photo turned about its vertical or horizontal axis keeps it near 0).
    /// `eye_depth`: while turned, how much the eye-width ratio changed per unit of that offset
    /// (a real head ≈ 1; any flat photo, sheared or not, ≈ 0).
    private func depthSignals(_ poses: [HeadPose], frames: [FrameObservation]) -> [LivenessSignal] {
        guard let start = ChallengeTracker.start(of: poses) else {
            return [LivenessSignal("parallax", value: 0, threshold: policy.turnYaw, passed: false, detail: "no face"),
                    LivenessSignal("surround_motion", value: 0, threshold: policy.minSurroundMotionPerTurn, passed: true,
                                   detail: "not measured (no face)", measured: false),
                    faceRelief(frames),
                    LivenessSignal("eye_depth", value: 0, threshold: policy.minEyeDepth, passed: false, detail: "no face")]
        }
        let parallax = poses.map { abs($0.yaw - start.yaw) }.max() ?? 0
        let slopes = poses.compactMap { pose -> Double? in
            let yaw = pose.yaw - start.yaw
            guard abs(yaw) >= policy.turnYaw else { return nil }
            return (pose.eyeWidthRatio - start.eyeWidthRatio) / yaw
        }
        let depth = Self.median(slopes)
        return [
            LivenessSignal("parallax", value: rounded(parallax), .atLeast, policy.turnYaw, spread: 0.02,
                           detail: format(parallax)),
            surroundMotion(frames, start: start),
            faceRelief(frames),
            LivenessSignal("eye_depth", value: rounded(depth), .atLeast, policy.minEyeDepth, spread: 0.1,
                           detail: slopes.isEmpty ? "no turned frame" : "\(format(depth)) over \(slopes.count) turned frames"),
        ]
    }

    /// `surround_motion`: on turned frames, how far the landmarks moved against what surrounds
    /// the head, per unit of turn. A photo held up carries its printed background with the face
    /// (≈ 0); a head turns against the room, further the more it turns — so a slight real turn
    /// is not held to what a strong one shows. Not measurable when the surroundings have too
    /// little texture to match, and then not held against the burst.
    private func surroundMotion(_ frames: [FrameObservation], start: HeadPose) -> LivenessSignal {
        let perTurn = frames.compactMap { frame -> Double? in
            guard let residual = frame.surroundResidual, let pose = frame.pose else { return nil }
            return residual / max(abs(pose.yaw - start.yaw), policy.turnYaw)
        }
        return turnedFrameSignal("surround_motion", perTurn, .atLeast, policy.minSurroundMotionPerTurn,
                                 spread: 0.1, unmeasured: "textured surroundings") { "\(format($0)) per unit of turn" }
    }

    /// `face_relief`: on turned frames, the share of the face's feature matches that one plane
    /// explains. A flat photo, tilted any way, stays one plane (≈ 1); a turning head does not.
    private func faceRelief(_ frames: [FrameObservation]) -> LivenessSignal {
        turnedFrameSignal("face_relief", frames.compactMap(\.faceFlatness), .atMost, policy.maxFaceFlatness,
                          spread: 0.05, unmeasured: "enough face detail") { "\(Int(($0 * 100).rounded()))% of face features on one plane" }
    }

    /// The median of a measure taken on turned frames. When none could be taken it does not stop
    /// the burst (plain walls are common) but is marked unmeasured, so a verification sends the
    /// case to a person instead of counting it as passed.
    private func turnedFrameSignal(_ name: String, _ values: [Double], _ direction: LivenessSignal.Direction,
                                   _ threshold: Double, spread: Double, unmeasured: String,
                                   describe: (Double) -> String) -> LivenessSignal {
        guard !values.isEmpty else {
            return LivenessSignal(name, value: 0, threshold: threshold, passed: true,
                                  detail: "not measured (no turned frame with \(unmeasured))", measured: false)
        }
        let median = Self.median(values)
        return LivenessSignal(name, value: rounded(median), direction, threshold, spread: spread,
                              detail: "\(describe(median)) over \(values.count) turned frames")
    }

    // MARK: - Replay

    private func replaySignals(_ frames: [FrameObservation], knownHashes: [FrameHash]) -> [LivenessSignal] {
        var repeats = 0
        var smallest = Double.infinity
        for i in frames.indices {
            for j in frames.indices where j > i && !(policy.stillNeighboursAllowed && j == i + 1) {
                let difference = Self.meanDifference(frames[i].patch, frames[j].patch)
                smallest = min(smallest, difference)
                if difference < policy.repeatDifference { repeats += 1 }
            }
        }
        let reused = frames.filter { frame in
            knownHashes.contains { $0.distance(to: frame.hash) <= policy.sameImageBits }
        }.count
        let replayLimit = max(2, Int((policy.replayedShare * Double(frames.count)).rounded(.up)))
        return [
            LivenessSignal("repeated_frames", value: Double(repeats), threshold: 0, passed: repeats == 0,
                           detail: "\(repeats) near-identical pairs (closest \(smallest.isFinite ? format(smallest) : "–"))"),
            LivenessSignal("earlier_session_replay", value: Double(reused), threshold: Double(replayLimit),
                           passed: reused < replayLimit, detail: "\(reused) frames seen in earlier sessions"),
        ]
    }

    private func timing(_ frames: [FrameObservation], moves: Int) -> LivenessSignal? {
        let stamps = frames.compactMap(\.timestamp)
        guard stamps.count == frames.count, !stamps.isEmpty else {
            guard policy.requireTimestamps else { return nil }
            return LivenessSignal("timing", value: 0, threshold: 0, passed: false, detail: "capture timestamps missing")
        }
        let gaps = zip(stamps.dropFirst(), stamps).map { $0 - $1 }
        let span = (stamps.last ?? 0) - (stamps.first ?? 0)
        let plausible = gaps.allSatisfy { policy.frameGap.contains($0) } && span <= policy.maxSpan
        let shortest = gaps.min() ?? 0, longest = gaps.max() ?? 0
        return LivenessSignal("timing", value: span / 1000, threshold: policy.maxSpan / 1000, passed: plausible,
                              detail: "\(format(span / 1000)) s, gaps \(Int(shortest))–\(Int(longest)) ms")
    }

    // MARK: - Passive cues

    private func passiveSignals(_ faced: [FrameObservation]) -> [LivenessSignal] {
        guard !faced.isEmpty else { return [] }
        let moire = Self.median(faced.map(\.moire))
        let bordered = Double(faced.filter { $0.border >= 0.75 }.count) / Double(faced.count)
        let deviceEdged = Double(faced.filter(\.deviceEdge).count) / Double(faced.count)
        let range = Self.median(faced.map(\.dynamicRange))
        // A screen's pixel grid beats with the sensor's at a scale that depends on the distance.
        let pattern = Self.median(faced.map(\.screenPattern))
        return [
            LivenessSignal("moire", value: rounded(moire), .atMost, policy.maxMoire, spread: 0.1, detail: format(moire)),
            LivenessSignal("frame_border", value: rounded(bordered), .atMost, policy.maxBorderedFrames, spread: 0.1,
                           detail: "\(Int((bordered * 100).rounded()))% of frames framed"),
            LivenessSignal("device_edge", value: rounded(deviceEdged), .atMost, policy.maxDeviceEdgeFrames, spread: 0.1,
                           detail: "\(Int((deviceEdged * 100).rounded()))% of frames with a device's edge below the face"),
            LivenessSignal("flat_colour", value: rounded(range), .atLeast, policy.minDynamicRange, spread: 0.03,
                           detail: "tonal range \(format(range)), saturation \(format(Self.median(faced.map(\.saturation))))"),
            LivenessSignal("screen_pattern", value: rounded(pattern), .atMost, policy.maxScreenPattern, spread: 0.1,
                           detail: "strongest periodic peak over three scales \(format(pattern))"),
            recaptureTexture(faced),
        ]
    }

    /// `recapture_texture`: the recapture model's mean score over the faced frames. Frames
    /// without a texture (none in a burst the analyzer saw) leave it unmeasured, which a
    /// verification never counts as passed.
    private func recaptureTexture(_ faced: [FrameObservation]) -> LivenessSignal {
        let scores = faced.compactMap { RecaptureModel.trained.score($0.texture) }
        guard !scores.isEmpty else {
            return LivenessSignal("recapture_texture", value: 0, threshold: policy.maxRecaptureScore, passed: true,
                                  detail: "not measured (no face texture)", measured: false)
        }
        let mean = scores.reduce(0, +) / Double(scores.count)
        return LivenessSignal("recapture_texture", value: rounded(mean), .atMost, policy.maxRecaptureScore, spread: 0.5,
                              detail: "colour texture of a recaptured face \(format(mean)) over \(scores.count) frames")
    }

    // MARK: - Helpers

    static func meanDifference(_ a: [UInt8], _ b: [UInt8]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return .infinity }
        let total = zip(a, b).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
        return Double(total) / Double(a.count)
    }

    /// The middle value, or the mean of the two middle ones: turned frames often come in pairs,
    /// and the upper one alone would let a single frame decide.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    private func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
