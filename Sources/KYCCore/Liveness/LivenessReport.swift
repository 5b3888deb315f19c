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
    /// False when the signal could not be measured (a 3-D measure without enough texture):
    /// it then does not stop the burst, but a verification never counts it as passed.
    public let measured: Bool

    enum Direction { case atLeast, atMost }

    enum CodingKeys: String, CodingKey { case name, value, threshold, passed, score, detail, measured }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(value, forKey: .value)
        try c.encode(threshold, forKey: .threshold)
        try c.encode(passed, forKey: .passed)
        try c.encode(score, forKey: .score)
        try c.encode(detail, forKey: .detail)
        if !measured { try c.encode(false, forKey: .measured) }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        value = try c.decode(Double.self, forKey: .value)
        threshold = try c.decode(Double.self, forKey: .threshold)
        passed = try c.decode(Bool.self, forKey: .passed)
        score = try c.decode(Double.self, forKey: .score)
        detail = try c.decode(String.self, forKey: .detail)
        measured = try c.decodeIfPresent(Bool.self, forKey: .measured) ?? true
    }

    /// A continuous signal; `spread` sets how fast the score saturates away from the threshold.
    init(_ name: String, value: Double, _ direction: Direction, _ threshold: Double, spread: Double, detail: String) {
        self.name = name
        self.value = value
        self.threshold = threshold
        let margin = direction == .atLeast ? value - threshold : threshold - value
        passed = margin >= 0
        score = 1 / (1 + exp(-margin / spread))
        self.detail = detail
        measured = true
    }

    /// A yes/no signal (counts that must be zero, structure that must hold).
    init(_ name: String, value: Double, threshold: Double, passed: Bool, detail: String, measured: Bool = true) {
        self.name = name
        self.value = value
        self.threshold = threshold
        self.passed = passed
        score = passed ? 1 : 0
        self.detail = detail
        self.measured = measured
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
