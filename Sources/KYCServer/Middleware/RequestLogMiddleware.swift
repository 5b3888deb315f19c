import KYCCore
import Vapor

/// One structured log line and one metrics sample per request. Logs the route pattern, never
/// the concrete path or query, which carry user identifiers and, for `?api_key=`, secrets.
struct RequestLogMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next.respond(to: request)
        let elapsed = ContinuousClock.now - start
        let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
        request.kyc.metrics.record(method: request.method.rawValue, route: route, status: response.status.code,
                                   duration: elapsed)
        var metadata: Logger.Metadata = [
            "http.method": .string(request.method.rawValue),
            "http.route": .string(route),
            "http.status": .stringConvertible(response.status.code),
            "duration_ms": .stringConvertible(elapsed.milliseconds),
        ]
        if let tenant = request.storage[TenantContextKey.self] {
            metadata["tenant.id"] = .string(tenant.tenantID.uuidString.lowercased())
        }
        request.logger.info("request", metadata: metadata)
        response.headers.replaceOrAdd(name: "X-Request-Id", value: request.id)
        return response
    }
}
