import KYCCore

/// `POST /session/{session_id}/liveness/challenge` response.
struct LivenessChallengeResponse: Encodable, Sendable {
    let sessionID: String
    /// Moves in order, e.g. ["turn_left", "look_up"].
    let challenge: [String]
    /// What the Mini App shows for each move.
    let instructions: [String]
    let expiresAt: String
    let attemptsLeft: Int

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", challenge, instructions
        case expiresAt = "expires_at", attemptsLeft = "attempts_left"
    }

    static func instruction(_ move: LivenessMove) -> String {
        switch move {
        case .turnLeft: "Turn your head to your left"
        case .turnRight: "Turn your head to your right"
        case .lookUp: "Tilt your head up"
        case .moveCloser: "Bring the phone closer to your face"
        }
    }
}

/// The liveness verdict in an upload response.
struct LivenessResultDTO: Encodable, Sendable {
    let challenge: [String]
    let movesCompleted: Int
    let summary: String
    let failed: [String]
    let signals: [LivenessSignal]

    enum CodingKeys: String, CodingKey {
        case challenge, summary, failed, signals
        case movesCompleted = "moves_completed"
    }

    init(_ report: LivenessReport) {
        challenge = report.challenge
        movesCompleted = report.movesCompleted
        summary = report.summary
        failed = report.failed
        signals = report.signals
    }
}
