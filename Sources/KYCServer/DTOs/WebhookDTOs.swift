import Foundation
import KYCCore

/// `GET /session/{session_id}/webhooks`: every event of the session and every attempt at it.
struct WebhookLogResponse: Encodable, Sendable {
    let sessionID: String
    let events: [WebhookEventResponse]

    enum CodingKeys: String, CodingKey { case sessionID = "session_id", events }
}

/// One event's delivery as the log shows it.
struct WebhookEventResponse: Encodable, Sendable {
    let id: String
    let event: String
    let createdAt: String
    /// pending, delivered, failed or no_endpoint.
    let state: String
    let url: String?
    let attemptCount: Int
    let nextAttemptAt: String?
    let deliveredAt: String?
    let lastStatusCode: Int?
    let lastError: String?
    /// The body as sent (and signed).
    let payload: JSONValue
    let attempts: [WebhookAttemptResponse]

    enum CodingKeys: String, CodingKey {
        case id, event, createdAt = "created_at", state, url, attemptCount = "attempt_count", nextAttemptAt = "next_attempt_at"
        case deliveredAt = "delivered_at", lastStatusCode = "last_status_code", lastError = "last_error", payload, attempts
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(event, forKey: .event)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(state, forKey: .state)
        try c.encode(url, forKey: .url)
        try c.encode(attemptCount, forKey: .attemptCount)
        try c.encode(nextAttemptAt, forKey: .nextAttemptAt)
        try c.encode(deliveredAt, forKey: .deliveredAt)
        try c.encode(lastStatusCode, forKey: .lastStatusCode)
        try c.encode(lastError, forKey: .lastError)
        try c.encode(payload, forKey: .payload)
        try c.encode(attempts, forKey: .attempts)
    }
}

struct WebhookAttemptResponse: Encodable, Sendable {
    let attempt: Int
    let url: String
    let startedAt: String
    let latencyMilliseconds: Int
    let statusCode: Int?
    let error: String?
    let nextAttemptAt: String?

    enum CodingKeys: String, CodingKey {
        case attempt, url, startedAt = "started_at", latencyMilliseconds = "latency_ms", statusCode = "status_code", error
        case nextAttemptAt = "next_attempt_at"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(attempt, forKey: .attempt)
        try c.encode(url, forKey: .url)
        try c.encode(startedAt, forKey: .startedAt)
        try c.encode(latencyMilliseconds, forKey: .latencyMilliseconds)
        try c.encode(statusCode, forKey: .statusCode)
        try c.encode(error, forKey: .error)
        try c.encode(nextAttemptAt, forKey: .nextAttemptAt)
    }
}

/// `POST /webhooks/replay` body.
struct WebhookReplayRequest: Decodable {
    let since: String?
    let until: String?
}

/// How many events a redelivery or replay queued.
struct WebhookRequeueResponse: Encodable, Sendable {
    let queued: Int
    let eventIDs: [String]

    enum CodingKeys: String, CodingKey { case queued, eventIDs = "event_ids" }
}

/// `PUT /webhooks/settings` body and `GET` answer.
struct WebhookSettingsRequest: Decodable {
    let webhookURL: String?

    enum CodingKeys: String, CodingKey { case webhookURL = "webhook_url" }
}

public struct WebhookSettingsResponse: Encodable, Sendable {
    let webhookURL: String?
    /// Until when the secret before the last rotation still signs; null when none does.
    let previousSecretExpiresAt: String?

    enum CodingKeys: String, CodingKey { case webhookURL = "webhook_url", previousSecretExpiresAt = "previous_secret_expires_at" }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(webhookURL, forKey: .webhookURL)
        try c.encode(previousSecretExpiresAt, forKey: .previousSecretExpiresAt)
    }
}

/// `POST /webhooks/secret/rotate` body and answer (the new secret is shown only here).
struct WebhookRotateRequest: Decodable {
    let overlapSeconds: Int?

    enum CodingKeys: String, CodingKey { case overlapSeconds = "overlap_seconds" }
}

public struct WebhookRotateResponse: Encodable, Sendable {
    let webhookSecret: String
    let previousSecretExpiresAt: String?

    enum CodingKeys: String, CodingKey { case webhookSecret = "webhook_secret", previousSecretExpiresAt = "previous_secret_expires_at" }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(webhookSecret, forKey: .webhookSecret)
        try c.encode(previousSecretExpiresAt, forKey: .previousSecretExpiresAt)
    }
}
