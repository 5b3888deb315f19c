import Fluent
import Foundation
import KYCCore

/// Stores a decision and everything that goes with it in one transaction: the verification
/// record and its signals, the selfie's face template, the session's new status, the events
/// for the business, and the job marked done (only while the worker still holds its lease).
struct VerificationRecorder: Sendable {
    let cipher: AtRestCipher
    let queue: VerificationQueue
    let worker: String

    func record(_ result: VerificationPipeline.Result, outcome: VerificationDecider.Outcome,
                signals: [VerificationSignal], policy: VerificationPolicy, session: VerificationSession,
                claim: VerificationQueue.Claim, now: Date, on db: any Database) async throws {
        let sessionID = try session.requireID()
        let verification = Verification()
        verification.id = UUID()
        verification.tenantID = session.tenantID
        verification.sessionID = sessionID
        verification.status = outcome.status.rawValue
        verification.overallScore = outcome.overallScore
        let face = signals.first { $0.name == "face_match" }
        // `face_match` is face-match's single-threshold answer; the three-way decision is in the
        // signal's verdict (pass / review / fail).
        verification.faceMatch = face.flatMap { $0.verdict == .unavailable ? nil : $0.value.map(policy.face.isMatch) }
        verification.faceScore = result.scores.face.map(Self.rounded)
        verification.faceDistance = face?.value.map(Self.rounded)
        // The burst's verdict, and the frames against a later selfie when that was checked.
        let liveness = signals.filter { $0.name == "liveness" || $0.name == "liveness_matches_selfie" }
        verification.livenessPassed = signals.first { $0.name == "liveness" }?.verdict == .unavailable
            ? nil : liveness.allSatisfy { $0.verdict == .pass || $0.verdict == .unavailable }
        verification.livenessScore = result.scores.liveness.map(Self.rounded)
        let document = signals.first { $0.name == "document_valid" }
        // False only on evidence against the document; one that could not be verified is valid
        // and goes to review by its signal's verdict.
        verification.documentValid = document.flatMap { $0.verdict == .unavailable ? nil : $0.value.map { $0 >= 1 } }
        verification.documentScore = result.scores.document.map(Self.rounded)
        verification.fraudScore = outcome.fraudScore
        verification.fraudRiskLevel = outcome.fraudRiskLevel.rawValue
        verification.reasonCodes = outcome.reasons.map(\.code).joined(separator: ",")
        verification.documentNumberHash = result.documentNumberHash
        if let ocr = result.ocr {
            let plain = Array(try StoredJSON.encode(ocr).utf8)
            verification.ocrSealed = Data(try cipher.seal(plain, context: Self.ocrContext(sessionID)))
        }
        verification.policyJSON = try StoredJSON.encode(policy)
        verification.worker = worker
        verification.createdAt = now

        try await db.writeTransaction { db in
            try await store(verification, status: outcome.status, signals: signals, reasons: outcome.reasons, session: session,
                            claim: claim, jobState: .done, now: now, on: db)
            if let descriptor = result.selfieDescriptor {
                let template = FaceTemplate()
                template.id = UUID()
                template.tenantID = session.tenantID
                template.sessionID = sessionID
                template.telegramID = session.telegramID
                template.descriptorSealed = Data(try cipher.seal(FaceIndex.bytes(of: descriptor),
                                                                 context: FaceTemplate.sealContext(tenantID: session.tenantID, sessionID: sessionID)))
                template.descriptorVersion = FaceMatchPolicy.descriptorVersion
                template.createdAt = now
                try await template.create(on: db)
            }
            let fraudNames = signals.filter { $0.group == .fraud }.map(\.name)
            if outcome.fraudRiskLevel == .high {
                try await EventOutbox.fraudDetected(session: session, score: outcome.fraudScore, level: outcome.fraudRiskLevel,
                                                    signals: fraudNames, now: now, on: db)
                if policy.autoBlocklistOnHighRisk {
                    // Not `try?`: a failed insert would leave the transaction aborted on PostgreSQL and the
                    // decision silently rolled back; failing here lets the job retry instead.
                    _ = try await BlocklistService.add(tenantID: session.tenantID, rule: try BlockRule(kind: .telegramID, value: session.telegramID),
                                                        reason: "fraud risk high in session \(sessionID.uuidString.lowercased())",
                                                        source: "auto", now: now, on: db)
                }
            }
        }
    }

    /// The job failed on every attempt: the session goes to a person with the error as the
    /// reason, never left `in_progress`.
    func giveUp(session: VerificationSession, claim: VerificationQueue.Claim, error: String, now: Date,
                on db: any Database) async throws {
        let sessionID = try session.requireID()
        let signal = VerificationSignal("pipeline", group: .document, verdict: .unavailable, reason: "VERIFICATION_ERROR",
                                        detail: "The verification could not be completed after \(claim.maxAttempts) attempts (\(error)).")
        let reason = DecisionReason(code: "VERIFICATION_ERROR", message: signal.detail)
        let verification = Verification()
        verification.id = UUID()
        verification.tenantID = session.tenantID
        verification.sessionID = sessionID
        verification.status = SessionStatus.pendingReview.rawValue
        verification.overallScore = 0
        verification.fraudScore = 0
        verification.fraudRiskLevel = FraudRiskLevel.low.rawValue
        verification.reasonCodes = reason.code
        verification.policyJSON = "{}"
        verification.worker = worker
        verification.createdAt = now
        try await db.writeTransaction { db in
            try await store(verification, status: .pendingReview, signals: [signal], reasons: [reason], session: session,
                            claim: claim, jobState: .failed, error: error, now: now, on: db)
        }
    }

    /// What every decision writes, inside its transaction: the job ended (only while this worker
    /// still holds it, else `LeaseLost` rolls everything back), the record and its signals, the
    /// session's new status and the events for the business.
    private func store(_ verification: Verification, status: SessionStatus, signals: [VerificationSignal],
                       reasons: [DecisionReason], session: VerificationSession, claim: VerificationQueue.Claim,
                       jobState: VerificationJob.State, error: String? = nil, now: Date, on db: any Database) async throws {
        try await queue.finish(claim, owner: worker, state: jobState, error: error, now: now, on: db)
        try await verification.create(on: db)
        for (position, signal) in signals.enumerated() {
            try await Self.row(signal, position: position, of: verification).create(on: db)
        }
        var progress = try session.progress
        progress.decide(status)
        session.apply(progress, at: now)
        session.completedAt = now
        try await session.save(on: db)
        try await EventOutbox.decision(session: session, status: status, reasons: reasons, now: now, on: db)
    }

    private static func row(_ signal: VerificationSignal, position: Int, of verification: Verification) throws -> VerificationSignalRecord {
        let row = VerificationSignalRecord()
        row.id = UUID()
        row.$verification.id = try verification.requireID()
        row.position = position
        row.name = signal.name
        row.group = signal.group.rawValue
        row.value = signal.value.map { ($0 * 10_000).rounded() / 10_000 }
        row.threshold = signal.threshold
        row.verdict = signal.verdict.rawValue
        row.reason = signal.reason
        row.detail = signal.detail
        return row
    }

    static func ocrContext(_ sessionID: UUID) -> String { "ocr:" + sessionID.uuidString.lowercased() }

    private static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
