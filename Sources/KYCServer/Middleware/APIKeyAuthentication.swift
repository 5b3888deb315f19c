import Fluent
import KYCCore
import Vapor

/// The business a request acts for, once its API key has been checked.
struct TenantContext: Sendable {
    let tenantID: UUID
    let apiKeyID: UUID
    let requiresAddress: Bool
}

struct TenantContextKey: StorageKey {
    typealias Value = TenantContext
}

extension Request {
    /// The API key as sent: the `X-API-Key` header, or the `api_key` query parameter.
    var presentedAPIKey: String? {
        if let header = headers.first(name: "X-API-Key"), !header.isEmpty { return header }
        if let query = try? query.get(String.self, at: "api_key"), !query.isEmpty { return query }
        return nil
    }

    /// The calling business if an API key was sent; nil if none was; 401 if it is wrong.
    func optionalTenant() async throws -> TenantContext? {
        if let cached = storage[TenantContextKey.self] { return cached }
        guard let key = presentedAPIKey else { return nil }
        let context = try await Self.lookUp(key: key, on: db)
        storage[TenantContextKey.self] = context
        return context
    }

    /// The calling business; 401 unless a valid API key was sent.
    func requireTenant() async throws -> TenantContext {
        guard let context = try await optionalTenant() else {
            throw KYCError(.invalidAPIKey, "Missing API key: send the X-API-Key header")
        }
        return context
    }

    /// Keys are found by their SHA-256; the hash compare is repeated in constant time so no
    /// timing difference depends on the secret even if the database's compare leaks one.
    private static func lookUp(key: String, on db: any Database) async throws -> TenantContext {
        let hash = Secrets.hash(key)
        guard let apiKey = try await APIKey.query(on: db)
            .filter(\.$keyHash == hash)
            .filter(\.$revokedAt == nil)
            .first(),
            Secrets.constantTimeEquals(apiKey.keyHash, hash),
            let tenant = try await Tenant.find(apiKey.tenantID, on: db)
        else {
            throw KYCError(.invalidAPIKey, "Invalid API key")
        }
        return TenantContext(tenantID: try tenant.requireID(), apiKeyID: try apiKey.requireID(),
                             requiresAddress: tenant.requiresAddress)
    }
}
