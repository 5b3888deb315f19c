import KYCCore
import Vapor

/// `POST /upload/{doc_type}`: identity documents, selfies and liveness frames.
enum UploadController {
    /// Authorised by the business's API key or, for the Mini App in the user's browser, by the
    /// session itself while it is active and not expired.
    @Sendable static func upload(req: Request) async throws -> JSONBody<UploadResponse> {
        let rawType = req.parameters.get("doc_type") ?? ""
        guard let docType = DocumentType(rawValue: rawType) else {
            throw KYCError(.invalidDocumentType, "Unknown document type",
                           details: ["doc_type": String(rawType.prefix(32)),
                                     "accepted": DocumentType.allCases.map(\.rawValue).joined(separator: ",")])
        }
        let payload = try parse(req)
        guard let rawSessionID = payload.sessionID, !rawSessionID.isEmpty else { throw KYCError.missing("session_id") }
        let sessionID = try SessionRepository.parseID(rawSessionID)
        let tenant = try await req.optionalTenant()
        let session = try await SessionRepository.find(sessionID, tenant: tenant, on: req.db)
        if tenant == nil { try await req.enforceTelegramAccess(to: session) }
        let now = req.now
        try await SessionRepository.refreshExpiry(session, now: now, on: req.db)
        var progress = try session.progress
        try progress.requireWorkable(at: now)
        try await BlocklistService.enforce(tenantID: session.tenantID, telegramID: session.telegramID,
                                           clientIP: req.clientIP, on: req.db)
        let inspected = try UploadService.inspect(payload.files, docType: docType, limits: req.kyc.config.uploadLimits)
        if let first = payload.files.first, inspected.first?.width != nil {  // images only (not a PDF)
            try await CaptureQuality.check(first, docType: docType, engines: req.kyc.engines)
        }
        let liveness = try await docType == .liveness ? analyzeLiveness(payload, session: session, req: req) : nil
        // A failed burst does not complete the liveness step while the user has attempts left
        // (the next step stays liveness); with none left it completes, and the verification
        // then rejects on it.
        let attemptsLeft = (session.livenessChallengesIssued ?? 0) < req.kyc.config.livenessAttempts
        if liveness?.livenessPassed == false && attemptsLeft {
            try progress.requireWorkable(at: now)
        } else {
            try progress.complete(docType.step, at: now)
        }
        let documents = try await UploadService.store(
            payload.files, inspected: inspected, docType: docType, session: session, progress: progress,
            store: req.kyc.documents, now: now, on: req.db, logger: req.logger
        ) { db in
            if let liveness { try await LivenessService.record(liveness, session: session, now: now, on: db) }
        }
        var response = UploadResponse(
            sessionID: sessionID.uuidString.lowercased(),
            docType: docType.rawValue,
            documentIDs: documents.compactMap { $0.id?.uuidString.lowercased() },
            fileCount: documents.count,
            status: progress.status.rawValue,
            currentStep: progress.currentStep.rawValue,
            message: "Upload successful")
        if let liveness {
            response.livenessPassed = liveness.livenessPassed
            response.livenessScore = liveness.livenessScore
            response.liveness = LivenessResultDTO(liveness)
        }
        return JSONBody(response)
    }

    /// `POST /session/{session_id}/liveness/challenge`: a fresh random challenge for the
    /// liveness step, authorised like uploads (API key or the active session itself).
    @Sendable static func livenessChallenge(req: Request) async throws -> JSONBody<LivenessChallengeResponse> {
        let (session, _) = try await req.userSession()
        return JSONBody(try await LivenessService.issueChallenge(for: session, config: req.kyc.config, now: req.now, on: req.db))
    }

    /// Analysed before the challenge is spent, so a burst that cannot be read (a corrupt frame)
    /// leaves the challenge usable; then spent atomically, so it works once.
    private static func analyzeLiveness(_ payload: UploadPayload, session: VerificationSession,
                                        req: Request) async throws -> LivenessReport {
        let challenge = try LivenessService.currentChallenge(of: session, now: req.now)
        let report = try await LivenessService.analyze(
            payload.files, timestamps: payload.timestamps, challenge: challenge, session: session,
            services: req.kyc, now: req.now, on: req.db)
        try await LivenessService.consume(challenge, of: session, on: req.db)
        return report
    }

    private static func parse(_ req: Request) throws -> UploadPayload {
        guard let body = req.body.data, body.readableBytes > 0 else {
            throw KYCError(.invalidRequest, "The upload has no body: send JSON or multipart/form-data")
        }
        switch req.headers.contentType {
        case .some(let type) where type.type == "multipart" && type.subType == "form-data":
            guard let boundary = type.parameters["boundary"], !boundary.isEmpty else {
                throw KYCError(.invalidRequest, "The multipart Content-Type has no boundary")
            }
            return try UploadParsing.multipart(body, boundary: boundary)
        case .some(let type) where type == .json:
            return try UploadParsing.json(body)
        default:
            throw KYCError(.invalidRequest, "Send the upload as application/json or multipart/form-data")
        }
    }
}
