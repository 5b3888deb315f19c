import Fluent
import Foundation
import KYCCore

/// A business using the service. Every other record belongs to exactly one tenant.
final class Tenant: Model, @unchecked Sendable {
    static let schema = "tenants"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    /// The webhook signing secret, sealed with the at-rest key (it must be recoverable to sign).
    @Field(key: "webhook_secret_sealed") var webhookSecretSealed: Data
    /// Whether this business asks users for proof of address.
    @Field(key: "requires_address") var requiresAddress: Bool
    /// Policy settings; nil means the documented default (`VerificationPolicy`).
    @OptionalField(key: "minimum_age") var minimumAge: Int?
    @OptionalField(key: "auto_approve") var autoApprove: Bool?
    @OptionalField(key: "auto_blocklist") var autoBlocklist: Bool?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// Where events go when a session names no webhook URL.
    @OptionalField(key: "webhook_url") var webhookURL: String?
    /// The secret before the last rotation, sealed; it keeps signing until `…_until`.
    @OptionalField(key: "webhook_secret_previous_sealed") var previousWebhookSecretSealed: Data?
    @OptionalField(key: "webhook_secret_previous_until") var previousWebhookSecretUntil: Date?
    /// The business's Telegram bot token, sealed (context `TelegramSettings.sealContext`).
    @OptionalField(key: "telegram_bot_token_sealed") var telegramBotTokenSealed: Data?
    /// The bot's numeric id, enough to check Telegram's Ed25519 signature on initData.
    @OptionalField(key: "telegram_bot_id") var telegramBotID: String?
    /// Whether the Mini App flow may run outside Telegram; nil means allowed.
    @OptionalField(key: "outside_telegram_allowed") var outsideTelegramAllowed: Bool?

    init() {}

    init(id: UUID = UUID(), name: String, webhookSecretSealed: Data, requiresAddress: Bool) {
        self.id = id
        self.name = name
        self.webhookSecretSealed = webhookSecretSealed
        self.requiresAddress = requiresAddress
    }

    /// This business's verification rules.
    var policy: VerificationPolicy {
        var policy = VerificationPolicy()
        if let minimumAge { policy.minimumAge = minimumAge }
        if let autoApprove { policy.autoApprove = autoApprove }
        if let autoBlocklist { policy.autoBlocklistOnHighRisk = autoBlocklist }
        policy.requiresAddress = requiresAddress
        return policy
    }
}
