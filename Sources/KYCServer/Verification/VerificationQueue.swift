import Fluent
import Foundation
import KYCCore
import SQLKit

/// The durable queue of verification jobs, on SQLite and PostgreSQL alike.
///
/// A worker claims a job by taking a lease (owner + expiry) in one UPDATE; it renews the lease
/// while it works and finishes the job only while it still holds the lease (the UPDATE names
/// the owner), so a worker that stalled past its lease can never store a second decision. On
/// PostgreSQL the claim skips rows another worker is claiming (`FOR UPDATE SKIP LOCKED`);
/// SQLite serialises writers, so the same UPDATE is atomic there without it.
struct VerificationQueue: Sendable {
    let leaseDuration: TimeInterval
    let maxAttempts: Int

    /// A claimed job.
    struct Claim: Sendable {
        let jobID: UUID
        let sessionID: UUID
        let tenantID: UUID
        /// This claim's attempt, from 1.
        let attempt: Int
        let maxAttempts: Int
    }

    /// The session's job, created if it has none. One job per session (a unique column), so two
    /// concurrent submits share one job.
    func enqueue(sessionID: UUID, tenantID: UUID, now: Date, on db: any Database) async throws -> VerificationJob {
        if let existing = try await job(of: sessionID, on: db) { return existing }
        let job = VerificationJob()
        job.id = UUID()
        job.tenantID = tenantID
        job.sessionID = sessionID
        job.state = VerificationJob.State.queued.rawValue
        job.attempts = 0
        job.maxAttempts = maxAttempts
        job.createdAt = now
        job.updatedAt = now
        do {
            try await job.create(on: db)
            return job
        } catch {
            guard (error as? any DatabaseError)?.isConstraintFailure == true,
                  let winner = try await self.job(of: sessionID, on: db) else { throw error }
            return winner
        }
    }

    func job(of sessionID: UUID, on db: any Database) async throws -> VerificationJob? {
        try await VerificationJob.query(on: db).filter(\.$sessionID == sessionID).first()
    }

    /// Takes the oldest job that is queued or whose lease has lapsed.
    func claim(owner: String, now: Date, on db: any Database) async throws -> Claim? {
        let sql = try db.sql()
        let lock: SQLQueryString = sql.dialect.name == "postgresql" ? " FOR UPDATE SKIP LOCKED" : ""
        let query: SQLQueryString = """
            UPDATE verification_jobs SET state = 'running', lease_owner = \(bind: owner), \
            lease_expires_at = \(bind: now.addingTimeInterval(leaseDuration)), attempts = attempts + 1, \
            updated_at = \(bind: now) \
            WHERE id = (SELECT id FROM verification_jobs \
            WHERE state = 'queued' OR (state = 'running' AND lease_expires_at < \(bind: now)) \
            ORDER BY created_at LIMIT 1\(lock)) \
            RETURNING id, session_id, tenant_id, attempts, max_attempts
            """
        guard let row = try await sql.raw(query).first() else { return nil }
        return Claim(jobID: try row.decode(column: "id", as: UUID.self),
                     sessionID: try row.decode(column: "session_id", as: UUID.self),
                     tenantID: try row.decode(column: "tenant_id", as: UUID.self),
                     attempt: try row.decode(column: "attempts", as: Int.self),
                     maxAttempts: try row.decode(column: "max_attempts", as: Int.self))
    }

    /// Extends the lease; false when it was lost (taken over after lapsing).
    func renew(_ claim: Claim, owner: String, now: Date, on db: any Database) async throws -> Bool {
        try await db.sql().update(VerificationJob.schema)
            .set("lease_expires_at", to: SQLBind(now.addingTimeInterval(leaseDuration)))
            .set("updated_at", to: SQLBind(now))
            .where("id", .equal, SQLBind(claim.jobID))
            .where("lease_owner", .equal, SQLBind(owner))
            .where("state", .equal, SQLBind(VerificationJob.State.running.rawValue))
            .returning("id").all().isEmpty == false
    }

    /// Ends the job as `done` (or `failed`), only while `owner` holds it. Call inside the
    /// transaction that stores the decision: when the lease was lost, this throws and the
    /// decision is rolled back.
    func finish(_ claim: Claim, owner: String, state: VerificationJob.State, error: String? = nil, now: Date,
                on db: any Database) async throws {
        let rows = try await db.sql().update(VerificationJob.schema)
            .set("state", to: SQLBind(state.rawValue))
            .set("lease_owner", to: SQLLiteral.null)
            .set("lease_expires_at", to: SQLLiteral.null)
            .set("last_error", to: error.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null)
            .set("finished_at", to: SQLBind(now))
            .set("updated_at", to: SQLBind(now))
            .where("id", .equal, SQLBind(claim.jobID))
            .where("lease_owner", .equal, SQLBind(owner))
            .where("state", .equal, SQLBind(VerificationJob.State.running.rawValue))
            .returning("id").all()
        guard !rows.isEmpty else { throw LeaseLost() }
    }

    /// Puts the job back in the queue after a failed attempt, with the error's type.
    func release(_ claim: Claim, owner: String, error: String, now: Date, on db: any Database) async throws {
        try await db.sql().update(VerificationJob.schema)
            .set("state", to: SQLBind(VerificationJob.State.queued.rawValue))
            .set("lease_owner", to: SQLLiteral.null)
            .set("lease_expires_at", to: SQLLiteral.null)
            .set("last_error", to: SQLBind(error))
            .set("updated_at", to: SQLBind(now))
            .where("id", .equal, SQLBind(claim.jobID))
            .where("lease_owner", .equal, SQLBind(owner))
            .run()
    }

    /// The lease was taken over by another worker: this one's work is void.
    struct LeaseLost: Error {}
}
