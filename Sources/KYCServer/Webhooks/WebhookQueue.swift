import Fluent
import Foundation
import KYCCore
import SQLKit

/// The outbox seen as a queue of deliveries, on SQLite and PostgreSQL alike.
///
/// A dispatcher claims due events by taking a lease on them in one UPDATE (on PostgreSQL
/// skipping rows another dispatcher is claiming), sends them, and records each attempt only
/// while it still holds the lease; so several dispatchers never send one attempt at once, and
/// a killed dispatcher's events are sent again (same id) once its lease lapses.
struct WebhookQueue: Sendable {
    let leaseDuration: TimeInterval
    let retry: WebhookRetryPolicy

    /// A claimed event.
    struct Claim: Sendable {
        let id: UUID
        let tenantID: UUID
        let sessionID: UUID
        let event: String
        let payload: String
        let url: String
        let sequence: Int
        let attempts: Int
        let scheduledAttempts: Int
    }

    /// Takes up to `limit` due events, oldest due first.
    func claim(owner: String, limit: Int, now: Date, on db: any Database) async throws -> [Claim] {
        let sql = try db.sql()
        let lock: SQLQueryString = sql.dialect.name == "postgresql" ? " FOR UPDATE SKIP LOCKED" : ""
        let query: SQLQueryString = """
            UPDATE verification_events SET lease_owner = \(bind: owner), \
            lease_expires_at = \(bind: now.addingTimeInterval(leaseDuration)) \
            WHERE id IN (SELECT id FROM verification_events \
            WHERE state = 'pending' AND url IS NOT NULL AND next_attempt_at <= \(bind: now) \
            AND (lease_expires_at IS NULL OR lease_expires_at < \(bind: now)) \
            ORDER BY next_attempt_at, created_at, sequence LIMIT \(literal: limit)\(lock)) \
            RETURNING id, tenant_id, session_id, event, payload, url, sequence, attempts, scheduled_attempts
            """
        return try await sql.raw(query).all().map { row in
            Claim(id: try row.decode(column: "id", as: UUID.self),
                  tenantID: try row.decode(column: "tenant_id", as: UUID.self),
                  sessionID: try row.decode(column: "session_id", as: UUID.self),
                  event: try row.decode(column: "event", as: String.self),
                  payload: try row.decode(column: "payload", as: String.self),
                  url: try row.decode(column: "url", as: String.self),
                  sequence: try row.decode(column: "sequence", as: Int.self),
                  attempts: try row.decode(column: "attempts", as: Int.self),
                  scheduledAttempts: try row.decode(column: "scheduled_attempts", as: Int.self))
        }
    }

    /// Stores how an attempt went and what comes next, in one transaction: the attempt in the
    /// log, the event's new state (only while `owner` holds it), and on 410 Gone the end of
    /// every other pending event for that endpoint. Returns the next step.
    @discardableResult
    func record(_ claim: Claim, result: WebhookSender.Result, startedAt: Date, owner: String, now: Date,
                on db: any Database) async throws -> WebhookNextStep {
        let outcome: WebhookAttemptOutcome = result.statusCode.map {
            WebhookAttemptOutcome.from(status: $0, retryAfter: result.retryAfter, now: now)
        } ?? .failed(retryAfter: nil)
        let step = retry.next(after: claim.scheduledAttempts + 1, outcome: outcome)
        let attempt = claim.attempts + 1
        let lastError: String?
        if case .stop(let reason) = step { lastError = [result.error, reason].compactMap { $0 }.joined(separator: "; ") }
        else { lastError = result.error }
        try await db.writeTransaction { db in
            let sql = try db.sql()
            var update = sql.update(VerificationEvent.schema)
                .set("attempts", to: SQLBind(attempt))
                .set("scheduled_attempts", to: SQLBind(claim.scheduledAttempts + 1))
                .set("lease_owner", to: SQLLiteral.null)
                .set("lease_expires_at", to: SQLLiteral.null)
                .set("last_status_code", to: result.statusCode.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null)
                .set("last_error", to: lastError.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null)
            switch step {
            case .done:
                update = update.set("state", to: SQLBind(VerificationEvent.State.delivered.rawValue))
                    .set("delivered_at", to: SQLBind(now)).set("next_attempt_at", to: SQLLiteral.null)
            case .retry(let delay):
                update = update.set("next_attempt_at", to: SQLBind(now.addingTimeInterval(delay)))
            case .stop:
                update = update.set("state", to: SQLBind(VerificationEvent.State.failed.rawValue))
                    .set("next_attempt_at", to: SQLLiteral.null)
            }
            // Fenced: if this dispatcher's lease lapsed and another took the event over, the
            // attempt is still logged but the other dispatcher owns the event's state.
            let held = try await update.where("id", .equal, SQLBind(claim.id)).where("lease_owner", .equal, SQLBind(owner))
                .returning("id").all()
            let log = WebhookAttempt()
            log.id = UUID()
            log.tenantID = claim.tenantID
            log.eventID = claim.id
            log.attempt = attempt
            log.url = claim.url
            log.startedAt = startedAt
            log.durationMilliseconds = Int((result.duration * 1000).rounded())
            log.statusCode = result.statusCode
            log.error = result.error
            if case .retry(let delay) = step, !held.isEmpty { log.nextAttemptAt = now.addingTimeInterval(delay) }
            log.dispatcher = owner
            try await log.create(on: db)
            if case .stop = step, outcome == .gone, !held.isEmpty {
                try await sql.update(VerificationEvent.schema)
                    .set("state", to: SQLBind(VerificationEvent.State.failed.rawValue))
                    .set("next_attempt_at", to: SQLLiteral.null)
                    .set("last_error", to: SQLBind("the endpoint answered 410 Gone to another event"))
                    .where("tenant_id", .equal, SQLBind(claim.tenantID))
                    .where("url", .equal, SQLBind(claim.url))
                    .where("state", .equal, SQLBind(VerificationEvent.State.pending.rawValue))
                    .where("lease_owner", .is, SQLLiteral.null)
                    .run()
            }
        }
        return step
    }

    /// Gives claimed events back unsent (this dispatcher is stopping): due again at once for
    /// any dispatcher, without counting an attempt.
    func release(_ claims: [Claim], owner: String, on db: any Database) async throws {
        guard !claims.isEmpty else { return }
        try await db.sql().update(VerificationEvent.schema)
            .set("lease_owner", to: SQLLiteral.null)
            .set("lease_expires_at", to: SQLLiteral.null)
            .where("id", .in, claims.map(\.id))
            .where("lease_owner", .equal, SQLBind(owner))
            .run()
    }

    /// Makes events due now with a fresh retry schedule, to the session's (or tenant's) current
    /// URL: a redelivery of one event or a replay of failed ones. Returns the events queued
    /// (those with somewhere to go).
    func requeue(_ events: [VerificationEvent], now: Date, on db: any Database) async throws -> [VerificationEvent] {
        var targets: [UUID: String?] = [:]  // one lookup per session, however many of its events
        var queued: [VerificationEvent] = []
        for event in events {
            if targets[event.sessionID] == nil {
                var url: String?
                if let session = try await VerificationSession.find(event.sessionID, on: db) {
                    url = try await EventOutbox.target(of: session, on: db)
                }
                targets[event.sessionID] = .some(url)
            }
            guard let url = targets[event.sessionID] ?? nil else { continue }
            event.url = url
            event.state = .pending
            event.scheduledAttempts = 0
            event.nextAttemptAt = now
            try await event.save(on: db)
            queued.append(event)
        }
        return queued
    }
}
