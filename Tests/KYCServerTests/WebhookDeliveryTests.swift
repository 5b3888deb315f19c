import Fluent
import Foundation
import KYCCore
import Logging
import SQLKit
import Testing
import VaporTesting
@testable import KYCServer

/// Webhooks over real HTTP to a receiver on loopback that checks every request with the API
/// reference's own receiver code and with the PyPI `standardwebhooks` verifier, on SQLite and
/// PostgreSQL. Retries run on the test clock: a test moves it past the next attempt.
@Suite("Webhooks: delivery, signatures, retries, replay, rotation, SSRF")
struct WebhookDeliveryTests {
    /// A tenant with its API key and webhook secret.
    func tenant(_ t: TestApp) async throws -> TenantAdmin.CreatedTenant {
        try await TenantAdmin.createTenant(name: "Acme Bank", requiresAddress: false, cipher: t.app.kyc.cipher, on: t.app.db)
    }

    /// Writes a decision's events the way the verification recorder does, and wakes the dispatcher.
    func decide(_ t: TestApp, session id: String, status: SessionStatus) async throws {
        let session = try #require(try await VerificationSession.find(UUID(uuidString: id), on: t.app.db))
        try await t.app.db.transaction { db in
            try await EventOutbox.decision(session: session, status: status,
                                           reasons: [DecisionReason(code: "FACE_MISMATCH", message: "The faces differ")],
                                           now: t.clock.now, on: db)
        }
        t.app.kyc.webhookSignal.notify()
    }

    func events(_ t: TestApp, session id: String) async throws -> [VerificationEvent] {
        try await VerificationEvent.query(on: t.app.db).filter(\.$sessionID == UUID(uuidString: id)!)
            .sort(\.$sequence).all()
    }

    /// Moves the test clock and wakes the dispatcher until `done`, at most `rounds` times.
    func advance(_ t: TestApp, by seconds: TimeInterval, rounds: Int = 40, until done: () async throws -> Bool) async throws {
        for _ in 0..<rounds {
            if try await done() { return }
            t.clock.advance(by: seconds)
            t.app.kyc.webhookSignal.notify()
            try await Task.sleep(for: .milliseconds(250))
        }
    }

    @Test("a genuine approval: approved then completed arrive once each, verified by the reference code and standardwebhooks",
          arguments: TestDatabase.available)
    func genuineApproval(database: TestDatabase) async throws {
        let person = try #require(try VerificationPerson.all().first)
        try await withTestApp(database) { t in
            let receiver = try WebhookReceiver(client: t.app.client)
            let created = try await tenant(t)
            let url = receiver.url("200")
            let id = try await VerificationAPITests().prepare(t, key: created.apiKey, person: person, webhookURL: url)
            let verify = try await t.request(.POST, "verify/\(id)", key: created.apiKey)
            #expect(verify.object["status"] as? String == "approved", "\(verify.text)")

            let got = try await receiver.wait(for: 2, at: url)
            #expect(got.map { $0.headers["x-kyc-event"] } == ["verification.approved", "verification.completed"])
            for request in got {
                let body = request.json
                let data = body["data"] as? [String: Any] ?? [:]
                #expect(request.headers["content-type"] == "application/json")
                #expect(request.eventID?.hasPrefix("evt_") == true && body["id"] as? String == request.eventID)
                #expect(request.headers["webhook-id"] == request.eventID)
                #expect(request.headers["x-kyc-event"] == body["event"] as? String)
                #expect(request.headers["x-kyc-signature"]?.hasPrefix("sha256=") == true)
                #expect(request.headers["x-kyc-timestamp"] == request.headers["webhook-timestamp"])
                #expect(body["environment"] as? String == "live" && body["timestamp"] is String)
                #expect(data["session_id"] as? String == id && data["user_id"] as? String == "700100")
                #expect(data["status"] as? String == "approved")
                let user = data["user_data"] as? [String: Any] ?? [:]
                #expect(user["telegram_id"] as? String == "700100" && user["nationality"] as? String == "South Africa")
                #expect(user["legal_name"] is String)
            }
            #expect((got.first?.json["data"] as? [String: Any])?["approved_at"] is String)
            #expect(Set(got.compactMap(\.eventID)).count == 2)
            let verdicts = try await receiver.verify(secrets: [created.webhookSecret, WebhookSignature.newSecret()])
            #expect(verdicts.count == 2)
            for verdict in verdicts {
                #expect(verdict.reference == [true, false], "reference receiver code: \(verdict.reference)")
                #expect(verdict.standard == [true, false], "standardwebhooks: \(verdict.standard)")
            }

            // Nothing more arrives, and the log shows one successful attempt each.
            try await advance(t, by: 10, rounds: 3) { false }
            #expect(try await receiver.received(at: url).count == 2)
            let log = try await t.request(.GET, "session/\(id)/webhooks", key: created.apiKey)
            #expect(log.status == .ok, "\(log.text)")
            let validator = SchemaValidator(document: try #require(try await t.request(.GET, "openapi.json").object as [String: Any]?))
            let schema = try #require(validator.responseSchema(path: "/session/{session_id}/webhooks", method: "GET", status: 200))
            #expect(validator.problems(try #require(log.jsonValue), against: schema).isEmpty, "the log matches /openapi.json")
            let listed = log.object["events"] as? [[String: Any]] ?? []
            #expect(listed.map { $0["id"] as? String } == got.map(\.eventID))
            for event in listed {
                #expect(event["state"] as? String == "delivered" && event["attempt_count"] as? Int == 1)
                let attempts = event["attempts"] as? [[String: Any]] ?? []
                #expect(attempts.count == 1 && attempts.first?["status_code"] as? Int == 200 && attempts.first?["latency_ms"] is Int)
            }
            #expect(try await t.request(.GET, "session/\(id)/webhooks").status == .unauthorized)
            let other = try await tenant(t)
            #expect(try await t.request(.GET, "session/\(id)/webhooks", key: other.apiKey).status == .notFound)
        }
    }

    @Test("a receiver that fails three times then recovers gets each event exactly once more, same id",
          arguments: TestDatabase.available)
    func retriesUntilRecovered(database: TestDatabase) async throws {
        try await withTestApp(database, adjust: { $0.webhookRetry = WebhookRetryPolicy(schedule: [0, 1, 1, 1, 1, 1], jitter: 0.2) }) { t in
            let receiver = try WebhookReceiver(client: t.app.client)
            let created = try await tenant(t)
            let url = receiver.url("500,500,500,200")
            let id = try await t.createSession(key: created.apiKey, extra: ["webhook_url": url])
            try await decide(t, session: id, status: .rejected)
            try await advance(t, by: 1.5) { try await events(t, session: id).allSatisfy { $0.state == .delivered } }

            let stored = try await events(t, session: id)
            #expect(stored.map(\.state) == [.delivered, .delivered], "\(stored.map(\.state))")
            try await advance(t, by: 5, rounds: 3) { false }
            let got = try await receiver.received(at: url)
            #expect(got.count == 5, "three failures and one success per event: \(got.map(\.answer))")
            for event in stored {
                let mine = got.filter { $0.eventID == event.publicID }
                #expect(mine.filter { $0.answer == "200" }.count == 1, "exactly once after recovery")
                #expect(mine.last?.answer == "200")
                #expect(Set(mine.map(\.body)).count == 1, "every attempt sends the same signed body")
            }
            let rejected = try #require(got.first { $0.headers["x-kyc-event"] == "verification.rejected" }).json
            let data = rejected["data"] as? [String: Any] ?? [:]
            #expect(data["rejected_at"] is String && (data["reasons"] as? [[String: Any]])?.first?["code"] as? String == "FACE_MISMATCH")
            let verdicts = try await receiver.verify(secrets: [created.webhookSecret])
            #expect(verdicts.allSatisfy { $0.reference == [true] && $0.standard == [true] })

            let log = try await t.request(.GET, "session/\(id)/webhooks", key: created.apiKey).object
            let attempts = (log["events"] as? [[String: Any]] ?? []).map { ($0["attempts"] as? [[String: Any]] ?? []) }
            #expect(attempts.map(\.count).reduce(0, +) == 5)
            for list in attempts {
                #expect(list.last?["status_code"] as? Int == 200)
                #expect(list.dropLast().allSatisfy { $0["status_code"] as? Int == 500 && $0["next_attempt_at"] is String })
            }
        }
    }

    @Test("410 Gone stops retries for that endpoint; redelivery and replay send failed events again",
          arguments: TestDatabase.available)
    func goneRedeliverReplay(database: TestDatabase) async throws {
        try await withTestApp(database, adjust: { $0.webhookRetry = WebhookRetryPolicy(schedule: [0, 1, 1, 1], jitter: 0) }) { t in
            let receiver = try WebhookReceiver(client: t.app.client)
            let created = try await tenant(t)
            let before = Timestamps.format(t.clock.now.addingTimeInterval(-1))
            // The first event fails (500) and waits for its retry; the second gets 410, which
            // ends the first one's retries too.
            let url = receiver.url("500,410,200")
            let id = try await t.createSession(key: created.apiKey, extra: ["webhook_url": url])
            try await decide(t, session: id, status: .rejected)
            try await advance(t, by: 0, rounds: 40) { try await events(t, session: id).allSatisfy { $0.state == .failed } }
            #expect(try await events(t, session: id).map(\.state) == [.failed, .failed])
            try await advance(t, by: 2, rounds: 4) { false }
            #expect(try await receiver.received(at: url).map(\.answer) == ["500", "410"], "no retry after 410")

            let first = try #require(try await events(t, session: id).first)
            let redeliver = try await t.request(.POST, "webhooks/events/\(first.publicID)/redeliver", key: created.apiKey)
            #expect(redeliver.status == .accepted, "\(redeliver.text)")
            try await advance(t, by: 0) { try await events(t, session: id).first?.state == .delivered }
            #expect(try await events(t, session: id).map(\.state) == [.delivered, .failed])
            #expect(try await t.request(.POST, "webhooks/events/evt_00000000000000000000000000000000/redeliver",
                                        key: created.apiKey).status == .notFound)
            let stranger = try await tenant(t)
            #expect(try await t.request(.POST, "webhooks/events/\(first.publicID)/redeliver", key: stranger.apiKey).status == .notFound)

            let missing = try await t.request(.POST, "webhooks/replay", key: created.apiKey, json: [String: String]())
            #expect(missing.status == .badRequest && missing.errorField == "since")
            let replay = try await t.request(.POST, "webhooks/replay", key: created.apiKey, json: ["since": before])
            #expect(replay.status == .accepted && replay.object["queued"] as? Int == 1, "\(replay.text)")
            try await advance(t, by: 0) { try await events(t, session: id).allSatisfy { $0.state == .delivered } }
            let got = try await receiver.received(at: url)
            #expect(got.map(\.answer) == ["500", "410", "200", "200"])
            #expect(got.map(\.eventID) == [first.publicID, try await events(t, session: id)[1].publicID, first.publicID,
                                            try await events(t, session: id)[1].publicID])
            let again = try await t.request(.POST, "webhooks/replay", key: created.apiKey, json: ["since": before])
            #expect(again.object["queued"] as? Int == 0)
        }
    }

    @Test("a rotated secret: both sign during the overlap, only the new one after", arguments: TestDatabase.available)
    func secretRotation(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let receiver = try WebhookReceiver(client: t.app.client)
            let created = try await tenant(t)
            let rotated = try await t.request(.POST, "webhooks/secret/rotate", key: created.apiKey, json: ["overlap_seconds": 3600])
            #expect(rotated.status == .ok, "\(rotated.text)")
            let second = try #require(rotated.object["webhook_secret"] as? String)
            #expect(second.hasPrefix("whsec_") && second != created.webhookSecret && rotated.object["previous_secret_expires_at"] is String)
            let sealed = try #require(try await Tenant.find(UUID(uuidString: created.tenantID), on: t.app.db)).webhookSecretSealed
            #expect(!String(decoding: sealed, as: UTF8.self).contains(second.dropFirst(6)), "sealed at rest")

            let url = receiver.url("200")
            let id = try await t.createSession(key: created.apiKey, extra: ["webhook_url": url])
            try await decide(t, session: id, status: .pendingReview)
            let during = try await receiver.wait(for: 1, at: url)
            #expect(during.first?.headers["webhook-signature"]?.split(separator: " ").count == 2)
            var verdicts = try await receiver.verify(secrets: [created.webhookSecret, second])
            #expect(verdicts.first?.reference == [false, true], "X-KYC-Signature carries the new secret")
            #expect(verdicts.first?.standard == [true, true], "webhook-signature carries both")

            let third = try #require(try await t.request(.POST, "webhooks/secret/rotate", key: created.apiKey,
                                                         json: ["overlap_seconds": 0]).object["webhook_secret"] as? String)
            let settings = try await t.request(.GET, "webhooks/settings", key: created.apiKey).object
            #expect(settings["previous_secret_expires_at"] is NSNull)
            let url2 = receiver.url("200")
            let id2 = try await t.createSession(key: created.apiKey, telegramID: "555", extra: ["webhook_url": url2])
            try await decide(t, session: id2, status: .pendingReview)
            _ = try await receiver.wait(for: 1, at: url2)
            verdicts = try await receiver.verify(secrets: [created.webhookSecret, second, third])
            #expect(verdicts.last?.reference == [false, false, true] && verdicts.last?.standard == [false, false, true],
                    "\(String(describing: verdicts.last))")
            let bad = try await t.request(.POST, "webhooks/secret/rotate", key: created.apiKey, json: ["overlap_seconds": -1])
            #expect(bad.status == .badRequest && bad.errorField == "overlap_seconds")
        }
    }

    @Test("three dispatchers draining one outbox at once send every event exactly once", arguments: TestDatabase.available)
    func concurrentDispatchers(database: TestDatabase) async throws {
        // API only: no background dispatcher; the three below compete for the same events.
        try await withTestApp(database, adjust: { $0.role = .api }) { t in
            let receiver = try WebhookReceiver(client: t.app.client)
            let created = try await tenant(t)
            let url = receiver.url("200")
            for index in 0..<15 {
                let id = try await t.createSession(key: created.apiKey, telegramID: String(800_000 + index), extra: ["webhook_url": url])
                try await decide(t, session: id, status: .approved)
            }
            let clients = PinnedHTTPClients(eventLoopGroup: t.app.eventLoopGroup, timeout: t.config.webhookTimeout)
            let dispatchers = (0..<3).map { _ in
                WebhookDispatcher(services: t.app.kyc, database: { t.app.db }, clients: clients, logger: Logger(label: "test"))
            }
            let sent = try await withThrowingTaskGroup(of: Int.self) { group in
                for dispatcher in dispatchers {
                    group.addTask { try await dispatcher.runOnce(limit: 7) + dispatcher.runOnce(limit: 7) + dispatcher.runOnce(limit: 32) }
                }
                return try await group.reduce(0, +)
            }
            await clients.shutdown()
            let got = try await receiver.received(at: url)
            #expect(sent == 30 && got.count == 30, "sent \(sent), received \(got.count)")
            #expect(Set(got.compactMap(\.eventID)).count == 30, "no event twice")
            #expect(try await VerificationEvent.query(on: t.app.db).filter(\.$state == .delivered).count() == 30)
            #expect(try await WebhookAttempt.query(on: t.app.db).count() == 30)
        }
    }

    @Test("upgrading: events written before delivery existed get their session's URL and are sent, or wait as no_endpoint",
          arguments: TestDatabase.available)
    func upgradeKeepsEarlierEvents(database: TestDatabase) async throws {
        try await withTestApp(database, adjust: { $0.role = .api }) { t in
            let created = try await tenant(t)
            let withURL = try await t.createSession(key: created.apiKey, extra: ["webhook_url": "https://203.0.113.9/hook"])
            let without = try await t.createSession(key: created.apiKey, telegramID: "555")
            // Back to the schema before this release, with an event per session as it was written then.
            // One connection throughout: SQLite checks ALTER TABLE against the schema its
            // connection last read, so another pooled connection could still see the dropped columns.
            let tenantID = try #require(UUID(uuidString: created.tenantID))
            let sessions = try [withURL, without].map { try #require(UUID(uuidString: $0)) }
            let written = t.clock.now.addingTimeInterval(-3600)
            try await t.app.db.withConnection { db in
                try await AddWebhookDelivery().revert(on: db)
                let sql = try db.sql()
                for sessionID in sessions {
                    try await sql.insert(into: "verification_events")
                        .columns("id", "tenant_id", "session_id", "event", "payload", "created_at")
                        .values(SQLBind(UUID()), SQLBind(tenantID), SQLBind(sessionID),
                                SQLBind("verification.completed"), SQLBind(#"{"event":"verification.completed"}"#), SQLBind(written))
                        .run()
                }
                try await AddWebhookDelivery().prepare(on: db)
            }
            let sent = try #require(try await events(t, session: withURL).first)
            #expect(sent.state == .pending && sent.url == "https://203.0.113.9/hook" && sent.attempts == 0)
            #expect(abs((sent.nextAttemptAt ?? .distantFuture).timeIntervalSince(written)) < 1, "due since it was written")
            let waiting = try #require(try await events(t, session: without).first)
            #expect(waiting.state == .noEndpoint && waiting.url == nil && waiting.nextAttemptAt == nil)
        }
    }

    @Test("the tenant's default webhook URL is used when the session names none")
    func tenantDefaultURL() async throws {
        try await withTestApp(.sqlite) { t in
            let receiver = try WebhookReceiver(client: t.app.client)
            let created = try await tenant(t)
            let url = receiver.url("200")
            let id = try await t.createSession(key: created.apiKey)
            try await decide(t, session: id, status: .pendingReview)
            #expect(try await events(t, session: id).map(\.state) == [.noEndpoint])

            let set = try await t.request(.PUT, "webhooks/settings", key: created.apiKey, json: ["webhook_url": url])
            #expect(set.status == .ok && set.object["webhook_url"] as? String == url, "\(set.text)")
            // The event written before there was an endpoint goes out on replay.
            let replay = try await t.request(.POST, "webhooks/replay", key: created.apiKey,
                                             json: ["since": Timestamps.format(t.clock.now.addingTimeInterval(-60))])
            #expect(replay.object["queued"] as? Int == 1, "\(replay.text)")
            #expect(try await receiver.wait(for: 1, at: url).count == 1)
        }
    }

    @Test("private, loopback, link-local and metadata URLs are refused without the development flag, also at delivery")
    func privateTargetsRefused() async throws {
        try await withTestApp(.sqlite, adjust: { $0.webhookAllowPrivate = false }) { t in
            let created = try await tenant(t)
            let refused = ["http://bank.example/hook", "https://127.0.0.1/hook", "https://localhost:8443/hook", "https://10.0.0.5/h",
                           "https://[::1]/h", "https://169.254.169.254/latest/meta-data", "https://[::ffff:127.0.0.1]/h",
                           "https://192.168.1.10/h", "https://user:pw@203.0.113.9/h"]
            for url in refused {
                let response = try await t.request(.POST, "session/create", key: created.apiKey, json: ["telegram_id": "1", "webhook_url": url])
                #expect(response.status == .badRequest && response.errorField == "webhook_url", "\(url): \(response.text)")
            }
            let callback = try await t.request(.POST, "session/create", key: created.apiKey,
                                               json: ["telegram_id": "1", "callback_url": "https://192.168.1.10/back"])
            #expect(callback.status == .badRequest && callback.errorField == "callback_url", "\(callback.text)")
            let setting = try await t.request(.PUT, "webhooks/settings", key: created.apiKey, json: ["webhook_url": "https://127.0.0.1/h"])
            #expect(setting.status == .badRequest && setting.errorField == "webhook_url")

            // A public address passes at creation; if its name later points inside (DNS
            // rebinding, here the stored URL changed), the delivery is refused before connecting.
            let id = try await t.createSession(key: created.apiKey, extra: ["webhook_url": "https://203.0.113.9/hook"])
            let session = try #require(try await VerificationSession.find(UUID(uuidString: id), on: t.app.db))
            session.webhookURL = "https://localhost:1/hook"
            try await session.save(on: t.app.db)
            try await decide(t, session: id, status: .pendingReview)
            try await advance(t, by: 0) { try await events(t, session: id).first?.attempts == 1 }
            let event = try #require(try await events(t, session: id).first)
            #expect(event.state == .pending && event.lastStatusCode == nil)
            #expect(event.lastError?.contains("loopback") == true, "\(event.lastError ?? "")")
        }
    }

    @Test("kill -9 of the dispatching worker mid-delivery: the event is delivered after restart, same id",
          arguments: TestDatabase.available)
    func killedDispatcher(database: TestDatabase) async throws {
        // This application only serves the API: events are left for the worker processes.
        try await withTestApp(database, adjust: { $0.role = .api }) { t in
            let receiver = try WebhookReceiver(client: t.app.client)
            let created = try await tenant(t)
            let url = receiver.url("hang,200")
            let id = try await t.createSession(key: created.apiKey, extra: ["webhook_url": url])
            try await decide(t, session: id, status: .pendingReview)

            let first = try startWorker(t)
            defer { if first.isRunning { kill(first.processIdentifier, SIGKILL) } }
            #expect(try await receiver.wait(for: 1, at: url).first?.answer == "hang", "the worker never sent the event")
            kill(first.processIdentifier, SIGKILL)
            first.waitUntilExit()
            #expect(first.terminationReason == .uncaughtSignal)
            let held = try #require(try await events(t, session: id).first)
            #expect(held.state == .pending && held.deliveredAt == nil && held.leaseOwner != nil, "killed mid-request, still leased")

            let second = try startWorker(t)
            defer { if second.isRunning { kill(second.processIdentifier, SIGKILL) } }
            let got = try await receiver.wait(for: 2, at: url, timeout: .seconds(90))
            #expect(got.map(\.answer) == ["hang", "200"])
            #expect(got.count == 2 && got[0].eventID == got[1].eventID && got[0].body == got[1].body)
            var delivered = try #require(try await events(t, session: id).first)
            for _ in 0..<100 where delivered.state != .delivered {
                try await Task.sleep(for: .milliseconds(100))
                delivered = try #require(try await events(t, session: id).first)
            }
            #expect(delivered.state == .delivered && delivered.lastStatusCode == 200)
            kill(second.processIdentifier, SIGTERM)
            second.waitUntilExit()
        }
    }

    /// A worker process with a 6 s webhook timeout: long enough that the kill lands while the
    /// request is still waiting even on a loaded machine (with 1 s, a busy CI run timed the
    /// request out first), short enough that a dead worker's lease lapses in 22 s.
    func startWorker(_ t: TestApp) throws -> Process {
        try WorkerProcess.start(t, environment: ["OPENKYC_WEBHOOK_ALLOW_PRIVATE": "true", "OPENKYC_WEBHOOK_TIMEOUT_SECONDS": "6"])
    }
}
