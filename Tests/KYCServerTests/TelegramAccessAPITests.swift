import Crypto
import Foundation
import KYCCore
import Testing
import VaporTesting
@testable import KYCServer

/// The Mini App's calls under a business's Telegram settings: initData signed by the bot
/// (made here with the algorithm Telegram documents, as Telegram would), its freshness, the
/// session's own user, and the plain-browser rule.
@Suite("Telegram initData on the Mini App's calls")
struct TelegramAccessAPITests {
    static let botToken = "7000001:AAFtestTokenForOpenKYCsuite_0123456789"

    /// initData as Telegram signs it for `userID`, issued at `issued`.
    static func initData(userID: String, issued: Date, botToken: String = botToken) -> String {
        let fields = ["auth_date": String(Int(issued.timeIntervalSince1970)), "query_id": "AAHtest",
                      "user": #"{"id":\#(userID),"first_name":"Amara","language_code":"sw"}"#]
        let checkString = fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
        let secret = HMAC<SHA256>.authenticationCode(for: Array(botToken.utf8), using: SymmetricKey(data: Array("WebAppData".utf8)))
        let hash = HMAC<SHA256>.authenticationCode(for: Array(checkString.utf8), using: SymmetricKey(data: Array(secret)))
        var query = URLComponents()
        query.queryItems = fields.map { URLQueryItem(name: $0.key, value: $0.value) }
            + [URLQueryItem(name: "hash", value: hash.map { String(format: "%02x", $0) }.joined())]
        return query.percentEncodedQuery!
    }

    func configure(_ t: TestApp, tenantID: String, outsideTelegram: Bool? = nil) async throws {
        let tenant = try #require(try await Tenant.find(UUID(uuidString: tenantID), on: t.app.db))
        try TelegramSettings.update(tenant, botToken: Self.botToken, botID: nil, outsideTelegramAllowed: outsideTelegram,
                                    clear: false, cipher: t.app.kyc.cipher)
        try await tenant.save(on: t.app.db)
    }

    @Test("with the bot configured: the session's user passes; forged, stale and another user's initData are refused",
          arguments: TestDatabase.available)
    func botConfigured(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let (key, tenantID) = try await t.createTenant()
            try await configure(t, tenantID: tenantID)
            let id = try await t.createSession(key: key, telegramID: "424242")
            let now = t.clock.now
            func status(_ initData: String?) async throws -> TestResponse {
                try await t.request(.GET, "session/\(id)/status", headers: initData.map { [("Authorization", "tma " + $0)] } ?? [])
            }
            let valid = Self.initData(userID: "424242", issued: now.addingTimeInterval(-60))
            #expect(try await status(valid).status == .ok)
            let personal = try await t.request(.POST, "session/\(id)/personal-info", json: ["first_name": "Amara", "last_name": "Okoye"],
                                               headers: [("Authorization", "tma " + valid)])
            #expect(personal.status == .ok && personal.object["current_step"] as? String == "id_front", "\(personal.text)")
            let upload = try await t.uploadMultipart("id_front", sessionID: id, files: [try TestImages.jpeg("img1.jpg")],
                                                     headers: [("Authorization", "tma " + valid)])
            #expect(upload.status == .ok, "\(upload.text)")

            let forged = valid.replacingOccurrences(of: "424242,", with: "424243,")
            #expect(forged != valid)
            let refused = try await status(forged)
            #expect(refused.status == .unauthorized && refused.errorCode == "INVALID_INIT_DATA")
            let otherBot = try await status(Self.initData(userID: "424242", issued: now, botToken: "7000002:AAFanotherBotTokenForTheSuite_98765"))
            #expect(otherBot.errorCode == "INVALID_INIT_DATA")
            let stale = try await status(Self.initData(userID: "424242", issued: now.addingTimeInterval(-3601)))
            #expect(stale.status == .unauthorized && stale.errorCode == "INIT_DATA_EXPIRED")
            let someoneElse = try await status(Self.initData(userID: "999", issued: now))
            #expect(someoneElse.status == .forbidden && someoneElse.errorCode == "TELEGRAM_USER_MISMATCH")
            let noUpload = try await t.uploadMultipart("id_back", sessionID: id, files: [try TestImages.jpeg("img2.jpg")],
                                                       headers: [("Authorization", "tma " + forged)])
            #expect(noUpload.status == .unauthorized)
            let noVerify = try await t.request(.POST, "verify/\(id)", headers: [("Authorization", "tma " + forged)])
            #expect(noVerify.status == .unauthorized)
            // Nothing refused was stored: the front alone is there.
            #expect(try await t.documents(sessionID: id).map(\.docType) == ["id_front"])

            // A plain browser is allowed by default, refused when the business requires Telegram;
            // the business's own key is never subject to it.
            #expect(try await status(nil).status == .ok)
            try await configure(t, tenantID: tenantID, outsideTelegram: false)
            let browser = try await status(nil)
            #expect(browser.status == .unauthorized && browser.errorCode == "TELEGRAM_REQUIRED")
            #expect(try await t.request(.GET, "session/\(id)/status", key: key).status == .ok)
            #expect(try await status(valid).status == .ok)
        }
    }

    @Test("without a bot the flow works as before, and the token is sealed and never shown")
    func noBot() async throws {
        try await withTestApp(.sqlite) { t in
            let (key, tenantID) = try await t.createTenant()
            let id = try await t.createSession(key: key, telegramID: "424242")
            let anyone = Self.initData(userID: "1", issued: t.clock.now)
            #expect(try await t.request(.GET, "session/\(id)/status", headers: [("Authorization", "tma " + anyone)]).status == .ok)
            try await configure(t, tenantID: tenantID)
            let tenant = try #require(try await Tenant.find(UUID(uuidString: tenantID), on: t.app.db))
            let sealed = try #require(tenant.telegramBotTokenSealed)
            #expect(!String(decoding: sealed, as: UTF8.self).contains("AAFtestToken"))
            #expect(tenant.telegramBotID == "7000001")
            let view = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(try TelegramSettings.View(tenant))) as? [String: Any]
            #expect(view?["bot_token_set"] as? Bool == true && view?.keys.contains("bot_token") == false)
            #expect(throws: KYCError.self) {
                try TelegramSettings.update(tenant, botToken: "not-a-token", botID: nil, outsideTelegramAllowed: nil, clear: false,
                                            cipher: t.app.kyc.cipher)
            }
        }
    }
}
