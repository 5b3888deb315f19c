import KYCCore
import Vapor

/// Per client IP and per API key request limits, answered with 429 and `Retry-After`.
///
/// Runs before the key is looked up, so guessing keys is throttled by IP without touching the
/// database; the key bucket is named by the key's hash so no secret is held in memory.
struct RateLimitMiddleware: AsyncMiddleware {
    /// Probes and scrapes are not rate limited.
    static let exemptPaths: Set<String> = ["/health", "/livez", "/metrics"]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if Self.exemptPaths.contains(request.url.path) { return try await next.respond(to: request) }
        let services = request.kyc
        let now = services.clock()
        let ipKey = "ip:" + (request.clientIP?.description ?? "unknown")
        try check(services.ipLimiter.acquire(ipKey, now: now), scope: "ip")
        if let key = request.presentedAPIKey {
            try check(services.keyLimiter.acquire("key:" + Secrets.hash(key), now: now), scope: "api_key")
        }
        return try await next.respond(to: request)
    }

    private func check(_ decision: RateLimiter.Decision, scope: String) throws {
        guard decision.allowed else {
            throw KYCError(.rateLimited, "Too many requests: retry after \(decision.retryAfter) s",
                           details: ["retry_after": String(decision.retryAfter), "scope": scope])
        }
    }
}
