import Foundation

/// One measured signal, its limit and whether it passed, kept for the reviewer.
public struct LivenessSignal: Sendable, Codable, Equatable {
    public let name: String
    public let value: Double
    public let threshold: Double
    public let passed: Bool
    /// 0–1, 0.5 exactly at the threshold: how clearly the signal passed or failed.
    public let score: Double
    public let detail: String

    enum Direction { case atLeast, atMost }

    /// A continuous signal; `spread` sets how fast the score saturates away from the threshold.
    init(_ name: String, value: Double, _ direction: Direction, _ threshold: Double, spread: Double, detail: String) {
        self.name = name
        self.value = value
        self.threshold = threshold
        let margin = direction == .atLeast ? value - threshold : threshold - value
        passed = margin >= 0
        score = 1 / (1 + exp(-margin / spread))
        self.detail = detail
    }

    /// A yes/no signal (counts that must be zero, structure that must hold).
    init(_ name: String, value: Double, threshold: Double, passed: Bool, detail: String) {
        self.name = name
        self.value = value
        self.threshold = threshold
        self.passed = passed
        score = passed ? 1 : 0
        self.detail = detail
    }
}

/// Pose and face of one frame, for the reviewer's timeline.
public struct LivenessFrameSummary: Sendable, Codable, Equatable {
    public let index: Int
    public let faces: Int
    public let faceSize: Double
    public let yaw: Double?
    public let pitch: Double?
    /// Moves this frame shows relative to the first frame.
    public let moves: [String]
    /// On turned frames: the share of face features one plane explains (`face_relief`) and how
    /// far the landmarks moved against the surroundings (`surround_motion`), when measured.
    public let faceFlatness: Double?
    public let surroundResidual: Double?

    enum CodingKeys: String, CodingKey {
        case index, faces, yaw, pitch, moves
        case faceSize = "face_size"
        case faceFlatness = "face_flatness"
        case surroundResidual = "surround_residual"
    }
}

/// The liveness verdict: passed only when every signal passed; the score is the weakest signal's.
public struct LivenessReport: Sendable, Encodable, Equatable {
    public let livenessPassed: Bool
    public let livenessScore: Double
    public let challenge: [String]
    public let movesCompleted: Int
    /// "challenge 3/3 done, parallax 0.21, moiré 0.62 …": the signals in one line.
    public let summary: String
    public let failed: [String]
    public let signals: [LivenessSignal]
    public let frames: [LivenessFrameSummary]
    /// Hashes of the frames, to store and compare with later sessions (not sent to clients).
    public let frameHashes: [FrameHash]

    enum CodingKeys: String, CodingKey {
        case livenessPassed = "liveness_passed", livenessScore = "liveness_score"
        case challenge, summary, failed, signals, frames
        case movesCompleted = "moves_completed"
    }

    init(challenge: LivenessChallenge, movesCompleted: Int, signals: [LivenessSignal],
         frames: [LivenessFrameSummary], frameHashes: [FrameHash]) {
        self.challenge = challenge.moves.map(\.rawValue)
        self.movesCompleted = movesCompleted
        self.signals = signals
        self.frames = frames
        self.frameHashes = frameHashes
        failed = signals.filter { !$0.passed }.map(\.name)
        livenessPassed = failed.isEmpty
        livenessScore = signals.map(\.score).min() ?? 0
        summary = signals.map { "\($0.name) \($0.detail)" }.joined(separator: ", ")
    }
}
