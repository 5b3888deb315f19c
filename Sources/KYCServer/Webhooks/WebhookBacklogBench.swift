import Fluent
import Foundation
import KYCCore
import Logging

/// The dispatcher's throughput, measured by draining a backlog: `decisions` approvals (two
/// events each) are written to the outbox exactly as the recorder writes them, with no
/// dispatcher running; then one dispatcher starts and the clock runs until every event has
/// been delivered to `url` (bench/webhooks.sh runs it against a local receiver).
public enum WebhookBacklogBench {
    public struct Report: Encodable, Sendable {
        let events: Int
        let concurrency: Int
        let database: String
        let writeSeconds: Double
        let drainSeconds: Double
        let eventsPerSecond: Double

        enum CodingKeys: String, CodingKey {
            case events, concurrency, database, writeSeconds = "write_seconds", drainSeconds = "drain_seconds"
            case eventsPerSecond = "events_per_second"
        }
    }

    public static func run(config: AppConfig, decisions: Int, url: String) async throws -> Report {
        var benchConfig = config
        benchConfig.role = .api  // no background dispatcher: this one is started by hand
        return try await OpenKYCRuntime.withAdmin(config: benchConfig) { admin in
            let app = admin.app
            try await app.autoMigrate()
            let created = try await TenantAdmin.createTenant(name: "Webhook bench", requiresAddress: false, cipher: app.kyc.cipher, on: app.db)
            guard let tenantID = UUID(uuidString: created.tenantID) else { throw KYCError(.internalError, "tenant id") }
            let writeStart = ContinuousClock.now
            for batch in stride(from: 0, to: decisions, by: 100) {
                try await app.db.writeTransaction { db in
                    for index in batch..<min(batch + 100, decisions) {
                        let session = VerificationSession()
                        session.id = UUID()
                        session.tenantID = tenantID
                        session.telegramID = String(900_000_000 + index)
                        session.webhookURL = url
                        session.status = SessionStatus.approved.rawValue
                        session.completedSteps = ""
                        session.requiresAddress = false
                        session.createdAt = Date()
                        session.updatedAt = Date()
                        session.expiresAt = Date().addingTimeInterval(86_400)
                        try await session.create(on: db)
                        try await EventOutbox.decision(session: session, status: .approved, reasons: [], now: Date(), on: db)
                    }
                }
            }
            let written = (ContinuousClock.now - writeStart).milliseconds / 1000
            let events = decisions * 2

            let clients = PinnedHTTPClients(eventLoopGroup: app.eventLoopGroup, timeout: benchConfig.webhookTimeout)
            let dispatcher = WebhookDispatcher(services: app.kyc, database: { app.db }, clients: clients,
                                               logger: Logger(label: "webhook-bench"))
            let concurrency = benchConfig.webhookConcurrency
            let drainStart = ContinuousClock.now
            let running = Task { await dispatcher.run(concurrency: concurrency, pollInterval: .milliseconds(100)) }
            while try await VerificationEvent.query(on: app.db).filter(\.$state == .delivered).count() < events {
                try await Task.sleep(for: .milliseconds(50))
                if (ContinuousClock.now - drainStart) > .seconds(1800) { break }
            }
            let drained = (ContinuousClock.now - drainStart).milliseconds / 1000
            running.cancel()
            await running.value
            await clients.shutdown()
            let database: String
            switch benchConfig.database {
            case .postgres: database = "postgresql"
            default: database = "sqlite"
            }
            return Report(events: events, concurrency: concurrency, database: database, writeSeconds: written,
                          drainSeconds: drained, eventsPerSecond: Double(events) / drained)
        }
    }
}
