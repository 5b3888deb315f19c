import Foundation
import KYCCore

/// A tenant's Telegram bot settings: sealing the token, and the access rule they make.
enum TelegramSettings {
    static func sealContext(_ tenantID: UUID) -> String { "telegram-bot-token:" + tenantID.uuidString.lowercased() }

    static func sealToken(_ token: String, tenantID: UUID, cipher: AtRestCipher) throws -> Data {
        Data(try cipher.seal(Array(token.utf8), context: sealContext(tenantID)))
    }

    /// The rule for this tenant's Mini App calls.
    static func access(for tenant: Tenant, cipher: AtRestCipher, config: AppConfig) throws -> TelegramAccess {
        let tenantID = try tenant.requireID()
        let token = try tenant.telegramBotTokenSealed.map {
            String(decoding: try cipher.open(Array($0), context: sealContext(tenantID)), as: UTF8.self)
        }
        var access = TelegramAccess(botToken: token, botID: tenant.telegramBotID,
                                    allowOutsideTelegram: tenant.outsideTelegramAllowed ?? true)
        access.maxAge = config.telegramInitDataMaxAge
        access.telegramPublicKey = config.telegramPublicKey
        return access
    }

    /// initData as the Mini App sends it: `Authorization: tma <initData>`.
    static func initData(from authorization: String?) -> String? {
        guard let authorization, authorization.lowercased().hasPrefix("tma ") else { return nil }
        return String(authorization.dropFirst(4))
    }
}

extension TelegramSettings {
    /// What the operator sees: never the token itself.
    struct View: Encodable, Sendable {
        let tenantID: String
        let botTokenSet: Bool
        let botID: String?
        let outsideTelegramAllowed: Bool

        enum CodingKeys: String, CodingKey {
            case tenantID = "tenant_id", botTokenSet = "bot_token_set", botID = "bot_id"
            case outsideTelegramAllowed = "outside_telegram_allowed"
        }

        init(_ tenant: Tenant) throws {
            tenantID = try tenant.requireID().uuidString.lowercased()
            botTokenSet = tenant.telegramBotTokenSealed != nil
            botID = tenant.telegramBotID
            outsideTelegramAllowed = tenant.outsideTelegramAllowed ?? true
        }
    }

    /// Applies the given changes; `clear` removes the bot (token and id) first.
    static func update(_ tenant: Tenant, botToken: String?, botID: String?, outsideTelegramAllowed: Bool?, clear: Bool,
                       cipher: AtRestCipher) throws {
        if clear {
            tenant.telegramBotTokenSealed = nil
            tenant.telegramBotID = nil
        }
        if let botToken {
            // A bot token is "<bot id>:<secret>"; its id part is the bot id.
            let parts = botToken.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let id = UInt64(parts[0]), parts[1].count >= 20 else {
                throw KYCError.invalid("bot_token", "expected <bot id>:<secret> as BotFather gives it")
            }
            tenant.telegramBotTokenSealed = try sealToken(botToken, tenantID: try tenant.requireID(), cipher: cipher)
            tenant.telegramBotID = String(id)
        }
        if let botID {
            guard UInt64(botID) != nil else { throw KYCError.invalid("bot_id", "a bot id is a number") }
            tenant.telegramBotID = botID
        }
        if let outsideTelegramAllowed { tenant.outsideTelegramAllowed = outsideTelegramAllowed }
    }
}
