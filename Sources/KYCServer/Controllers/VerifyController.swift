import Fluent
import KYCCore
import Vapor

/// `POST /verify/{session_id}` and `POST /session/{session_id}/review`.
enum VerifyController {
    /// Authorised by the business's key or by the session itself (the Mini App submits).
    /// Answers with the decision when it is ready within the configured wait, else 202
    /// `in_progress`; `?async=true` answers 202 at once.
    @Sendable static func verify(req: Request) async throws -> Response {
        let (session, tenant) = try await req.userSession()
        let services = req.kyc
        var job = try await VerificationService.submit(session, services: services, now: req.now, on: req.db)
        let async = (try? req.query.get(Bool.self, at: "async")) ?? false
        if !async { job = try await VerificationService.wait(for: job, timeout: services.config.verifyWait, services: services, on: req.db) }
        if VerificationService.isFinished(job) {
            let fresh = try await SessionRepository.find(try session.requireID(), tenant: tenant, on: req.db)
            if let decided = try await VerificationService.decisionResponse(fresh, services: services, includeSignals: tenant != nil, on: req.db) {
                return try JSONBody.response(decided)
            }
        }
        var pending = VerifyResponse(sessionID: try session.requireID().uuidString.lowercased(), status: SessionStatus.inProgress.rawValue)
        pending.message = "Verification is running: poll GET /session/{session_id}/status or wait for the webhook"
        return try JSONBody.response(pending, status: .accepted)
    }

    /// A reviewer's decision, with the business's key.
    @Sendable static func review(req: Request) async throws -> JSONBody<ReviewResponse> {
        let tenant = try await req.requireTenant()
        let id = try SessionRepository.parseID(req.parameters.get("session_id"))
        let session = try await SessionRepository.find(id, tenant: tenant, on: req.db)
        let key = try await APIKey.find(tenant.apiKeyID, on: req.db)
        let reviewer = key?.label ?? key?.displayPrefix ?? "api"
        let review = try await VerificationService.review(req.decodeJSON(ReviewRequest.self), session: session,
                                                          reviewer: reviewer, now: req.now, on: req.db)
        req.kyc.webhookSignal.notify()
        return JSONBody(review)
    }
}
