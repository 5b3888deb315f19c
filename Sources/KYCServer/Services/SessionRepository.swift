import Fluent
import Foundation
import KYCCore

/// Session look-ups. Every query a business can reach is scoped by its tenant; the unscoped
/// look-up exists only for the session-id-only endpoints (status, Mini App uploads).
enum SessionRepository {
    /// A session id from a path; malformed ids are simply not found (404, never a 500).
    static func parseID(_ raw: String?) throws(KYCError) -> UUID {
        guard let raw, let id = UUID(uuidString: raw) else {
            throw KYCError(.sessionNotFound, "Session not found", details: ["session_id": String((raw ?? "").prefix(64))])
        }
        return id
    }

    /// The session with `id`, restricted to `tenant` when one is given.
    static func find(_ id: UUID, tenant: TenantContext?, on db: any Database) async throws -> VerificationSession {
        let query = VerificationSession.query(on: db).filter(\.$id == id)
        if let tenant { query.filter(\.$tenantID == tenant.tenantID) }
        guard let session = try await query.first() else {
            throw KYCError(.sessionNotFound, "Session not found", details: ["session_id": id.uuidString.lowercased()])
        }
        return session
    }

    /// Expiry enforced on read: an active session past its time is saved as expired first.
    static func refreshExpiry(_ session: VerificationSession, now: Date, on db: any Database) async throws {
        var progress = try session.progress
        guard progress.expireIfDue(at: now) else { return }
        session.apply(progress, at: now)
        try await session.save(on: db)
    }
}
