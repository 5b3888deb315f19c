import Fluent
import Foundation
import KYCCore
import KYCVision
import SQLKit

/// Liveness challenges (issued at random, one attempt each, expiring) and the analysis of an
/// uploaded burst against the session's challenge, selfie and the tenant's earlier bursts.
enum LivenessService {
    /// How far back frame hashes are compared for replays.
    static let replayWindow: TimeInterval = 180 * 86_400

    /// Gives the session a fresh random challenge, replacing an unused one (which then cannot
    /// be used), as long as attempts remain.
    static func issueChallenge(for session: VerificationSession, config: AppConfig, now: Date,
                               on db: any Database) async throws -> LivenessChallengeResponse {
        try session.progress.requireWorkable(at: now)
        let issued = session.livenessChallengesIssued ?? 0
        guard issued < config.livenessAttempts else {
            throw KYCError(.livenessAttemptsExhausted, "This session has used all \(config.livenessAttempts) liveness attempts",
                           details: ["attempts": String(config.livenessAttempts)])
        }
        let challenge = LivenessChallenge.random()
        let expiresAt = min(now.addingTimeInterval(config.livenessChallengeTimeToLive), session.expiresAt)
        session.livenessChallenge = challenge.encoded
        session.livenessChallengeExpiresAt = expiresAt
        session.livenessChallengesIssued = issued + 1
        session.updatedAt = now
        try await session.save(on: db)
        return LivenessChallengeResponse(
            sessionID: try session.requireID().uuidString.lowercased(),
            challenge: challenge.moves.map(\.rawValue),
            instructions: challenge.moves.map(LivenessChallengeResponse.instruction),
            expiresAt: Timestamps.format(expiresAt),
            attemptsLeft: config.livenessAttempts - issued - 1)
    }

    /// The session's current challenge, or LIVENESS_CHALLENGE_REQUIRED.
    static func currentChallenge(of session: VerificationSession, now: Date) throws(KYCError) -> LivenessChallenge {
        guard let encoded = session.livenessChallenge, let expiresAt = session.livenessChallengeExpiresAt else {
            throw KYCError(.livenessChallengeRequired,
                           "Request a liveness challenge (POST /session/{session_id}/liveness/challenge) before uploading frames")
        }
        guard now < expiresAt else {
            throw KYCError(.livenessChallengeRequired, "The liveness challenge has expired: request a new one")
        }
        return try LivenessChallenge(parsing: encoded)
    }

    /// Marks the challenge used, atomically: of two uploads racing with one challenge, one wins.
    static func consume(_ challenge: LivenessChallenge, of session: VerificationSession, on db: any Database) async throws {
        let id = try session.requireID()
        let sql = try db.sql()
        let rows = try await sql.update(VerificationSession.schema)
            .set("liveness_challenge", to: SQLLiteral.null)
            .where("id", .equal, SQLBind(id))
            .where("liveness_challenge", .equal, SQLBind(challenge.encoded))
            .returning("id")
            .all()
        guard !rows.isEmpty else {
            throw KYCError(.livenessChallengeRequired, "This liveness challenge has already been used: request a new one")
        }
        session.livenessChallenge = nil
    }

    /// Runs the analysis of a burst of frames or of one video: the selfie (if uploaded) and the
    /// tenant's earlier frame hashes take part.
    static func analyze(_ files: [[UInt8]], timestamps: [Double]?, challenge: LivenessChallenge,
                        session: VerificationSession, services: KYCServices, now: Date,
                        on db: any Database) async throws -> LivenessReport {
        let engine = try await services.engines.face()
        var policy = LivenessPolicy()
        policy.requireTimestamps = true
        policy.maxFrames = services.config.uploadLimits.maxFrames
        let sessionID = try session.requireID()
        let selfie = try await StoredDocument.query(on: db)
            .filter(\.$tenantID == session.tenantID).filter(\.$sessionID == sessionID).filter(\.$docType == "selfie")
            .first()
        var selfieBytes: [UInt8]?
        if let selfie { selfieBytes = try await services.documents.get(key: selfie.storageKey) }
        let known = try await LivenessFrameHash.query(on: db)
            .filter(\.$tenantID == session.tenantID).filter(\.$sessionID != sessionID)
            .filter(\.$createdAt >= now.addingTimeInterval(-replayWindow))
            .all().compactMap { FrameHash(hex: $0.hash) }
        var analyzer = LivenessAnalyzer(engine: engine, policy: policy)
        analyzer.limits = services.config.uploadLimits
        return try await analyzer.analyze(upload: files, timestamps: timestamps, challenge: challenge, selfie: selfieBytes,
                                          knownHashes: known).report
    }

    /// Keeps the verdict on the session (score and result for the status, every signal for
    /// reviewers) and the frames' hashes for later replay checks. Runs inside the upload's transaction.
    static func record(_ report: LivenessReport, session: VerificationSession, now: Date, on db: any Database) async throws {
        let sessionID = try session.requireID()
        let previous = session.verificationJSON.flatMap { try? JSONDecoder().decode(VerificationSummary.self, from: Data($0.utf8)) }
        let summary = VerificationSummary(
            faceMatchScore: previous?.faceMatchScore, faceMatchResult: previous?.faceMatchResult,
            livenessScore: report.livenessScore, livenessResult: report.livenessPassed,
            documentValid: previous?.documentValid, overallScore: previous?.overallScore,
            fraudScore: previous?.fraudScore, fraudRiskLevel: previous?.fraudRiskLevel)
        session.verificationJSON = String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
        session.livenessJSON = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        for hash in report.frameHashes {
            try await LivenessFrameHash(tenantID: session.tenantID, sessionID: sessionID, hash: hash.description, createdAt: now)
                .create(on: db)
        }
    }
}
