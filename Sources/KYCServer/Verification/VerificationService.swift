import Fluent
import Foundation
import KYCCore
import SQLKit

/// Submitting sessions for verification, waiting for the decision, and reviewers' decisions.
enum VerificationService {
    /// What a session still lacks before it can be verified (`MISSING_DOCUMENTS`).
    static func missingDocuments(_ session: VerificationSession, on db: any Database) async throws -> [String] {
        let sessionID = try session.requireID()
        let uploaded = Set(try await StoredDocument.query(on: db)
            .filter(\.$tenantID == session.tenantID).filter(\.$sessionID == sessionID).all().map(\.docType))
        var required: [DocumentType] = [.idFront]
        if try session.declaredDocumentKind?.hasBack == true { required.append(.idBack) }
        required.append(.selfie)
        if session.requiresAddress { required.append(.address) }
        var missing = required.filter { !uploaded.contains($0.rawValue) }.map(\.rawValue)
        // A judged burst, passed or failed; frames without a verdict do not count.
        if session.livenessJSON == nil { missing.insert(DocumentType.liveness.rawValue, at: min(missing.count, missing.firstIndex(of: "address") ?? missing.count)) }
        return missing
    }

    /// Submits the session (once) and returns its job. A session already submitted returns
    /// the job it has: a second submit never makes a second job.
    static func submit(_ session: VerificationSession, services: KYCServices, now: Date,
                       on db: any Database) async throws -> VerificationJob {
        let sessionID = try session.requireID()
        if let job = try await services.verificationQueue.job(of: sessionID, on: db) { return job }
        let progress = try session.progress
        if [.approved, .rejected, .pendingReview].contains(progress.status) {
            throw KYCError(.sessionAlreadyDecided, "This session has been decided and cannot be verified again",
                           details: ["status": progress.status.rawValue])
        }
        try progress.requireWorkable(at: now)
        let missing = try await missingDocuments(session, on: db)
        guard missing.isEmpty else {
            throw KYCError(.missingDocuments, "Upload every required document before verifying: " + missing.joined(separator: ", "),
                           details: ["missing": missing.joined(separator: ",")])
        }
        let job = try await db.writeTransaction { db -> VerificationJob? in
            let sql = try db.sql()
            // Only one request marks the session submitted; it alone queues the job.
            let marked = try await sql.update(VerificationSession.schema)
                .set("submitted_at", to: SQLBind(now))
                .set("status", to: SQLBind(SessionStatus.inProgress.rawValue))
                .set("updated_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(sessionID))
                .where("submitted_at", .is, SQLLiteral.null)
                .returning("id").all()
            guard !marked.isEmpty else { return nil }
            return try await services.verificationQueue.enqueue(sessionID: sessionID, tenantID: session.tenantID, now: now, on: db)
        }
        if let job {
            services.workSignal.notify()
            return job
        }
        // Another request submitted at the same moment: its job appears when it commits.
        for _ in 0..<50 {
            if let job = try await services.verificationQueue.job(of: sessionID, on: db) { return job }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw KYCError(.serviceUnavailable, "The verification could not be queued: try again")
    }

    /// Waits up to `timeout` for the job to end; the job as last seen.
    static func wait(for job: VerificationJob, timeout: TimeInterval, services: KYCServices,
                     on db: any Database) async throws -> VerificationJob {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        var current = job
        while !isFinished(current), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
            guard let fresh = try await services.verificationQueue.job(of: job.sessionID, on: db) else { break }
            current = fresh
        }
        return current
    }

    static func isFinished(_ job: VerificationJob) -> Bool {
        job.state == VerificationJob.State.done.rawValue || job.state == VerificationJob.State.failed.rawValue
    }

    /// The stored decision as `POST /verify` reports it; with `includeSignals` (the business's
    /// key) every signal too.
    static func decisionResponse(_ session: VerificationSession, services: KYCServices, includeSignals: Bool,
                                 on db: any Database) async throws -> VerifyResponse? {
        let sessionID = try session.requireID()
        guard let verification = try await Verification.query(on: db)
            .filter(\.$sessionID == sessionID).filter(\.$tenantID == session.tenantID).with(\.$signals).first()
        else { return nil }
        var response = VerifyResponse(sessionID: sessionID.uuidString.lowercased(), status: try session.progress.status.rawValue)
        response.overallScore = verification.overallScore
        response.faceMatch = verification.faceMatch
        response.faceScore = verification.faceScore
        response.livenessPassed = verification.livenessPassed
        response.livenessScore = verification.livenessScore
        response.documentValid = verification.documentValid
        if let sealed = verification.ocrSealed {
            let plain = try services.cipher.open(Array(sealed), context: VerificationRecorder.ocrContext(sessionID))
            response.ocrData = try StoredJSON.decode(OCRData.self, String(decoding: plain, as: UTF8.self))
        }
        response.fraudRiskLevel = verification.fraudRiskLevel
        response.fraudScore = verification.fraudScore
        response.completedAt = session.completedAt.map(Timestamps.format)
        let signals = verification.signals.sorted { $0.position < $1.position }
        let codes = verification.reasonCodeList
        response.reasons = codes.map { code in
            DecisionReason(code: code, message: signals.first { $0.reason == code }?.detail ?? Self.reasonMessages[code] ?? code)
        }
        if includeSignals { response.signals = signals.map(SignalDTO.init) }
        return response
    }

    static let reasonMessages = [
        "FRAUD_RISK_HIGH": "Fraud risk is high.", "FRAUD_RISK_MEDIUM": "Fraud risk is medium.",
        "AUTO_APPROVE_OFF": "The business reviews every verification by hand.",
    ]

    // MARK: - Review

    /// A reviewer's decision on a session in `pending_review`.
    static func review(_ request: ReviewRequest, session: VerificationSession, reviewer: String, now: Date,
                       on db: any Database) async throws -> ReviewResponse {
        guard let raw = request.decision else { throw KYCError.missing("decision") }
        guard let decision = SessionStatus(rawValue: raw), decision == .approved || decision == .rejected else {
            throw KYCError.invalid("decision", "must be approved or rejected")
        }
        guard let reason = request.reason, !reason.isEmpty else { throw KYCError.missing("reason") }
        guard reason.count <= 64, reason.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw KYCError.invalid("reason", "must be a code of letters, digits and underscores (at most 64)")
        }
        let note = try FieldRules.text(request.note, field: "note", maxLength: 2000)
        let sessionID = try session.requireID()
        try await db.writeTransaction { db in
            let sql = try db.sql()
            // Only from pending_review, and only once, even with two reviewers at the same moment.
            let moved = try await sql.update(VerificationSession.schema)
                .set("status", to: SQLBind(decision.rawValue))
                .set("completed_at", to: SQLBind(now))
                .set("updated_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(sessionID))
                .where("status", .equal, SQLBind(SessionStatus.pendingReview.rawValue))
                .returning("id").all()
            guard !moved.isEmpty else {
                throw KYCError(.sessionNotInReview, "Only a session in pending_review can be reviewed",
                               details: ["status": session.status])
            }
            let review = Review()
            review.id = UUID()
            review.tenantID = session.tenantID
            review.sessionID = sessionID
            review.decision = decision.rawValue
            review.reason = reason
            review.note = note
            review.reviewer = reviewer
            review.createdAt = now
            try await review.create(on: db)
            session.status = decision.rawValue
            session.completedAt = now
            try await EventOutbox.decision(session: session, status: decision,
                                           reasons: [DecisionReason(code: reason, message: "Decided by a reviewer")], now: now, on: db)
        }
        return ReviewResponse(sessionID: sessionID.uuidString.lowercased(), status: decision.rawValue, reason: reason,
                              reviewer: reviewer, reviewedAt: Timestamps.format(now))
    }
}
