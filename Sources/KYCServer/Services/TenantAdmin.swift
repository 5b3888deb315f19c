import Fluent
import Foundation
import KYCCore

/// Tenant and API key management, used by the CLI.
public enum TenantAdmin {
    public struct CreatedTenant: Encodable, Sendable {
        public let tenantID: String
        public let name: String
        public let apiKey: String
        public let apiKeyID: String
        public let webhookSecret: String

        enum CodingKeys: String, CodingKey {
            case tenantID = "tenant_id", name, apiKey = "api_key", apiKeyID = "api_key_id", webhookSecret = "webhook_secret"
        }
    }

    public struct TenantSummary: Encodable, Sendable {
        public let tenantID: String
        public let name: String
        public let requiresAddress: Bool
        public let activeKeys: Int
        public let createdAt: String?

        enum CodingKeys: String, CodingKey {
            case tenantID = "tenant_id", name, requiresAddress = "requires_address", activeKeys = "active_keys"
            case createdAt = "created_at"
        }
    }

    public struct CreatedKey: Encodable, Sendable {
        public let tenantID: String
        public let apiKeyID: String
        public let apiKey: String

        enum CodingKeys: String, CodingKey { case tenantID = "tenant_id", apiKeyID = "api_key_id", apiKey = "api_key" }
    }

    /// Creates a tenant with its first API key and its webhook secret; both are shown only now.
    static func createTenant(name: String, requiresAddress: Bool, cipher: AtRestCipher,
                             on db: any Database) async throws -> CreatedTenant {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 200 else { throw KYCError.invalid("name", "must be 1 to 200 characters") }
        let secret = WebhookSignature.newSecret()
        let tenantID = UUID()
        let sealed = try WebhookSecrets.seal(secret, tenantID: tenantID, cipher: cipher)
        let tenant = Tenant(id: tenantID, name: trimmed, webhookSecretSealed: sealed, requiresAddress: requiresAddress)
        let key = try await db.writeTransaction { db in
            try await tenant.create(on: db)
            return try await issueKey(tenantID: tenantID, label: "initial", on: db)
        }
        return CreatedTenant(tenantID: tenantID.uuidString.lowercased(), name: trimmed, apiKey: key.apiKey,
                             apiKeyID: key.apiKeyID, webhookSecret: secret)
    }

    static func listTenants(on db: any Database) async throws -> [TenantSummary] {
        let tenants = try await Tenant.query(on: db).sort(\.$createdAt).all()
        var result: [TenantSummary] = []
        for tenant in tenants {
            let id = try tenant.requireID()
            let keys = try await APIKey.query(on: db).filter(\.$tenantID == id).filter(\.$revokedAt == nil).count()
            result.append(TenantSummary(tenantID: id.uuidString.lowercased(), name: tenant.name,
                                        requiresAddress: tenant.requiresAddress, activeKeys: keys,
                                        createdAt: tenant.createdAt.map(Timestamps.format)))
        }
        return result
    }

    /// A new API key for an existing tenant.
    static func issueKey(tenantID: UUID, label: String?, on db: any Database) async throws -> CreatedKey {
        guard try await Tenant.find(tenantID, on: db) != nil else {
            throw KYCError(.notFound, "Tenant not found", details: ["tenant_id": tenantID.uuidString.lowercased()])
        }
        let key = Secrets.newAPIKey()
        let record = APIKey(tenantID: tenantID, keyHash: Secrets.hash(key), displayPrefix: Secrets.displayPrefix(of: key),
                            label: label)
        try await record.create(on: db)
        return CreatedKey(tenantID: tenantID.uuidString.lowercased(), apiKeyID: try record.requireID().uuidString.lowercased(),
                          apiKey: key)
    }

    /// Revokes a key by its id; it stops working at once.
    static func revokeKey(id: UUID, now: Date, on db: any Database) async throws {
        guard let key = try await APIKey.find(id, on: db) else {
            throw KYCError(.notFound, "API key not found", details: ["api_key_id": id.uuidString.lowercased()])
        }
        key.revokedAt = key.revokedAt ?? now
        try await key.save(on: db)
    }

    /// The demo tenant for a first run: created if missing, with a fresh key each start (keys
    /// are stored only as hashes, so an old one cannot be shown again); earlier demo keys are
    /// revoked so they do not pile up.
    static func demoKey(cipher: AtRestCipher, now: Date, on db: any Database) async throws -> CreatedKey {
        let tenantID: UUID
        if let demo = try await Tenant.query(on: db).filter(\.$name == "Demo").first() {
            tenantID = try demo.requireID()
        } else {
            tenantID = UUID(uuidString: try await createTenant(name: "Demo", requiresAddress: false, cipher: cipher, on: db).tenantID)!
        }
        try await APIKey.query(on: db).filter(\.$tenantID == tenantID).filter(\.$revokedAt == nil)
            .set(\.$revokedAt, to: now).update()
        return try await issueKey(tenantID: tenantID, label: "demo", on: db)
    }
}
