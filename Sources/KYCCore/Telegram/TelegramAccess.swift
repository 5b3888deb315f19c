import Foundation

/// Who may work on a session from the Mini App, by the business's Telegram settings.
///
/// With a bot configured (its token, or only its id for Telegram's Ed25519 signature), a call
/// from inside Telegram must carry initData that Telegram signed recently, for the session's own
/// Telegram user. A call with no initData is a plain browser: allowed unless the business
/// requires Telegram. Without a bot configured the service cannot check initData at all, so it
/// is treated like a plain browser.
public struct TelegramAccess: Sendable {
    /// Telegram's production Ed25519 key for third-party initData validation.
    public static let productionPublicKey = TelegramInitData.bytes(
        hex: "e7bf03a2fa4602af4580703d88dda5bb59f32ed8b02a56c187fe7d34caed242d")!

    public var botToken: String?
    public var botID: String?
    public var allowOutsideTelegram = true
    /// How old `auth_date` may be.
    public var maxAge: TimeInterval = 3600
    public var telegramPublicKey = Self.productionPublicKey

    public init(botToken: String? = nil, botID: String? = nil, allowOutsideTelegram: Bool = true) {
        self.botToken = botToken
        self.botID = botID
        self.allowOutsideTelegram = allowOutsideTelegram
    }

    public enum Caller: Sendable, Equatable {
        /// initData signed by Telegram for the session's user.
        case telegramUser(id: String, languageCode: String?)
        /// No initData, or no bot to check it against: a plain browser, allowed by the business.
        case unverified
    }

    /// Checks `rawInitData` (nil or empty outside Telegram) for a session of `telegramID`.
    public func check(_ rawInitData: String?, telegramID: String, now: Date) throws(KYCError) -> Caller {
        let raw = rawInitData?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !raw.isEmpty, botToken != nil || botID != nil else {
            guard allowOutsideTelegram else {
                throw KYCError(.telegramRequired, botToken == nil && botID == nil
                               ? "This business accepts verification only inside Telegram, and its bot is not configured"
                               : "Open this verification from the business's Telegram bot")
            }
            return .unverified
        }
        let data = try TelegramInitData.parse(raw)
        let signed = (botToken.map(data.hasValidHash) ?? false)
            || (botID.map { data.hasValidSignature(botID: $0, publicKey: telegramPublicKey) } ?? false)
        guard signed else { throw KYCError(.invalidInitData, "Telegram initData is not signed for this business's bot") }
        guard let issued = data.authDate, issued <= now.addingTimeInterval(60) else {
            throw KYCError(.invalidInitData, "Telegram initData has no valid auth_date")
        }
        guard now.timeIntervalSince(issued) <= maxAge else {
            throw KYCError(.initDataExpired, "Telegram initData is too old: reopen the Mini App",
                           details: ["max_age_seconds": String(Int(maxAge))])
        }
        guard let user = data.user else { throw KYCError(.invalidInitData, "Telegram initData names no user") }
        guard user.id == telegramID else {
            throw KYCError(.telegramUserMismatch, "This verification belongs to another Telegram user")
        }
        return .telegramUser(id: user.id, languageCode: user.languageCode)
    }
}
