import Fluent
import KYCCore
import Vapor

/// `GET /user/{telegram_id}`: a user of the calling business and where their verification stands.
enum UserController {
    @Sendable static func show(req: Request) async throws -> JSONBody<UserResponse> {
        let tenant = try await req.requireTenant()
        let telegramID = try FieldRules.telegramID(req.parameters.get("telegram_id"))
        let sessions = try await VerificationSession.query(on: req.db)
            .filter(\.$tenantID == tenant.tenantID)
            .filter(\.$telegramID == telegramID)
            .sort(\.$createdAt, .descending)
            .all()
        guard let latest = sessions.first else {
            throw KYCError(.userNotFound, "User not found")
        }
        try await SessionRepository.refreshExpiry(latest, now: req.now, on: req.db)
        /// The newest value of a field across the user's sessions.
        func newest(_ field: (VerificationSession) -> String?) -> String? { sessions.lazy.compactMap(field).first }
        // The latest decision counts: a user approved once and rejected since is not verified.
        let decided = sessions.first { $0.status == SessionStatus.approved.rawValue || $0.status == SessionStatus.rejected.rawValue }
        let approved = decided?.status == SessionStatus.approved.rawValue ? decided : nil
        return JSONBody(UserResponse(
            telegramID: telegramID,
            username: newest(\.username),
            firstName: newest(\.firstName),
            lastName: newest(\.lastName),
            email: newest(\.email),
            phone: newest(\.phone),
            countryCode: newest(\.countryCode),
            isVerified: approved != nil,
            verificationStatus: latest.status,
            latestSessionID: (latest.id ?? UUID()).uuidString.lowercased(),
            verifiedAt: approved.flatMap { $0.completedAt }.map(Timestamps.format),
            sessionCount: sessions.count))
    }
}
