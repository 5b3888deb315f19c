import KYCCore
import Vapor

extension Request {
    /// The session named in the path, for a step the user takes in the Mini App: authorised by
    /// the business's key (then scoped to it) or by the session id itself, expiry enforced,
    /// blocked users and addresses refused. Without the key, the Telegram rule of the session's
    /// business applies (`TelegramAccess`): signed, fresh initData of the session's own user
    /// when the business has configured its bot, and no plain browser if it requires Telegram.
    func userSession() async throws -> (session: VerificationSession, tenant: TenantContext?) {
        let id = try SessionRepository.parseID(parameters.get("session_id"))
        let tenant = try await optionalTenant()
        let session = try await SessionRepository.find(id, tenant: tenant, on: db)
        if tenant == nil { try await enforceTelegramAccess(to: session) }
        try await SessionRepository.refreshExpiry(session, now: now, on: db)
        try await BlocklistService.enforce(tenantID: session.tenantID, telegramID: session.telegramID,
                                           clientIP: clientIP, on: db)
        return (session, tenant)
    }

    /// The Telegram rule of the session's business, for a call made without its API key (the
    /// Mini App sends `Authorization: tma <initData>`).
    func enforceTelegramAccess(to session: VerificationSession) async throws {
        guard let owner = try await Tenant.find(session.tenantID, on: db) else {
            throw KYCError(.sessionNotFound, "Session not found")
        }
        let access = try TelegramSettings.access(for: owner, cipher: kyc.cipher, config: kyc.config)
        _ = try access.check(TelegramSettings.initData(from: headers.first(name: .authorization)),
                             telegramID: session.telegramID, now: now)
    }
}
