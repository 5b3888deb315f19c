/// Follows the head through the frames and checks that the requested moves happened in order.
///
/// Each frame is compared with the start (the mean of the first two frames: the user starts
/// facing the camera): the nose's offset along the eye axis gives turns, its drop below the
/// eyes gives looking up (only while not turned, since a turn also lengthens it), the eye
/// distance gives moving closer. The moves performed are the onsets of those labels in time order; the challenge is
/// done when the requested moves appear among them in order with at most a set number of
/// extra moves (a user who overshoots once still passes; one who performs every move does not).
public struct ChallengeTracker: Sendable {
    public let policy: LivenessPolicy

    public init(policy: LivenessPolicy) { self.policy = policy }

    /// Moves shown by `pose` relative to `start`.
    public func moves(at pose: HeadPose, from start: HeadPose) -> Set<LivenessMove> {
        var found: Set<LivenessMove> = []
        let yaw = pose.yaw - start.yaw, pitch = pose.pitch - start.pitch
        if yaw >= policy.turnYaw { found.insert(.turnLeft) }
        if yaw <= -policy.turnYaw { found.insert(.turnRight) }
        if abs(yaw) < policy.turnYaw && pitch <= -policy.pitchChange { found.insert(.lookUp) }
        if pose.eyeDistance >= policy.closerScale * start.eyeDistance { found.insert(.moveCloser) }
        return found
    }

    /// The moves performed, in order of onset, consecutive repeats merged.
    public func performed(_ poses: [HeadPose]) -> [LivenessMove] {
        guard let start = Self.start(of: poses) else { return [] }
        var sequence: [LivenessMove] = []
        var previous: Set<LivenessMove> = []
        for pose in poses.dropFirst() {
            let current = moves(at: pose, from: start)
            for move in LivenessMove.allCases where current.contains(move) && !previous.contains(move) {
                if sequence.last != move { sequence.append(move) }
            }
            previous = current
        }
        return sequence
    }

    /// The pose everything is measured from: the mean of the first two frames, so one noisy
    /// first frame does not shift every later measure.
    public static func start(of poses: [HeadPose]) -> HeadPose? {
        let first = poses.prefix(2)
        guard !first.isEmpty else { return nil }
        let count = Double(first.count)
        return HeadPose(yaw: first.map(\.yaw).reduce(0, +) / count, pitch: first.map(\.pitch).reduce(0, +) / count,
                        eyeWidthRatio: first.map(\.eyeWidthRatio).reduce(0, +) / count,
                        eyeDistance: first.map(\.eyeDistance).reduce(0, +) / count)
    }

    /// How many requested moves were done in order (0 when too many other moves were made).
    public func completed(_ challenge: LivenessChallenge, performed: [LivenessMove]) -> Int {
        var matched = 0
        for move in performed where matched < challenge.moves.count && move == challenge.moves[matched] {
            matched += 1
        }
        return performed.count - matched > policy.extraMovesAllowed ? 0 : matched
    }
}
