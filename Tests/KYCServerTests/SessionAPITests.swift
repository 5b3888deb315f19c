import Foundation
import Testing
import VaporTesting
@testable import KYCServer

@Suite("Sessions API")
struct SessionAPITests {
    @Test("create returns the documented shape", arguments: TestDatabase.available)
    func createShape(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let response = try await t.request(.POST, "session/create", key: key, json: [
                "telegram_id": "777000111", "username": "@tendai_m", "first_name": "Tendai", "last_name": "Moyo",
                "email": "tendai@example.co.zw", "phone": "+263 77 123 4567", "country_code": "zw",
                "webhook_url": "https://bank.example/hooks/kyc", "callback_url": "https://t.me/bankbot",
                "external_user_id": "cust-42", "metadata": ["tier": 2, "tags": ["new"]],
            ])
            #expect(response.status == .ok)
            let body = response.object
            let id = try #require(body["session_id"] as? String)
            #expect(UUID(uuidString: id) != nil)
            #expect(body["status"] as? String == "pending")
            #expect(body["current_step"] as? String == "personal_info", "names given at create are confirmed by the user first")
            #expect(body["message"] as? String == "Session created successfully")
            #expect(body["mini_app_url"] as? String == "\(t.config.publicBaseURL)/app?session_id=\(id)")
            #expect(body["verification_url"] as? String == body["mini_app_url"] as? String)
            let expiresAt = try #require((body["expires_at"] as? String).flatMap { try? Date($0, strategy: .iso8601) })
            #expect(abs(expiresAt.timeIntervalSince(t.clock.now) - 86_400) < 2)

            let owner = try await t.request(.GET, "session/\(id)/status", key: key).object
            let metadata = try #require(owner["metadata"] as? [String: Any])
            #expect(metadata["tier"] as? Int == 2)
            #expect(metadata["tags"] as? [String] == ["new"])
            #expect(owner["external_user_id"] as? String == "cust-42")
        }
    }

    @Test("without names the first step is personal_info, and the Mini App can complete it",
          arguments: TestDatabase.available)
    func personalInfoStep(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let id = try await t.createSession(key: key)
            #expect(try await t.request(.GET, "session/\(id)/status").object["current_step"] as? String == "personal_info")
            let missing = try await t.request(.POST, "session/\(id)/personal-info", json: ["first_name": "Amina"])
            #expect(missing.status == .badRequest)
            #expect(missing.errorField == "last_name")
            let done = try await t.request(.POST, "session/\(id)/personal-info",
                                           json: ["first_name": "Amina", "last_name": "Okafor", "country_code": "NG"])
            #expect(done.status == .ok)
            #expect(done.object["current_step"] as? String == "id_front")
            #expect(done.object["status"] as? String == "in_progress")
            #expect(done.object["telegram_id"] == nil, "no personal data without the API key")
        }
    }

    @Test("an active session of the same user is returned instead of a new one", arguments: TestDatabase.available)
    func reuseActiveSession(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let first = try await t.createSession(key: key, telegramID: "42")
            let second = try await t.request(.POST, "session/create", key: key, json: ["telegram_id": 42])
            #expect(second.object["session_id"] as? String == first)
            #expect(second.object["message"] as? String == "Active session already exists")
            let other = try await t.createSession(key: key, telegramID: "43")
            #expect(other != first)

            // Another business's user with the same Telegram id is a different user.
            let (otherKey, _) = try await t.createTenant(name: "Other")
            #expect(try await t.createSession(key: otherKey, telegramID: "42") != first)
        }
    }

    @Test("concurrent creates for one user yield one active session", arguments: TestDatabase.available)
    func concurrentCreates(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let ids = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<8 { group.addTask { try await t.createSession(key: key, telegramID: "race") } }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(ids.count == 1)
        }
    }

    @Test("sessions expire after 24 hours, on read and by the sweep", arguments: TestDatabase.available)
    func expiry(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let readID = try await t.createSession(key: key, telegramID: "1")
            let sweptID = try await t.createSession(key: key, telegramID: "2")
            t.clock.advance(by: 23 * 3600)
            #expect(try await t.request(.GET, "session/\(readID)/status").object["status"] as? String == "pending")
            // One second past the 24 h mark: databases may round stored timestamps.
            t.clock.advance(by: 3601)

            let read = try await t.request(.GET, "session/\(readID)/status")
            #expect(read.object["status"] as? String == "expired")

            #expect(try await ExpirySweeper.sweep(now: t.clock.now, on: t.app.db) == 1)
            let swept = try await VerificationSession.find(UUID(uuidString: sweptID)!, on: t.app.db)
            #expect(swept?.status == "expired")
            #expect(swept?.activeUserKey == nil)

            // An expired session is not reused, and no longer accepts uploads.
            #expect(try await t.createSession(key: key, telegramID: "1") != readID)
            let upload = try await t.uploadJSON("id_front", sessionID: readID, files: [try TestImages.jpeg()])
            #expect(upload.status == .badRequest)
            #expect(upload.errorCode == "SESSION_EXPIRED")
        }
    }

    @Test("status works by session id alone and shows no personal data", arguments: TestDatabase.available)
    func publicStatus(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let id = try await t.createSession(key: key, extra: ["first_name": "Tendai", "last_name": "Moyo",
                                                                 "email": "t@example.com", "metadata": ["x": 1]])
            let response = try await t.request(.GET, "session/\(id)/status")
            #expect(response.status == .ok)
            #expect(Set(response.object.keys) == ["id", "status", "current_step", "created_at", "completed_at", "verification"])
            #expect(response.object["verification"] is NSNull)
            #expect(response.object["completed_at"] is NSNull)
            for secret in ["Tendai", "Moyo", "t@example.com", "100200300"] { #expect(!response.text.contains(secret)) }
        }
    }

    @Test("a malformed or unknown session id is a 404 with the documented shape", arguments: TestDatabase.available)
    func notFound(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let malformed = try await t.request(.GET, "session/invalid-session-id/status")
            #expect(malformed.status == .notFound)
            #expect(malformed.object["error"] as? String == "Session not found")
            #expect(malformed.errorCode == "SESSION_NOT_FOUND")
            #expect((malformed.object["details"] as? [String: String])?["session_id"] == "invalid-session-id")
            let unknown = try await t.request(.GET, "session/\(UUID().uuidString)/status")
            #expect(unknown.status == .notFound)
            #expect(try await t.request(.GET, "no/such/route").errorCode == "NOT_FOUND")
        }
    }

    @Test("API keys: header or query parameter; missing, unknown or revoked is 401", arguments: TestDatabase.available)
    func authentication(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let body = ["telegram_id": "5"]
            #expect(try await t.request(.POST, "session/create?api_key=\(key)", json: body).status == .ok)
            let missing = try await t.request(.POST, "session/create", json: body)
            #expect(missing.status == .unauthorized)
            #expect(missing.errorCode == "INVALID_API_KEY")
            #expect(try await t.request(.POST, "session/create", key: key + "x", json: body).status == .unauthorized)
            #expect(try await t.request(.GET, "user/5", key: "okyc_wrong").status == .unauthorized)

            let apiKey = try #require(try await APIKey.query(on: t.app.db).first())
            try await TenantAdmin.revokeKey(id: try apiKey.requireID(), now: t.clock.now, on: t.app.db)
            #expect(try await t.request(.POST, "session/create", key: key, json: body).status == .unauthorized)
        }
    }

    @Test("invalid parameters are a 400 naming the field", arguments: TestDatabase.available)
    func validation(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let cases: [([String: Any], String, String)] = [
                ([:], "MISSING_PARAMETER", "telegram_id"),
                (["telegram_id": "  "], "MISSING_PARAMETER", "telegram_id"),
                (["telegram_id": true], "INVALID_PARAMETER", "telegram_id"),
                (["telegram_id": "1", "email": "not-an-email"], "INVALID_PARAMETER", "email"),
                (["telegram_id": "1", "country_code": "XX"], "INVALID_PARAMETER", "country_code"),
                (["telegram_id": "1", "country_code": 263], "INVALID_PARAMETER", "country_code"),
                (["telegram_id": "1", "webhook_url": "ftp://x"], "INVALID_PARAMETER", "webhook_url"),
                (["telegram_id": "1", "metadata": [1, 2]], "INVALID_PARAMETER", "metadata"),
                (["telegram_id": "1", "phone": "call me"], "INVALID_PARAMETER", "phone"),
                (["telegram_id": "1", "username": "bad name"], "INVALID_PARAMETER", "username"),
                (["telegram_id": "1", "first_name": String(repeating: "a", count: 101)], "INVALID_PARAMETER", "first_name"),
            ]
            for (body, code, field) in cases {
                let response = try await t.request(.POST, "session/create", key: key, json: body)
                #expect(response.status == .badRequest, "\(body)")
                #expect(response.errorCode == code, "\(body): \(response.text)")
                #expect(response.errorField == field, "\(body): \(response.text)")
            }
            let notJSON = try await t.request(.POST, "session/create", key: key,
                                              body: (ByteBuffer(string: "{oops"), .json))
            #expect(notJSON.status == .badRequest)
            #expect(notJSON.errorCode == "INVALID_REQUEST")
            let empty = try await t.request(.POST, "session/create", key: key)
            #expect(empty.errorCode == "INVALID_REQUEST")
            #expect(try await VerificationSession.query(on: t.app.db).count() == 0)
        }
    }

    @Test("rate limits answer 429 with Retry-After, per IP and per key", arguments: TestDatabase.available)
    func rateLimits(database: TestDatabase) async throws {
        try await withTestApp(database, adjust: { $0.rateLimitPerKey = 3; $0.trustForwardedFor = true }) { t in
            let (key, _) = try await t.createTenant()
            let ip = [("X-Forwarded-For", "41.57.10.1")]
            for _ in 0..<3 {
                #expect(try await t.request(.GET, "user/1", key: key, headers: ip).status == .notFound)
            }
            let limited = try await t.request(.GET, "user/1", key: key, headers: ip)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.errorCode == "RATE_LIMITED")
            let retryAfter = try #require(limited.headers.first(name: "Retry-After").flatMap(Int.init))
            #expect(retryAfter >= 1 && retryAfter <= 60)
            // Health probes are not limited; once the window refills, the key works again.
            #expect(try await t.request(.GET, "health", key: key).status == .ok)
            t.clock.advance(by: Double(retryAfter))
            #expect(try await t.request(.GET, "user/1", key: key, headers: ip).status == .notFound)
        }
        try await withTestApp(database, adjust: { $0.rateLimitPerIP = 2; $0.trustForwardedFor = true }) { t in
            let first = [("X-Forwarded-For", "10.9.8.7")], second = [("X-Forwarded-For", "10.9.8.8")]
            var statuses: [HTTPResponseStatus] = []
            for headers in [first, first, first, second] {
                statuses.append(try await t.request(.GET, "session/x/status", headers: headers).status)
            }
            #expect(statuses == [.notFound, .notFound, .tooManyRequests, .notFound])
        }
    }
}
