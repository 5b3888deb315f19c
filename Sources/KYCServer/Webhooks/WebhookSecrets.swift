import Fluent
import Foundation
import KYCCore

/// A tenant's webhook signing secrets: sealed at rest with the storage key, opened only to sign,
/// never logged. A rotation keeps the old secret signing for an overlap window, so receivers
/// can switch to the new one without losing events.
enum WebhookSecrets {
    /// Seals `secret` for `tenantID` (the tenant id is bound in, so a sealed secret moved to
    /// another tenant's row does not open).
    static func seal(_ secret: String, tenantID: UUID, cipher: AtRestCipher) throws -> Data {
        Data(try cipher.seal(Array(secret.utf8), context: context(tenantID)))
    }

    /// The secrets that sign now: the current one first, then the previous one while its
    /// overlap lasts.
    static func signing(_ tenant: Tenant, cipher: AtRestCipher, now: Date) throws -> [String] {
        let tenantID = try tenant.requireID()
        var secrets = [try open(tenant.webhookSecretSealed, tenantID: tenantID, cipher: cipher)]
        if let previous = tenant.previousWebhookSecretSealed, let until = tenant.previousWebhookSecretUntil, until > now {
            secrets.append(try open(previous, tenantID: tenantID, cipher: cipher))
        }
        return secrets
    }

    /// Issues a new secret; the current one keeps signing for `overlap`. Returns the new secret
    /// (shown only now) and when the old one stops.
    static func rotate(_ tenant: Tenant, overlap: TimeInterval, cipher: AtRestCipher, now: Date,
                       on db: any Database) async throws -> (secret: String, previousUntil: Date?) {
        let secret = WebhookSignature.newSecret()
        let until = overlap > 0 ? now.addingTimeInterval(overlap) : nil
        tenant.previousWebhookSecretSealed = until == nil ? nil : tenant.webhookSecretSealed
        tenant.previousWebhookSecretUntil = until
        tenant.webhookSecretSealed = try seal(secret, tenantID: try tenant.requireID(), cipher: cipher)
        try await tenant.save(on: db)
        return (secret, until)
    }

    private static func open(_ sealed: Data, tenantID: UUID, cipher: AtRestCipher) throws -> String {
        String(decoding: try cipher.open(Array(sealed), context: context(tenantID)), as: UTF8.self)
    }

    private static func context(_ tenantID: UUID) -> String { "webhook-secret:" + tenantID.uuidString }
}
