import Fluent
import Foundation
import KYCCore

/// What a business can see and do about its webhooks: the delivery log, redelivery of one
/// event, replay of failed ones, its default endpoint and its signing secret.
enum WebhookService {
    /// Every event of the session, oldest first, with every attempt.
    static func log(sessionID: UUID, tenantID: UUID, on db: any Database) async throws -> WebhookLogResponse {
        let events = try await VerificationEvent.query(on: db)
            .filter(\.$tenantID == tenantID).filter(\.$sessionID == sessionID)
            .sort(\.$createdAt).sort(\.$sequence).all()
        let attempts = try await WebhookAttempt.query(on: db)
            .filter(\.$tenantID == tenantID).filter(\.$eventID ~~ events.compactMap(\.id))
            .sort(\.$attempt).all()
        let byEvent = Dictionary(grouping: attempts, by: \.eventID)
        return WebhookLogResponse(sessionID: sessionID.uuidString.lowercased(), events: try events.map { event in
            try response(event, attempts: byEvent[try event.requireID()] ?? [])
        })
    }

    /// Sends one event again now, with a fresh retry schedule (whatever its state).
    static func redeliver(publicID: String, tenantID: UUID, now: Date, queue: WebhookQueue,
                          on db: any Database) async throws -> WebhookRequeueResponse {
        guard let id = VerificationEvent.rowID(publicID: publicID),
              let event = try await VerificationEvent.query(on: db).filter(\.$id == id).filter(\.$tenantID == tenantID).first()
        else { throw KYCError(.notFound, "Event not found") }
        guard try await !queue.requeue([event], now: now, on: db).isEmpty else {
            throw KYCError.invalid("webhook_url", "neither the session nor the tenant has a webhook URL to deliver to")
        }
        return WebhookRequeueResponse(queued: 1, eventIDs: [event.publicID])
    }

    /// Sends again every event that failed for good (or had no endpoint) created in
    /// [since, until], oldest first.
    static func replay(_ request: WebhookReplayRequest, tenantID: UUID, now: Date, queue: WebhookQueue,
                       on db: any Database) async throws -> WebhookRequeueResponse {
        guard let rawSince = request.since else { throw KYCError.missing("since") }
        guard let since = Timestamps.parse(rawSince) else { throw KYCError.invalid("since", "must be an RFC 3339 timestamp") }
        var until = now
        if let rawUntil = request.until {
            guard let parsed = Timestamps.parse(rawUntil) else { throw KYCError.invalid("until", "must be an RFC 3339 timestamp") }
            until = parsed
        }
        guard since <= until else { throw KYCError.invalid("since", "must not be after until") }
        let events = try await VerificationEvent.query(on: db)
            .filter(\.$tenantID == tenantID)
            .filter(\.$state ~~ [.failed, .noEndpoint])
            .filter(\.$createdAt >= since).filter(\.$createdAt <= until)
            .sort(\.$createdAt).sort(\.$sequence).limit(10_000).all()
        let queued = try await db.writeTransaction { db in try await queue.requeue(events, now: now, on: db) }
        return WebhookRequeueResponse(queued: queued.count, eventIDs: queued.map(\.publicID))
    }

    static func settings(_ tenant: Tenant, now: Date) -> WebhookSettingsResponse {
        let until = tenant.previousWebhookSecretUntil.flatMap { $0 > now ? $0 : nil }
        return WebhookSettingsResponse(webhookURL: tenant.webhookURL, previousSecretExpiresAt: until.map(Timestamps.format))
    }

    /// Sets (or, with nil, clears) the tenant's default webhook URL, after the same checks as a
    /// session's.
    static func setDefaultURL(_ url: String?, tenant: Tenant, targets: WebhookTargets, now: Date,
                              on db: any Database) async throws -> WebhookSettingsResponse {
        let checked = try FieldRules.url(url, field: "webhook_url")
        tenant.webhookURL = try await targets.validate(checked, field: "webhook_url")
        try await tenant.save(on: db)
        return settings(tenant, now: now)
    }

    /// The longest overlap in which the old secret keeps signing.
    static let maxOverlap: TimeInterval = 7 * 86_400

    static func rotateSecret(_ tenant: Tenant, overlapSeconds: Int?, cipher: AtRestCipher, now: Date,
                             on db: any Database) async throws -> WebhookRotateResponse {
        let overlap = TimeInterval(overlapSeconds ?? 86_400)
        guard overlap >= 0, overlap <= maxOverlap else {
            throw KYCError.invalid("overlap_seconds", "must be from 0 to \(Int(maxOverlap)) (7 days)")
        }
        let rotated = try await WebhookSecrets.rotate(tenant, overlap: overlap, cipher: cipher, now: now, on: db)
        return WebhookRotateResponse(webhookSecret: rotated.secret, previousSecretExpiresAt: rotated.previousUntil.map(Timestamps.format))
    }

    private static func response(_ event: VerificationEvent, attempts: [WebhookAttempt]) throws -> WebhookEventResponse {
        WebhookEventResponse(
            id: event.publicID, event: event.event, createdAt: Timestamps.format(event.createdAt), state: event.state.rawValue,
            url: event.url, attemptCount: event.attempts,
            nextAttemptAt: event.state == .pending ? event.nextAttemptAt.map(Timestamps.format) : nil,
            deliveredAt: event.deliveredAt.map(Timestamps.format), lastStatusCode: event.lastStatusCode, lastError: event.lastError,
            payload: try StoredJSON.decode(JSONValue.self, event.payload),
            attempts: attempts.map {
                WebhookAttemptResponse(attempt: $0.attempt, url: $0.url, startedAt: Timestamps.format($0.startedAt),
                                       latencyMilliseconds: $0.durationMilliseconds, statusCode: $0.statusCode, error: $0.error,
                                       nextAttemptAt: $0.nextAttemptAt.map(Timestamps.format))
            })
    }
}
