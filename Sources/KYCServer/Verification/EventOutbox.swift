import Fluent
import Foundation
import KYCCore

/// Writes the business's events into the outbox (`verification_events`), inside the
/// transaction of the decision that caused them. The payload follows the published webhook
/// reference: `event`, `timestamp`, `data` with `session_id`, `user_id` and `user_data`, plus a
/// stable `id`, `data.status` and `environment`.
///
/// Each event is also a delivery: due at once to the session's webhook URL (else the tenant's
/// default), or `no_endpoint` when there is neither; the dispatcher takes it from there.
enum EventOutbox {
    /// Live traffic; the test-mode issue gives test keys their own environment.
    static let environment = "live"

    /// approved → verification.approved, verification.completed; rejected →
    /// verification.rejected, verification.completed; pending_review → verification.completed.
    static func decision(session: VerificationSession, status: SessionStatus, reasons: [DecisionReason], now: Date,
                         on db: any Database) async throws {
        var events: [String] = []
        if status == .approved { events.append("verification.approved") }
        if status == .rejected { events.append("verification.rejected") }
        events.append("verification.completed")
        let written = try events.map { event in
            var data = try baseData(session, status: status)
            if event == "verification.approved" { data["approved_at"] = .string(Timestamps.format(now)) }
            if event == "verification.rejected" {
                data["rejected_at"] = .string(Timestamps.format(now))
                data["reasons"] = .array(reasons.map { .object(["code": .string($0.code), "message": .string($0.message)]) })
            }
            return (event, data)
        }
        try await emit(written, session: session, now: now, on: db)
    }

    static func fraudDetected(session: VerificationSession, score: Double, level: FraudRiskLevel, signals: [String],
                              now: Date, on db: any Database) async throws {
        var data = try baseData(session, status: try session.progress.status)
        data["fraud_score"] = .number(score)
        data["fraud_risk_level"] = .string(level.rawValue)
        data["signals"] = .array(signals.map { .string($0) })
        try await emit([("fraud.detected", data)], session: session, now: now, on: db)
    }

    private static func baseData(_ session: VerificationSession, status: SessionStatus) throws -> [String: JSONValue] {
        let legalName = [session.firstName, session.lastName].compactMap { $0 }.joined(separator: " ")
        func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        return [
            "session_id": .string(try session.requireID().uuidString.lowercased()),
            "user_id": .string(session.telegramID),
            "status": .string(status.rawValue),
            "user_data": .object([
                "telegram_id": .string(session.telegramID),
                "username": text(session.username),
                "legal_name": legalName.isEmpty ? .null : .string(legalName),
                "email": text(session.email),
                "nationality": text(session.countryCode.flatMap { CountryNames.code($0)?.name }),
            ]),
        ]
    }

    /// Writes `events` in order, each due at once to the session's target (looked up once).
    private static func emit(_ events: [(event: String, data: [String: JSONValue])], session: VerificationSession, now: Date,
                             on db: any Database) async throws {
        let sessionID = try session.requireID()
        let url = try await target(of: session, on: db)
        let first = try await VerificationEvent.query(on: db).filter(\.$sessionID == sessionID).count()
        for (offset, item) in events.enumerated() {
            let id = UUID()
            let payload: JSONValue = .object([
                "id": .string(VerificationEvent.publicID(id)),
                "event": .string(item.event),
                "timestamp": .string(Timestamps.format(now)),
                "environment": .string(environment),
                "data": .object(item.data),
            ])
            let row = VerificationEvent()
            row.id = id
            row.tenantID = session.tenantID
            row.sessionID = sessionID
            row.event = item.event
            row.payload = try StoredJSON.encode(payload)
            row.createdAt = now
            row.sequence = first + offset
            row.url = url
            row.state = url == nil ? .noEndpoint : .pending
            row.attempts = 0
            row.scheduledAttempts = 0
            row.nextAttemptAt = url == nil ? nil : now
            try await row.create(on: db)
        }
    }

    /// The session's webhook URL, else its tenant's default; nil when neither is set.
    static func target(of session: VerificationSession, on db: any Database) async throws -> String? {
        if let url = session.webhookURL { return url }
        return try await Tenant.find(session.tenantID, on: db)?.webhookURL
    }
}
