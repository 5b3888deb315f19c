import Crypto
import Foundation
import KYCCore
import Testing

@Suite("Telegram initData: Telegram's HMAC vector, Ed25519 signatures, freshness and the session's user")
struct TelegramInitDataTests {
    /// The verified vector from ../shared/reference/ids-mrz-telegram.md (auth_date 1662771648).
    static let botToken = "5768337691:AAH5YkoiEuPk8-FZa32hStHTqXiLPtAEhx8"
    static let vector = "query_id=AAHdF6IQAAAAAN0XohDhrOrc&user=%7B%22id%22%3A279058397%2C%22first_name%22%3A%22Vladislav%22%2C%22last_name%22%3A%22Kibenko%22%2C%22username%22%3A%22vdkfrost%22%2C%22language_code%22%3A%22ru%22%2C%22is_premium%22%3Atrue%7D&auth_date=1662771648&hash=c501b71e775f74ce10e377dea85a7ea24ecd640b223ea86dfe453e0eaed2e2b2"
    static let issued = Date(timeIntervalSince1970: 1_662_771_648)

    @Test("the published vector validates with its bot token, and not with another or when altered")
    func hmacVector() throws {
        let data = try TelegramInitData.parse(Self.vector)
        #expect(data.hasValidHash(botToken: Self.botToken))
        #expect(data.user?.id == "279058397" && data.user?.languageCode == "ru")
        #expect(data.authDate == Self.issued)
        #expect(!data.hasValidHash(botToken: "5768337691:AAH5YkoiEuPk8-FZa32hStHTqXiLPtAEhx9"))
        let altered = Self.vector.replacingOccurrences(of: "279058397", with: "279058398")
        #expect(!(try TelegramInitData.parse(altered)).hasValidHash(botToken: Self.botToken))
    }

    @Test("access: the session's user passes; another user, a stale or unsigned initData do not")
    func access() throws {
        var access = TelegramAccess(botToken: Self.botToken)
        let fresh = Self.issued.addingTimeInterval(600)
        #expect(try access.check(Self.vector, telegramID: "279058397", now: fresh) == .telegramUser(id: "279058397", languageCode: "ru"))
        #expect(Self.code { try access.check(Self.vector, telegramID: "12345", now: fresh) } == .telegramUserMismatch)
        #expect(Self.code { try access.check(Self.vector, telegramID: "279058397", now: Self.issued.addingTimeInterval(3601)) } == .initDataExpired)
        #expect(Self.code { try access.check(Self.vector, telegramID: "279058397", now: Self.issued.addingTimeInterval(-120)) } == .invalidInitData)
        let forged = Self.vector.replacingOccurrences(of: "hash=c5", with: "hash=d5")
        #expect(Self.code { try access.check(forged, telegramID: "279058397", now: fresh) } == .invalidInitData)
        #expect(Self.code { try access.check("user=%7B%7D&auth_date=1", telegramID: "279058397", now: fresh) } == .invalidInitData)
        #expect(Self.code { try access.check("%%%", telegramID: "279058397", now: fresh) } == .invalidInitData)
        // Outside Telegram (no initData): allowed unless the business requires Telegram.
        #expect(try access.check(nil, telegramID: "279058397", now: fresh) == .unverified)
        access.allowOutsideTelegram = false
        #expect(Self.code { try access.check("", telegramID: "279058397", now: fresh) } == .telegramRequired)
        // No bot configured: initData cannot be checked, so it counts as a plain browser.
        #expect(try TelegramAccess().check(Self.vector, telegramID: "1", now: fresh) == .unverified)
    }

    @Test("Ed25519: Telegram's signature over '<bot id>:WebAppData' and the sorted fields validates with the bot id only")
    func ed25519() throws {
        let telegram = Curve25519.Signing.PrivateKey()
        let fields = ["auth_date": "1700000000", "query_id": "AAE", "user": #"{"id":42,"first_name":"Amara","language_code":"sw"}"#]
        let checkString = fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
        let signature = try telegram.signature(for: Array("7000001:WebAppData\n\(checkString)".utf8))
        let encoded = Data(signature).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        var query = URLComponents()
        query.queryItems = (fields.map { URLQueryItem(name: $0.key, value: $0.value) } + [
            URLQueryItem(name: "signature", value: encoded), URLQueryItem(name: "hash", value: String(repeating: "0", count: 64)),
        ])
        let raw = query.percentEncodedQuery!
        var access = TelegramAccess(botID: "7000001")
        access.telegramPublicKey = Array(telegram.publicKey.rawRepresentation)
        let now = Date(timeIntervalSince1970: 1_700_000_100)
        #expect(try access.check(raw, telegramID: "42", now: now) == .telegramUser(id: "42", languageCode: "sw"))
        // Another bot's id, Telegram's real key (not the one that signed), or an altered field.
        access.botID = "7000002"
        #expect(Self.code { try access.check(raw, telegramID: "42", now: now) } == .invalidInitData)
        #expect(!(try TelegramInitData.parse(raw)).hasValidSignature(botID: "7000001", publicKey: TelegramAccess.productionPublicKey))
        let altered = raw.replacingOccurrences(of: "auth_date=1700000000", with: "auth_date=1700000001")
        #expect(!(try TelegramInitData.parse(altered)).hasValidSignature(botID: "7000001", publicKey: Array(telegram.publicKey.rawRepresentation)))
    }

    static func code(_ work: () throws -> TelegramAccess.Caller) -> KYCError.Code? {
        do {
            _ = try work()
            return nil
        } catch let error as KYCError {
            return error.code
        } catch {
            return nil
        }
    }
}
