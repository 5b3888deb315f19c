import KYCCore
import Vapor

extension Request {
    /// The session named in the path, for a step the user takes in the Mini App: authorised by
    /// the business's key (then scoped to it) or by the session id itself, expiry enforced,
    /// blocked users and addresses refused.
    func userSession() async throws -> (session: VerificationSession, tenant: TenantContext?) {
        let id = try SessionRepository.parseID(parameters.get("session_id"))
        let tenant = try await optionalTenant()
        let session = try await SessionRepository.find(id, tenant: tenant, on: db)
        try await SessionRepository.refreshExpiry(session, now: now, on: db)
        try await BlocklistService.enforce(tenantID: session.tenantID, telegramID: session.telegramID,
                                           clientIP: clientIP, on: db)
        return (session, tenant)
    }
}
