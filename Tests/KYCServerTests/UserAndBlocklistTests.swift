import Foundation
import Testing
import VaporTesting
@testable import KYCServer

@Suite("Users and blocklist")
struct UserAndBlocklistTests {
    @Test("user lookup returns the user's data and verification status", arguments: TestDatabase.available)
    func userLookup(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let id = try await t.createSession(key: key, telegramID: "555", extra: [
                "username": "rudo", "first_name": "Rudo", "last_name": "Chikwanha", "email": "rudo@example.com",
                "phone": "+263771234567", "country_code": "ZW"])
            let response = try await t.request(.GET, "user/555", key: key)
            #expect(response.status == .ok)
            let user = response.object
            #expect(user["telegram_id"] as? String == "555")
            #expect(user["username"] as? String == "rudo")
            #expect(user["first_name"] as? String == "Rudo")
            #expect(user["last_name"] as? String == "Chikwanha")
            #expect(user["email"] as? String == "rudo@example.com")
            #expect(user["phone"] as? String == "+263771234567")
            #expect(user["country_code"] as? String == "ZW")
            #expect(user["latest_session_id"] as? String == id)
            #expect(user["verification_status"] as? String == "pending")
            #expect(user["is_verified"] as? Bool == false)
            #expect(user["verified_at"] is NSNull)

            let missing = try await t.request(.GET, "user/999", key: key)
            #expect(missing.status == .notFound)
            #expect(missing.errorCode == "USER_NOT_FOUND")
            #expect(try await t.request(.GET, "user/555").status == .unauthorized)
        }
    }

    @Test("one business can never read, list or touch another's sessions, users or files",
          arguments: TestDatabase.available)
    func tenantIsolation(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let (keyA, _) = try await t.createTenant(name: "Bank A")
            let (keyB, _) = try await t.createTenant(name: "Bank B")
            let id = try await t.createSession(key: keyA, telegramID: "321", extra: ["first_name": "Private"])
            #expect(try await t.uploadMultipart("selfie", sessionID: id, files: [try TestImages.jpeg()], key: keyA).status == .ok)

            let status = try await t.request(.GET, "session/\(id)/status", key: keyB)
            #expect(status.status == .notFound)
            #expect(!status.text.contains("Private"))
            #expect(try await t.request(.GET, "user/321", key: keyB).status == .notFound)
            #expect(try await t.uploadMultipart("selfie", sessionID: id, files: [try TestImages.jpeg("img2.jpg")], key: keyB).status == .notFound)
            #expect(try await t.request(.POST, "session/\(id)/personal-info", key: keyB,
                                        json: ["first_name": "X", "last_name": "Y"]).status == .notFound)
            // B's blocklist neither lists nor deletes A's entries.
            let entry = try await t.request(.POST, "blocklist", key: keyA, json: ["type": "telegram_id", "value": "666"])
            let entryID = try #require(entry.object["id"] as? String)
            #expect((try await t.request(.GET, "blocklist", key: keyB).object["entries"] as? [Any])?.isEmpty == true)
            #expect(try await t.request(.DELETE, "blocklist/\(entryID)", key: keyB).status == .notFound)
            #expect(try await t.createSession(key: keyB, telegramID: "666") != "")
            // A's own view still works, untouched.
            #expect(try await t.request(.GET, "session/\(id)/status", key: keyA).object["telegram_id"] as? String == "321")
            #expect(try await t.documents(sessionID: id).count == 1)
        }
    }

    @Test("blocklist: add, list, remove; enforced at create and upload with 403 BLOCKED",
          arguments: TestDatabase.available)
    func blocklist(database: TestDatabase) async throws {
        try await withTestApp(database, adjust: { $0.trustForwardedFor = true }) { t in
            let (key, _) = try await t.createTenant()
            let id = try await t.createSession(key: key, telegramID: "900")

            let added = try await t.request(.POST, "blocklist", key: key,
                                            json: ["type": "telegram_id", "value": "900", "reason": "chargeback fraud"])
            #expect(added.status == .created)
            #expect(added.object["type"] as? String == "telegram_id")
            let blockedCreate = try await t.request(.POST, "session/create", key: key, json: ["telegram_id": "900"])
            #expect(blockedCreate.status == .forbidden)
            #expect(blockedCreate.errorCode == "BLOCKED")
            let blockedUpload = try await t.uploadMultipart("selfie", sessionID: id, files: [try TestImages.jpeg()])
            #expect(blockedUpload.status == .forbidden)
            #expect(try await t.documents(sessionID: id).isEmpty)

            t.clock.advance(by: 1)
            let network = try await t.request(.POST, "blocklist", key: key, json: ["type": "cidr", "value": "196.27.0.0/16"])
            #expect(network.object["value"] as? String == "196.27.0.0/16")
            let fromNetwork = [("X-Forwarded-For", "196.27.44.5")]
            #expect(try await t.request(.POST, "session/create", key: key, json: ["telegram_id": "901"],
                                        headers: fromNetwork).errorCode == "BLOCKED")
            #expect(try await t.request(.POST, "session/create", key: key, json: ["telegram_id": "901"],
                                        headers: [("X-Forwarded-For", "196.28.0.1")]).status == .ok)
            t.clock.advance(by: 1)
            _ = try await t.request(.POST, "blocklist", key: key, json: ["type": "ip", "value": "::ffff:102.65.1.9"])
            #expect(try await t.request(.POST, "session/create", key: key, json: ["telegram_id": "902"],
                                        headers: [("X-Forwarded-For", "102.65.1.9")]).errorCode == "BLOCKED")

            let list = try await t.request(.GET, "blocklist", key: key)
            let entries = try #require(list.object["entries"] as? [[String: Any]])
            #expect(entries.map { $0["type"] as? String } == ["telegram_id", "cidr", "ip"])
            #expect(entries.last?["value"] as? String == "102.65.1.9")

            let userEntry = try #require(entries.first?["id"] as? String)
            #expect(try await t.request(.DELETE, "blocklist/\(userEntry)", key: key).status == .noContent)
            #expect(try await t.uploadMultipart("selfie", sessionID: id, files: [try TestImages.jpeg()]).status == .ok)

            for (body, field) in [(["type": "ip", "value": "999.1.1.1"], "value"), (["type": "email", "value": "x"], "type"),
                                  (["value": "1"], "type"), (["type": "cidr", "value": "10.0.0.0/33"], "value")] {
                let bad = try await t.request(.POST, "blocklist", key: key, json: body)
                #expect(bad.status == .badRequest)
                #expect(bad.errorField == field, "\(body)")
            }
        }
    }
}
